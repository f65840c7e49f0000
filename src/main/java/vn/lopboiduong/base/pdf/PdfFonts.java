package vn.lopboiduong.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every PDF of the portal writes with. The PDF standard fonts have no Vietnamese letters, so Liberation
 * Sans (SIL Open Font License, shipped by openpdf-fonts-extra) is embedded. Loaded once: parsing a TrueType file is
 * the slow part, and a BaseFont is not changed by writing with it.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    public static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");
    public static final BaseFont ITALIC = load("liberation/LiberationSans-Italic.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath "
                        + "(it comes with com.github.librepdf:openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

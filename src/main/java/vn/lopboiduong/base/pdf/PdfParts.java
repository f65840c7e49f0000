package vn.lopboiduong.base.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;

/** The pieces every printed page of the portal is laid out with, so that all its PDFs look alike. */
public final class PdfParts {

    /** The grey of table rules. */
    public static final Color RULE = new Color(0x99, 0x99, 0x99);
    /** The fill of table headers. */
    public static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private PdfParts() {
    }

    /** A table cell with the portal's padding, line spacing and rule, its text vertically centred. */
    public static PdfPCell cell(String content, Font font, int horizontalAlignment) {
        var cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setLeading(0, 1.25f);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(horizontalAlignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A centred line, such as a heading. */
    public static Paragraph centred(String content, Font font, float spacingBefore) {
        var paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}

package vn.lopboiduong.base.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What every feature that keeps users' files in the database does alike: recognise a file by its content (never by
 * its name alone), clean the name a browser sent, and cut the bytes into pieces small enough for one statement.
 */
public final class UploadedFiles {

    /** Pieces of 1 MB: no statement outgrows the server's packet limit, even hex-encoded. */
    public static final int CHUNK_SIZE = 1024 * 1024;

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private UploadedFiles() {
    }

    /** Whether the bytes start with the PDF signature. */
    public static boolean isPdf(byte[] start) {
        return start.length >= PDF_SIGNATURE.length
                && Arrays.equals(start, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
    }

    /**
     * Whether the bytes are a ZIP archive holding that entry: how an Office Open XML file is told apart from any
     * other ZIP or a renamed text file ({@code word/document.xml} for DOCX, {@code ppt/presentation.xml} for PPTX).
     */
    public static boolean isZipWithEntry(byte[] content, String entryName) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the name ends with one of the extensions (".docx"), in any case. */
    public static boolean hasExtension(String fileName, String... extensions) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(extensions).anyMatch(lower::endsWith);
    }

    /**
     * The name without any folder part a browser may send, without control characters, and short enough for a
     * 255-character column; it is only ever shown and offered back as the download's name.
     */
    public static String cleanName(String raw, String fallback) {
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name;
    }

    /** Megabytes with one decimal, as refusal messages show them. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The bytes in pieces of {@link #CHUNK_SIZE}, for a chunk table. */
    public static List<byte[]> split(byte[] content) {
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < content.length; from += CHUNK_SIZE) {
            chunks.add(Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_SIZE)));
        }
        return chunks;
    }

    /** The pieces joined back into the file. */
    public static byte[] join(List<byte[]> chunks, long size) {
        var out = new ByteArrayOutputStream((int) size);
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }
}

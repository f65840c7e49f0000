package vn.lopboiduong.decision;

/**
 * A file the user chose to attach, as received. Nothing about it is trusted: the service checks that it is a PDF
 * within the size limit and keeps only a cleaned-up name.
 */
public record PdfUpload(String fileName, byte[] content) {
}

package vn.lopboiduong.decision;

import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.UploadedFiles;

/**
 * A file the user chose to attach, as received. Nothing about it is trusted: the service checks that it is a PDF
 * within the size limit and keeps only a cleaned-up name.
 */
public record PdfUpload(String fileName, byte[] content) {

    /**
     * The one rule a scan must meet: not empty, at most {@code maxBytes}, a ".pdf" name and the PDF signature.
     * The service applies it on Save and the upload as soon as the file arrives, so the upload never shows a tick
     * for a file the save would refuse. {@code size} is the file's whole length: an upload reads no more than the
     * limit allows, so {@code start} may be cut short.
     *
     * @throws BusinessException naming what is wrong, in words for the user
     */
    public static void check(String fileName, long size, byte[] start, long maxBytes) {
        if (size == 0) {
            throw new BusinessException("decision.file.empty");
        }
        if (size > maxBytes) {
            throw new BusinessException("decision.file.too-large", UploadedFiles.megabytes(size),
                    UploadedFiles.megabytes(maxBytes));
        }
        if (!UploadedFiles.hasExtension(fileName, ".pdf") || !UploadedFiles.isPdf(start)) {
            throw new BusinessException("decision.file.not-pdf", fileName);
        }
    }
}

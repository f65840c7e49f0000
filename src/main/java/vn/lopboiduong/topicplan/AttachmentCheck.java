package vn.lopboiduong.topicplan;

import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.UploadedFiles;

/**
 * The rule an attachment must meet, by its content and not only its name: the full plan is a PDF or a Word
 * document (a ZIP holding {@code word/document.xml}), slides a PDF or a PowerPoint presentation (a ZIP holding
 * {@code ppt/presentation.xml}); not empty and within the size limit. The service applies it on every attach, and
 * an upload field may apply it as soon as the file arrives.
 */
public final class AttachmentCheck {

    private AttachmentCheck() {
    }

    /** @throws BusinessException naming what is wrong, in words for the user */
    public static void check(AttachmentKind kind, String fileName, byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new BusinessException("topic-plans.file.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new BusinessException("topic-plans.file.too-large", fileName,
                    UploadedFiles.megabytes(content.length), UploadedFiles.megabytes(maxBytes));
        }
        boolean pdf = UploadedFiles.hasExtension(fileName, ".pdf") && UploadedFiles.isPdf(content);
        boolean office = switch (kind) {
            case PLAN_DOCUMENT -> UploadedFiles.hasExtension(fileName, ".docx")
                    && UploadedFiles.isZipWithEntry(content, "word/document.xml");
            case SLIDES -> UploadedFiles.hasExtension(fileName, ".pptx")
                    && UploadedFiles.isZipWithEntry(content, "ppt/presentation.xml");
        };
        if (!pdf && !office) {
            throw new BusinessException(kind == AttachmentKind.PLAN_DOCUMENT ? "topic-plans.file.not-document"
                    : "topic-plans.file.not-slides", fileName);
        }
    }
}

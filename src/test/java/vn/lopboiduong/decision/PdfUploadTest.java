package vn.lopboiduong.decision;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.base.domain.BusinessException;

/** The one rule for a decision's scan, shared by the upload and the service. */
class PdfUploadTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfWithinTheLimitPasses() {
        assertThatCode(() -> PdfUpload.check("scan.PDF", PDF.length, PDF, 100)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyATooLargeOrANonPdfFileIsRefusedNamingWhy() {
        assertThatThrownBy(() -> PdfUpload.check("scan.pdf", 0, new byte[0], 100))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.empty");
        // The upload reads no further than the limit: the whole size decides, not the bytes read.
        assertThatThrownBy(() -> PdfUpload.check("scan.pdf", 3 * 1024 * 1024, PDF, 2 * 1024 * 1024))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("decision.file.too-large");
        assertThatThrownBy(() -> PdfUpload.check("scan.docx", PDF.length, PDF, 100))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.not-pdf");
        byte[] word = "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PdfUpload.check("scan.pdf", word.length, word, 100))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.not-pdf");
    }
}

package vn.lopboiduong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.plan.TrainingPlanService;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class DecisionServiceIntegrationTest {

    @Autowired
    TestData data;

    /** The smallest file that starts as a PDF does; the service checks the signature, not the whole syntax. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Autowired
    DecisionService decisions;

    @Autowired
    DecisionFileRepository files;

    @Autowired
    TrainingPlanService plans;

    private static String number() {
        return UUID.randomUUID().toString().substring(0, 6) + "-QĐ/TCT";
    }

    private static Decision decision(String number, LocalDate date) {
        return new Decision(number, date, "Trường Chính trị tỉnh Phú Thọ", DecisionKind.OTHER,
                "Quyết định thử nghiệm về lớp bồi dưỡng");
    }

    private static final DecisionService.Links NO_LINKS = new DecisionService.Links(null, null);

    @Test
    void theSeedsDecisionOpensTheHanoiClassAndTakesItsPlan() {
        long hanoi = data.classId("PBT-HN-2023-01");
        var ofClass = decisions.list(DecisionService.Filter.ofClass(hanoi), PageRequest.of(0, 10));
        assertThat(ofClass).extracting(DecisionRow::number).contains("4525-QĐ/TU", "4526-QĐ/TU", "4527-QĐ/TU");
        DecisionRow opening = decisions.list(new DecisionService.Filter("4525", DecisionKind.OPEN_CLASS, 2023, null,
                null), PageRequest.of(0, 10)).getFirst();
        assertThat(opening.issueDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(opening.planNumber()).isEqualTo("110-KH/TU");
        assertThat(opening.classCode()).isEqualTo("PBT-HN-2023-01");
        // Search ignores diacritics.
        assertThat(decisions.count(new DecisionService.Filter("ban thuong vu thanh uy", null, null, null, null)))
                .isGreaterThanOrEqualTo(3);
        assertThat(decisions.count(new DecisionService.Filter(null, DecisionKind.COMPLETION, null, null, null)))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aScannedPdfIsStoredAndDownloadedIntact() {
        byte[] scan = pdf("Quyết định mở lớp");
        var saved = decisions.create(decision(number(), LocalDate.of(2026, 5, 4)),
                new DecisionService.Links(null, data.classId("NVCTD-VT-2026-II")),
                new PdfUpload("C:\\Users\\thu ha\\Quyết định 12.pdf", scan));
        Decision read = decisions.get(saved.requireId()).orElseThrow();
        assertThat(read.getFileName()).isEqualTo("Quyết định 12.pdf");
        assertThat(read.getFileSize()).isEqualTo(scan.length);
        var attachment = decisions.attachment(saved.requireId());
        assertThat(attachment.content()).isEqualTo(scan);
        assertThat(attachment.fileName()).isEqualTo("Quyết định 12.pdf");
    }

    @Test
    void aFileThatIsNotAPdfOrTooLargeIsRefusedAndNothingIsStored() {
        long before = decisions.count(DecisionService.Filter.all());
        long filesBefore = files.count();
        String taken = number();
        assertThatThrownBy(() -> decisions.create(decision(taken, LocalDate.of(2026, 5, 4)), NO_LINKS,
                new PdfUpload("bao-cao.pdf", "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.not-pdf");
        assertThatThrownBy(() -> decisions.create(decision(taken, LocalDate.of(2026, 5, 4)), NO_LINKS,
                new PdfUpload("scan.docx", pdf("x"))))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.not-pdf");
        byte[] tooLarge = Arrays.copyOf(pdf("large"), (int) decisions.maxFileSize() + 1);
        assertThatThrownBy(() -> decisions.create(decision(taken, LocalDate.of(2026, 5, 4)), NO_LINKS,
                new PdfUpload("lon.pdf", tooLarge)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.too-large");
        assertThatThrownBy(() -> decisions.create(decision(taken, LocalDate.of(2026, 5, 4)), NO_LINKS,
                new PdfUpload("rong.pdf", new byte[0])))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("decision.file.empty");
        assertThat(decisions.count(DecisionService.Filter.all())).isEqualTo(before);
        assertThat(files.count()).isEqualTo(filesBefore);
        // Exactly at the limit is accepted, stored in pieces and read back whole.
        byte[] atLimit = Arrays.copyOf(pdf("limit"), (int) decisions.maxFileSize());
        atLimit[atLimit.length - 1] = 42;
        var saved = decisions.create(decision(taken, LocalDate.of(2026, 5, 4)), NO_LINKS,
                new PdfUpload("vua.pdf", atLimit));
        assertThat(saved.getFileSize()).isEqualTo(decisions.maxFileSize());
        assertThat(decisions.attachment(saved.requireId()).content()).isEqualTo(atLimit);
    }

    @Test
    void replacingOrRemovingTheScanLeavesNoOrphanFile() {
        var saved = decisions.create(decision(number(), LocalDate.of(2026, 6, 1)), NO_LINKS,
                new PdfUpload("a.pdf", pdf("a")));
        long filesWithOne = files.count();
        Decision edited = decisions.get(saved.requireId()).orElseThrow();
        edited.setSummary("Sửa trích yếu, giữ nguyên tệp");
        decisions.update(edited, NO_LINKS, DecisionService.FileChange.keep());
        assertThat(decisions.attachment(saved.requireId()).content()).isEqualTo(pdf("a"));

        edited = decisions.get(saved.requireId()).orElseThrow();
        decisions.update(edited, NO_LINKS, new DecisionService.FileChange.Replace(new PdfUpload("b.pdf", pdf("b"))));
        assertThat(decisions.attachment(saved.requireId()).content()).isEqualTo(pdf("b"));
        assertThat(decisions.get(saved.requireId()).orElseThrow().getFileName()).isEqualTo("b.pdf");
        assertThat(files.count()).isEqualTo(filesWithOne);

        edited = decisions.get(saved.requireId()).orElseThrow();
        decisions.update(edited, NO_LINKS, new DecisionService.FileChange.Remove());
        assertThat(decisions.get(saved.requireId()).orElseThrow().hasFile()).isFalse();
        assertThatThrownBy(() -> decisions.attachment(saved.requireId())).isInstanceOf(BusinessException.class);
        assertThat(files.count()).isEqualTo(filesWithOne - 1);
    }

    @Test
    void aNumberIsUsedOnceAYearAndAStaleEditIsRefused() {
        String number = number();
        decisions.create(decision(number, LocalDate.of(2026, 1, 10)), NO_LINKS, null);
        assertThatThrownBy(() -> decisions.create(decision(number, LocalDate.of(2026, 12, 1)), NO_LINKS, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("decision.error.number-taken");
                    // The year is text, so no locale prints it as "2.026" or "2,026".
                    assertThat(e.getArguments()).containsExactly(number, "2026");
                });
        var nextYear = decisions.create(decision(number, LocalDate.of(2027, 1, 5)), NO_LINKS, null);

        Decision first = decisions.get(nextYear.requireId()).orElseThrow();
        Decision second = decisions.get(nextYear.requireId()).orElseThrow();
        first.setSummary("Bản sửa thứ nhất");
        decisions.update(first, NO_LINKS, DecisionService.FileChange.keep());
        second.setSummary("Bản sửa thứ hai");
        assertThatThrownBy(() -> decisions.update(second, NO_LINKS, DecisionService.FileChange.keep()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(decisions.get(nextYear.requireId()).orElseThrow().getSummary()).isEqualTo("Bản sửa thứ nhất");
    }

    @Test
    void aClassOfAnotherPlanIsRefused() {
        var otherPlan = plans.create(new vn.lopboiduong.plan.TrainingPlan("KH-" + UUID.randomUUID().toString()
                .substring(0, 6), LocalDate.of(2026, 1, 2), "Ban Tổ chức Tỉnh ủy"));
        assertThatThrownBy(() -> decisions.create(decision(number(), LocalDate.of(2026, 2, 2)),
                new DecisionService.Links(otherPlan.requireId(), data.classId("PBT-HN-2023-01")), null))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("decision.error.plan-mismatch");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadAndDownloadButCannotRecord() {
        long any = decisions.list(DecisionService.Filter.all(), PageRequest.of(0, 1)).getFirst().id();
        assertThat(decisions.get(any)).isPresent();
        assertThatThrownBy(() -> decisions.create(decision(number(), LocalDate.of(2026, 3, 3)), NO_LINKS, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.delete(any)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void lecturersDoNotReadDecisions() {
        assertThatThrownBy(() -> decisions.list(DecisionService.Filter.all(), PageRequest.of(0, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.attachment(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(DecisionService.cleanFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(DecisionService.cleanFileName("a\u0000b\r\n\"c\".pdf")).isEqualTo("abc.pdf");
        assertThat(DecisionService.cleanFileName("   ")).isEqualTo("quyet-dinh.pdf");
    }
}

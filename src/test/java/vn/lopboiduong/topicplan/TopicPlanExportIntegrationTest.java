package vn.lopboiduong.topicplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.topicplan.TopicPlanService.Download;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;

/**
 * Printed plans: A4 pages whose text, extracted again, is the Vietnamese that was written. Classes of October 2033
 * (TestData: topic plan tests own 2033), without sessions.
 */
@SpringBootTest
class TopicPlanExportIntegrationTest {

    private static final String KNOWLEDGE = "Nắm vững những điểm mới của Quy định số 22-QĐ/TW về công tác kiểm tra, "
            + "giám sát; hiểu rõ trách nhiệm của chi ủy viên.";
    private static final String SECTION = "Ưu điểm, hạn chế và bài học kinh nghiệm ở đảng bộ phường Nông Trang";

    @Autowired
    TopicPlanExport export;

    @Autowired
    TopicPlanService plans;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private record Fixture(long classId, long approved, long draft, long missing, long others) {
    }

    private Fixture fixture() {
        return as("organizer", "ORGANIZER", () -> {
            long classId = data.newClass("PDF", LocalDate.of(2033, 10, 3), LocalDate.of(2033, 10, 5), null);
            long lecturer = data.lecturerId("hoang minh tuan");
            long approved = programme.addTopic(classId, new ClassTopic("Công tác kiểm tra, giám sát của chi bộ", null,
                    TopicKind.LECTURE, 5), lecturer).requireId();
            long draft = programme.addTopic(classId, new ClassTopic("Công tác đảng viên ở cơ sở", null,
                    TopicKind.LECTURE, 4), lecturer).requireId();
            long missing = programme.addTopic(classId, new ClassTopic("Thảo luận tổ về sinh hoạt chi bộ", null,
                    TopicKind.DISCUSSION, 3), lecturer).requireId();
            long others = programme.addTopic(classId, new ClassTopic("Công tác dân vận của chi bộ", null,
                    TopicKind.LECTURE, 5), data.lecturerId("le thi hong nhung")).requireId();
            return new Fixture(classId, approved, draft, missing, others);
        });
    }

    private static PlanContent content(String knowledge) {
        return new PlanContent(knowledge, "Vận dụng được quy trình kiểm tra đảng viên.", "Giữ nghiêm kỷ luật đảng.",
                List.of(new PlanContent.Section("Những vấn đề chung", "Khái niệm, vị trí, vai trò.", 2),
                        new PlanContent.Section(SECTION, null, 3)),
                "Thuyết trình, nêu vấn đề, thảo luận.", "Quy định số 22-QĐ/TW ngày 28/7/2021.",
                "Chi bộ cần làm gì để phát hiện sớm vi phạm?", "Đọc trước Quy định số 22-QĐ/TW.");
    }

    @Test
    void anApprovedPlanPrintsOnA4WithItsVietnameseTextAndTheOutlineTotal() throws IOException {
        Fixture f = fixture();
        as("lecturer", "LECTURER", () -> {
            VersionView draft = plans.saveDraft(f.approved(), null, 0, content(KNOWLEDGE)).plan().working();
            return plans.submit(f.approved(), draft.id(), draft.entityVersion());
        });
        as("organizer", "ORGANIZER", () -> {
            VersionView waiting = plans.plan(f.approved()).working();
            return plans.approve(f.approved(), waiting.id(), waiting.entityVersion(), null);
        });

        Download file = as("viewer", "VIEWER", () -> export.planPdf(f.approved(), TranslationProvider.VIETNAMESE));
        assertThat(file.fileName()).endsWith(".pdf").startsWith("de-cuong-").matches("[A-Za-z0-9._-]+");
        var reader = new PdfReader(file.content());
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(PageSize.A4.getHeight());
        String text = text(reader);
        assertThat(text).contains("Trường Chính trị tỉnh Phú Thọ ĐỀ CƯƠNG CHUYÊN ĐỀ")
                .contains("Công tác kiểm tra, giám sát của chi bộ")
                .contains(KNOWLEDGE).contains(SECTION).containsPattern("Tổng số tiết ?5")
                .containsPattern("Phiên bản 1 – đã duyệt bởi \\S.* ngày \\d{2}/\\d{2}/\\d{4}")
                .doesNotContain("DỰ THẢO");
        assertThat(text(new PdfReader(as("viewer", "VIEWER",
                () -> export.planPdf(f.approved(), Locale.ENGLISH)).content())))
                .contains("TOPIC PLAN").containsPattern("Total periods ?5").contains(KNOWLEDGE);
    }

    @Test
    void aDraftSaysSoAndATopicWithoutAPlanHasNothingToPrint() throws IOException {
        Fixture f = fixture();
        as("lecturer", "LECTURER", () -> plans.saveDraft(f.draft(), null, 0, content("Nắm được quy định mới.")));
        String text = text(new PdfReader(as("lecturer", "LECTURER",
                () -> export.planPdf(f.draft(), TranslationProvider.VIETNAMESE)).content()));
        assertThat(text).contains("DỰ THẢO – phiên bản 1 (Bản nháp), chưa được duyệt").contains("Nắm được quy định mới.");
        assertThatThrownBy(() -> as("lecturer", "LECTURER",
                () -> export.planPdf(f.missing(), TranslationProvider.VIETNAMESE)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("topic-plans.pdf.nothing");
        assertThatThrownBy(() -> as("lecturer", "LECTURER",
                () -> export.planPdf(f.others(), TranslationProvider.VIETNAMESE)))
                .as("another lecturer's topic is not found").isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("error.not-found");
    }

    @Test
    void theClassFileHasACoverNamingTheMissingPlansThenEachApprovedPlanOnItsOwnPages() throws IOException {
        Fixture f = fixture();
        as("lecturer", "LECTURER", () -> plans.saveDraft(f.missing(), null, 0, content("Chưa xong.")));
        for (long topic : List.of(f.approved(), f.draft())) {
            as("lecturer", "LECTURER", () -> {
                VersionView draft = plans.saveDraft(topic, null, 0, content(KNOWLEDGE)).plan().working();
                return plans.submit(topic, draft.id(), draft.entityVersion());
            });
            as("organizer", "ORGANIZER", () -> {
                VersionView waiting = plans.plan(topic).working();
                return plans.approve(topic, waiting.id(), waiting.entityVersion(), null);
            });
        }
        Download file = as("organizer", "ORGANIZER",
                () -> export.classPlansPdf(f.classId(), TranslationProvider.VIETNAMESE));
        var reader = new PdfReader(file.content());
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        var extractor = new PdfTextExtractor(reader);
        String cover = extractor.getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(cover).contains("Trường Chính trị tỉnh Phú Thọ HỒ SƠ ĐỀ CƯƠNG CHUYÊN ĐỀ")
                .contains("Đã duyệt 2/4 đề cương").contains("Thảo luận tổ về sinh hoạt chi bộ")
                .contains("Chưa có bản duyệt (Bản nháp)").contains("Chưa có bản duyệt (Chưa có đề cương)");
        String second = extractor.getTextFromPage(2).replaceAll("\\s+", " ");
        assertThat(second).contains("ĐỀ CƯƠNG CHUYÊN ĐỀ").contains("Công tác kiểm tra, giám sát của chi bộ")
                .doesNotContain("Công tác đảng viên ở cơ sở");
        assertThat(text(reader)).contains("Công tác đảng viên ở cơ sở");

        // A lecturer's copy of the class file holds only their own topics.
        String lecturers = text(new PdfReader(as("lecturer", "LECTURER",
                () -> export.classPlansPdf(f.classId(), TranslationProvider.VIETNAMESE)).content()));
        assertThat(lecturers).contains("Đã duyệt 2/3 đề cương").doesNotContain("Công tác dân vận của chi bộ");
    }

    private static String text(PdfReader reader) throws IOException {
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

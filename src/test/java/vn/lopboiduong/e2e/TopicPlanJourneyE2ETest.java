package vn.lopboiduong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;

/**
 * A topic plan from empty to approved in a real browser: the lecturer writes it on their phone-sized and desktop
 * pages, attaches the Word file and submits; the organizer finds it in the queue and returns it with a comment;
 * the lecturer sees the bell, revises and submits again; the organizer approves; a leader reads it and downloads
 * the PDF; a revision is read beside the approved version; the lecturer typing another lecturer's topic finds
 * nothing. Its class is a
 * throw-away of June 2031 (TestData).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TopicPlanJourneyE2ETest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ClassTopicService programme;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private static <T> T asOrganizer(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("organizer", "n/a", "ROLE_ORGANIZER"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Page signedIn(String username, int width, int height) {
        Page page = browser.newPage("http://localhost:" + port, width, height);
        page.navigate("/login");
        SignInJourneyE2ETest.waitForVaadin(page);
        BrowserSession.signIn(page, username, "Demo@2025");
        assertThat(page.locator(".user-avatar")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Confirms the open confirmation (its confirm button, which repeats the action's name). */
    private static void confirm(Page page, String name) {
        Locator button = page.locator("vaadin-confirm-dialog[opened] > vaadin-button[slot=confirm-button]");
        assertThat(button).hasText(name);
        button.click();
    }

    /** Clicks the button of that name in the open dialog's footer. */
    private static void inDialog(Page page, String name) {
        page.locator("vaadin-dialog[opened]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void notified(Page page, String text) {
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text))
                .first()).isVisible();
    }

    private static Path wordFile() throws IOException {
        Path file = Files.createTempDirectory("plan").resolve("de-cuong-cong-tac-kiem-tra.docx");
        try (var document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("ĐỀ CƯƠNG CHUYÊN ĐỀ: Công tác kiểm tra, giám sát");
            document.write(out);
        }
        return file;
    }

    @Test
    void aPlanGoesFromEmptyToApprovedAndIsPrinted() throws IOException {
        String title = "Công tác kiểm tra, giám sát của chi bộ " + UUID.randomUUID().toString().substring(0, 4);
        long[] ids = asOrganizer(() -> {
            long classId = data.newClass("JRN", LocalDate.of(2031, 6, 16), LocalDate.of(2031, 6, 18), null);
            long own = programme.addTopic(classId, new ClassTopic(title, null, TopicKind.LECTURE, 5),
                    data.lecturerId("hoang minh tuan")).requireId();
            long other = programme.addTopic(classId, new ClassTopic("Công tác dân vận", null, TopicKind.LECTURE, 5),
                    data.lecturerId("le thi hong nhung")).requireId();
            return new long[] {own, other};
        });
        long topicId = ids[0];

        // The lecturer finds the topic among theirs on /my and writes its plan.
        Page lecturer = signedIn("lecturer", 1366, 900);
        lecturer.waitForURL(Pattern.compile(".*/my$"));
        assertThat(lecturer.locator(".my-topics")).containsText("Chuyên đề của tôi");
        lecturer.locator(".my-topics").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(lecturer, "my-topics-vi");
        lecturer.locator(".my-topics").getByText(title).click();
        lecturer.waitForURL(Pattern.compile(".*/my/topics/" + topicId + "$"));
        lecturer.getByLabel("Về kiến thức").fill("Nắm được quy trình, nội dung kiểm tra, giám sát của chi bộ.");
        lecturer.getByLabel("Về kỹ năng").fill("Vận dụng vào kiểm tra đảng viên chấp hành Điều lệ Đảng.");
        button(lecturer, "Thêm mục").click();
        lecturer.getByLabel("Tên mục").first().fill("Những vấn đề chung về kiểm tra, giám sát");
        lecturer.getByLabel("Số tiết").first().fill("2");
        button(lecturer, "Thêm mục").click();
        lecturer.getByLabel("Tên mục").nth(1).fill("Quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm");
        lecturer.getByLabel("Số tiết").nth(1).fill("2");
        lecturer.getByLabel("Phương pháp giảng dạy").fill("Thuyết trình kết hợp nêu vấn đề, thảo luận tình huống.");
        button(lecturer, "Lưu bản nháp").click();
        notified(lecturer, "tổng số tiết các mục là 4, chưa khớp với 5");
        assertThat(lecturer.locator(".plan-periods-warning")).isVisible();
        lecturer.getByLabel("Số tiết").nth(1).fill("3");
        button(lecturer, "Lưu bản nháp").click();
        notified(lecturer, "Đã lưu bản nháp đề cương.");

        lecturer.locator("vaadin-upload input[type=file]").setInputFiles(wordFile());
        assertThat(lecturer.locator(".plan-attachment")).containsText("de-cuong-cong-tac-kiem-tra.docx");
        BrowserSession.screenshot(lecturer, "topic-plan-vi");
        button(lecturer, "Gửi duyệt").click();
        confirm(lecturer, "Gửi duyệt");
        notified(lecturer, "Đã gửi duyệt đề cương.");
        assertThat(lecturer.locator(".plan-notice-submitted")).isVisible();

        // The organizer finds it in the queue and returns it, saying why.
        Page organizer = signedIn("organizer", 1366, 900);
        assertThat(organizer.locator(".header-bell")).isVisible();
        organizer.locator(".header-bell").click();
        organizer.waitForURL(Pattern.compile(".*/topic-plans$"));
        BrowserSession.screenshot(organizer, "topic-plans-queue-vi");
        organizer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first()
                .click();
        organizer.waitForURL(Pattern.compile(".*/topic-plans/" + topicId + "$"));
        button(organizer, "Trả lại").click();
        organizer.getByLabel("Ý kiến của Ban tổ chức").fill("Đề nghị bổ sung phần xử lý vi phạm và một tình huống.");
        inDialog(organizer, "Trả lại");
        notified(organizer, "Đã trả lại đề cương cho giảng viên.");

        // The lecturer sees the bell, reads the comment, completes the plan and submits it again.
        lecturer.navigate("/my");
        assertThat(lecturer.locator(".header-bell-count")).isVisible();
        lecturer.locator(".header-bell").click();
        lecturer.locator(".my-topics").getByText(title).click();
        assertThat(lecturer.locator(".plan-notice-returned")).containsText("Đề nghị bổ sung phần xử lý vi phạm");
        button(lecturer, "Thêm mục").click();
        lecturer.getByLabel("Tên mục").nth(2).fill("Xử lý vi phạm; tình huống đảng viên không sinh hoạt nơi cư trú");
        lecturer.getByLabel("Số tiết").nth(1).fill("2");
        lecturer.getByLabel("Số tiết").nth(2).fill("1");
        button(lecturer, "Gửi duyệt").click();
        confirm(lecturer, "Gửi duyệt");
        notified(lecturer, "Đã gửi duyệt đề cương.");

        // The organizer approves.
        organizer.navigate("/topic-plans/" + topicId);
        assertThat(organizer.locator(".plan-notice-submitted")).isVisible();
        button(organizer, "Duyệt").click();
        inDialog(organizer, "Duyệt");
        notified(organizer, "Đã duyệt đề cương.");
        assertThat(organizer.locator(".plan-status").first()).hasText("Đã duyệt");

        // A leader reads it and downloads the PDF.
        Page viewer = signedIn("viewer", 1366, 900);
        viewer.navigate("/topic-plans/" + topicId);
        assertThat(viewer.locator(".plan-title")).hasText(title);
        assertThat(button(viewer, "Duyệt")).hasCount(0);
        var pdf = viewer.waitForDownload(() -> viewer.getByText("In đề cương (PDF)").click());
        org.assertj.core.api.Assertions.assertThat(pdf.failure()).isNull();
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).startsWith("de-cuong-JRN").endsWith(".pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(pdf.path())).startsWith('%', 'P', 'D', 'F');

        // A revision, submitted, is read beside the approved version with the changed parts marked.
        lecturer.navigate("/my/topics/" + topicId);
        button(lecturer, "Chỉnh sửa phiên bản mới").click();
        confirm(lecturer, "Chỉnh sửa phiên bản mới");
        lecturer.getByLabel("Tài liệu học tập, tham khảo").fill("Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành"
                + " Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.");
        button(lecturer, "Gửi duyệt").click();
        confirm(lecturer, "Gửi duyệt");
        notified(lecturer, "Đã gửi duyệt đề cương.");
        organizer.navigate("/topic-plans/" + topicId);
        assertThat(organizer.locator(".plan-compare-summary"))
                .hasText("Các phần đã thay đổi so với bản đã duyệt trước: Tài liệu học tập, tham khảo.");
        assertThat(organizer.locator(".plan-compare-before > h3")).hasText("Bản đã duyệt trước (phiên bản 1)");
        organizer.locator(".plan-compare .plan-field-changed").first().scrollIntoViewIfNeeded();
        BrowserSession.screenshot(organizer, "topic-plan-compare-vi");

        // Typing another lecturer's topic finds nothing.
        lecturer.navigate("/my/topics/" + ids[1]);
        assertThat(lecturer.locator("body")).containsText("Không tìm thấy bản ghi");
        assertThat(lecturer.locator(".plan-title")).hasCount(0);

        // On a phone the plan reads in one column, without sideways scrolling.
        Page phone = signedIn("lecturer", 390, 844);
        phone.navigate("/my/topics/" + topicId);
        assertThat(phone.locator(".plan-title")).hasText(title);
        PhoneLayoutE2ETest.assertNoSidewaysScrolling(phone);
        BrowserSession.screenshot(phone, "topic-plan-phone-vi");
        phone.navigate("/my");
        assertThat(phone.locator(".my-topics .plan-card").first()).isVisible();
        PhoneLayoutE2ETest.assertNoSidewaysScrolling(phone);
        for (Page page : new Page[] {lecturer, organizer, viewer, phone}) {
            page.context().close();
        }
    }
}

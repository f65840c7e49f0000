package vn.lopboiduong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;

/** The organizing committee's work in a real browser: plans, classes, a class's programme; a lecturer's view. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseJourneyE2ETest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    /** Test data is made through the services, which need a signed-in committee member. */
    private static <T> T asOrganizer(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("organizer", "n/a", "ROLE_ORGANIZER"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Where the sign-in's redirect pointed: the server decides each role's landing page. */
    private String lastLanding = "";

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private Page signedIn(String username) {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        SignInJourneyE2ETest.waitForVaadin(page);
        lastLanding = BrowserSession.signIn(page, username, "Demo@2025");
        assertThat(page.locator(".user-name")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    @Test
    void theOrganizerReadsPlanProgressAndAClassProgramme() {
        Page page = signedIn("organizer");
        org.assertj.core.api.Assertions.assertThat(lastLanding).endsWith("/");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Kế hoạch")).click();
        assertThat(page.getByText("110-KH/TU").first()).isVisible();
        assertThat(page.getByText("1 / 5 lớp đã khai giảng (đã tạo 1 lớp)").first()).isVisible();
        BrowserSession.screenshot(page, "plans-vi");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Lớp bồi dưỡng")).click();
        page.waitForURL(Pattern.compile(".*/classes$"));
        page.getByText("NVCTD-VT-2026-II").first().click();
        page.waitForURL(Pattern.compile(".*/classes/\\d+$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai giảng"))).isVisible();
        BrowserSession.screenshot(page, "class-overview-vi");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Ban Quản lý lớp")).click();
        page.locator(".class-board vaadin-grid").scrollIntoViewIfNeeded();
        assertThat(page.getByText("Trưởng ban").first()).isVisible();
        BrowserSession.screenshot(page, "class-board-vi");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Quyết định")).click();
        // The tab lists this class's decisions only: none yet, or the school's own (…-QĐ/TCT) that the decision
        // journey may have added, and never the Hanoi class's opening decision.
        assertThat(page.getByText("Chưa có quyết định nào.")
                .or(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("-QĐ/TCT"))).first()).isVisible();
        assertThat(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("4525-QĐ/TU"))).hasCount(0);

        // The class of December 2026: 42 trainees enrolled, thirty of whom came in 2025, against 150 places.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Học viên")).click();
        assertThat(page.locator(".roster .list-count")).hasText("42/150 học viên");
        assertThat(page.locator(".roster vaadin-grid-cell-content").first()).isVisible();
        BrowserSession.screenshot(page, "class-trainees-vi");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chương trình")).click();
        assertThat(page.getByText("Nghiên cứu thực tế tại cơ sở").first()).isVisible();
        assertThat(page.getByText("ThS. Hoàng Minh Tuấn").first()).isVisible();
        BrowserSession.screenshot(page, "class-programme-vi");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch học")).click();
        var cells = page.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true));
        assertThat(cells.filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Nghiên cứu thực tế tại cơ sở")).first()).isVisible();
        assertThat(cells.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("09/12/2026"))
                .first()).isVisible();
        BrowserSession.screenshot(page, "class-timetable-vi");
        page.context().close();
    }

    @Test
    void aLecturerSeesOnlyTheClassesTheyTeach() {
        String untaught = asOrganizer(() -> data.classCode(data.newClass("KHONGDAY", LocalDate.of(2031, 6, 2),
                LocalDate.of(2031, 6, 4), null)));
        Page page = signedIn("lecturer");
        org.assertj.core.api.Assertions.assertThat(lastLanding).endsWith("/my");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Lớp bồi dưỡng")).click();
        page.waitForURL(Pattern.compile(".*/classes$"));
        assertThat(page.getByText("NVCTD-VT-2026-II").first()).isVisible();
        // A class nobody teaches exists, but a search for it leaves the lecturer's list empty: once the grid has
        // reloaded for the search (the taught class is gone), the untaught one is not there either.
        var search = page.locator("input[placeholder^='Tìm theo mã']");
        search.fill(untaught);
        var cellsWith = (java.util.function.Function<String, com.microsoft.playwright.Locator>) text ->
                visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
        assertThat(cellsWith.apply("NVCTD-VT-2026-II")).hasCount(0);
        assertThat(cellsWith.apply(untaught)).hasCount(0);
        search.fill("NVCTD-VT-2026");
        assertThat(cellsWith.apply("NVCTD-VT-2026-II").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lớp mới")))
                .not().isVisible();
        page.context().close();
    }

    private static com.microsoft.playwright.Locator visibleCells(Page page) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true));
    }

    /** Waits until the Vaadin client has no request in flight, so the server has every value typed so far. */
    private static void idle(Page page) {
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
    }

    private static void pick(Page page, String label, String typed, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(typed);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(option)).first().click();
        idle(page);
    }

    private static void typeDate(Page page, String label, String date) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(date);
        field.press("Enter");
        idle(page);
    }

    private static void save(Page page) {
        idle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        idle(page);
    }

    @Test
    void theOrganizerBuildsATimetableAndResolvesALecturerConflict() {
        Page page = signedIn("organizer");
        page.navigate("/classes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lớp mới")).click();
        String code = "E2E-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        page.getByLabel("Mã lớp", new Page.GetByLabelOptions().setExact(true)).fill(code);
        page.getByLabel("Tên lớp", new Page.GetByLabelOptions().setExact(true))
                .fill("Lớp bồi dưỡng nghiệp vụ công tác Đảng, lớp ghép");
        pick(page, "Đơn vị tổ chức", "Trường Chính trị", "Trường Chính trị tỉnh Phú Thọ");
        typeDate(page, "Ngày bắt đầu", "09/12/2026");
        typeDate(page, "Ngày kết thúc", "11/12/2026");
        page.getByLabel("Địa điểm", new Page.GetByLabelOptions().setExact(true))
                .fill("Hội trường Đảng ủy phường Việt Trì");
        save(page);
        BrowserSession.screenshot(page, "journey-class-saved");
        page.waitForURL(Pattern.compile(".*/classes/\\d+$"));

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chương trình")).click();
        page.locator("input[placeholder='Chọn chương trình để áp dụng']").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("nghiệp vụ công tác Đảng"))
                .first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng chương trình")).click();
        assertThat(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Nghiên cứu thực tế tại cơ sở")).first()).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch học")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo lịch dự kiến từ chương trình"))
                .click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("buổi học dự kiến");
        page.getByText("Danh sách", new Page.GetByTextOptions().setExact(true)).click();
        // The second session (08:15–11:15 on 9/12) is when ThS. Hoàng Minh Tuấn teaches the class NVCTD-VT-2026-II.
        visibleCells(page).locator("vaadin-button[aria-label='Sửa']").nth(1).click();
        pick(page, "Giảng viên", "Hoàng Minh", "Hoàng Minh Tuấn");
        save(page);
        assertThat(page.locator("vaadin-notification-card").last()).containsText("NVCTD-VT-2026-II");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
        BrowserSession.screenshot(page, "timetable-conflict-vi");

        pick(page, "Giảng viên", "Đinh Quang", "Đinh Quang Vinh");
        save(page);
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        assertThat(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Đinh Quang Vinh")).first()).isVisible();
        page.context().close();

        // The lecturer behind the conflicting session sees their own class's sessions, not the new class.
        Page lecturer = signedIn("lecturer");
        assertThat(lecturer.getByText("NVCTD-VT-2026-II").first()).isVisible();
        assertThat(lecturer.locator("body")).not().containsText(code);
        lecturer.context().close();
    }

    @Test
    void theOrganizerRecordsADecisionWithItsScanAndDownloadsIt() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "e2e-files"));
        byte[] scan = new byte[1_500_000];
        byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, scan, 0, header.length);
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("quyet-dinh-e2e.pdf"), scan);
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("ghi-chu.txt"), "không phải PDF");

        Page page = signedIn("organizer");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Quyết định")).click();
        page.waitForURL(Pattern.compile(".*/decisions$"));
        assertThat(page.getByText("4525-QĐ/TU").first()).isVisible();
        BrowserSession.screenshot(page, "decisions-vi");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm quyết định")).click();
        String number = Long.toString(System.nanoTime() % 100000) + "-QĐ/TCT";
        page.getByLabel("Số quyết định", new Page.GetByLabelOptions().setExact(true)).fill(number);
        page.getByLabel("Cơ quan ban hành", new Page.GetByLabelOptions().setExact(true))
                .fill("Trường Chính trị tỉnh Phú Thọ");
        page.getByLabel("Trích yếu", new Page.GetByLabelOptions().setExact(true))
                .fill("Thành lập Ban Cán sự Lớp bồi dưỡng nghiệp vụ công tác Đảng, khóa II năm 2026");
        var fileInput = page.locator("vaadin-upload input[type=file]");
        fileInput.setInputFiles(text);
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Chỉ nhận tệp PDF");
        fileInput.setInputFiles(pdf);
        assertThat(page.locator("vaadin-upload-file[complete]")).hasCount(1);
        BrowserSession.screenshot(page, "decision-dialog-vi");
        save(page);
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);

        page.locator("input[placeholder='Tìm theo số, cơ quan ban hành, trích yếu']").fill(number);
        assertThat(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(number))).hasCount(1);
        // The search applies after a pause in typing and redraws the rows, links included: wait until the
        // other decisions are gone before clicking the link of the one that stays.
        assertThat(visibleCells(page).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("4525-QĐ/TU"))).hasCount(0);
        idle(page);
        var download = page.waitForDownload(() -> visibleCells(page).locator("a.decision-file").first().click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("quyet-dinh-e2e.pdf");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(download.path())).isEqualTo(scan);
        page.context().close();
    }
}

package vn.lopboiduong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lecturer's schedule on a phone (390 × 844) and on a laptop (1366 × 800): on the phone, sessions are cards
 * and nothing scrolls sideways; on the laptop, the grids stay. And the leaders' workload page with its Excel
 * download. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLayoutE2ETest {

    /** The demo's Việt Trì class of December 2026, which the demo lecturer teaches. */
    private static final String WEEK_WITH_SESSIONS = "2026-12-07";

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void onAPhoneTheLecturersPagesAreCardsWithoutSidewaysScrolling() {
        Page page = signedIn(390, 844);
        assertThat(page.locator(".session-card").first()).isVisible();
        assertThat(page.locator(".session-card").first()).containsText("NVCTD-VT-2026-II");
        assertNoSidewaysScrolling(page);
        BrowserSession.screenshot(page, "my-phone-vi");

        page.navigate("/timetable?week=" + WEEK_WITH_SESSIONS);
        assertThat(page.locator(".timetable-days .session-card").first()).isVisible();
        assertThat(page.locator(".timetable-day").first()).containsText("09/12/2026");
        assertThat(page.locator("vaadin-grid").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setVisible(true))).hasCount(0);
        assertNoSidewaysScrolling(page);
        BrowserSession.screenshot(page, "timetable-phone-vi");

        // The menu is a drawer the toggle opens over the page; choosing an entry navigates and closes it.
        page.locator("vaadin-drawer-toggle").click();
        var myPage = page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Trang của tôi")).first();
        assertThat(myPage).isVisible();
        page.waitForFunction("() => document.querySelector('vaadin-side-nav-item').getBoundingClientRect().left >= 0");
        page.waitForTimeout(300);
        BrowserSession.screenshot(page, "menu-phone-vi");
        myPage.click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/my$"));
        assertThat(page.locator("vaadin-app-layout[drawer-opened]")).hasCount(0);
        page.context().close();
    }

    @Test
    void onALaptopTheSameSessionsStayInGrids() {
        Page page = signedIn(1366, 800);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("NVCTD-VT-2026-II")).first()).isVisible();
        assertThat(page.locator(".session-card")).hasCount(0);
        BrowserSession.screenshot(page, "my-desktop-vi");

        page.navigate("/timetable?week=" + WEEK_WITH_SESSIONS);
        assertThat(page.locator("vaadin-grid").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setVisible(true)).first()).isVisible();
        assertThat(page.locator(".timetable-days .session-card")).hasCount(0);
        BrowserSession.screenshot(page, "timetable-desktop-vi");
        page.context().close();
    }

    @Test
    void aLeaderReadsTheYearsWorkloadAndDownloadsIt() throws java.io.IOException {
        Page page = signedIn("viewer", 1366, 800);
        page.navigate("/lecturers");
        page.getByText("Khối lượng giảng dạy").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/lecturers/workload.*"));
        page.navigate("/lecturers/workload?year=2023");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Đinh Quang Vinh")).first()).isVisible();
        BrowserSession.screenshot(page, "workload-vi");
        var excel = page.waitForDownload(() -> page.getByText("Xuất Excel").click());
        org.assertj.core.api.Assertions.assertThat(excel.failure()).isNull();
        org.assertj.core.api.Assertions.assertThat(excel.suggestedFilename())
                .isEqualTo("khoi-luong-giang-day-2023.xlsx");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(excel.path()))
                .startsWith('P', 'K', 3, 4);
        page.context().close();
    }

    private Page signedIn(int width, int height) {
        return signedIn("lecturer", width, height);
    }

    private Page signedIn(String username, int width, int height) {
        Page page = browser.newPage("http://localhost:" + port, width, height);
        page.navigate("/login");
        SignInJourneyE2ETest.waitForVaadin(page);
        BrowserSession.signIn(page, username, "Demo@2025");
        // The avatar shows on every width; the name beside it is hidden on a phone.
        assertThat(page.locator(".user-avatar")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    /** Neither the page nor the view inside the app layout (which scrolls on its own) is wider than the window. */
    static void assertNoSidewaysScrolling(Page page) {
        page.waitForTimeout(500);
        Object fits = page.evaluate("""
                () => {
                  const view = document.querySelector('vaadin-app-layout > :not([slot])');
                  return document.documentElement.scrollWidth <= window.innerWidth
                      && view !== null && view.scrollWidth <= view.clientWidth;
                }""");
        org.assertj.core.api.Assertions.assertThat(fits).as("no horizontal overflow at 390 px").isEqualTo(true);
    }
}

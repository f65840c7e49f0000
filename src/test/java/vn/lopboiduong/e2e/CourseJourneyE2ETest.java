package vn.lopboiduong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organizing committee's work in a real browser: plans, classes, a class's programme; a lecturer's view. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseJourneyE2ETest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

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
        assertThat(page.getByText("1 / 5 lớp (đã lập 1)").first()).isVisible();
        BrowserSession.screenshot(page, "plans-vi");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Lớp bồi dưỡng")).click();
        page.waitForURL(Pattern.compile(".*/classes$"));
        page.getByText("NVCTD-VT-2026-II").first().click();
        page.waitForURL(Pattern.compile(".*/classes/\\d+$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai giảng"))).isVisible();
        BrowserSession.screenshot(page, "class-overview-vi");

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
        Page page = signedIn("lecturer");
        org.assertj.core.api.Assertions.assertThat(lastLanding).endsWith("/my");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Lớp bồi dưỡng")).click();
        page.waitForURL(Pattern.compile(".*/classes$"));
        assertThat(page.getByText("NVCTD-VT-2026-II").first()).isVisible();
        assertThat(page.locator("vaadin-grid")).not().containsText("Mở lớp mới");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở lớp mới")))
                .not().isVisible();
        page.context().close();
    }
}

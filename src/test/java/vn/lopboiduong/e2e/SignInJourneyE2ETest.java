package vn.lopboiduong.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: each demo account signs in, sees exactly its menu, switches the language and back, and
 * signs out; a wrong password and a locked name show the right message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyE2ETest {

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

    private Page loginPage() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập")))
                .isVisible();
        waitForVaadin(page);
        return page;
    }

    /**
     * Waits until the page's web components are upgraded and Vaadin has no request in flight, so that typed
     * values are not lost to a component that upgrades after them.
     */
    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => customElements.get('vaadin-login-form') !== undefined
                    && window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    private static void signIn(Page page, String username, String password) {
        waitForVaadin(page);
        BrowserSession.signIn(page, username, password);
    }

    private static List<String> menu(Page page) {
        Locator items = page.locator("vaadin-side-nav-item");
        items.first().waitFor();
        return items.allInnerTexts().stream().map(String::strip).toList();
    }

    private static void openUserMenuItem(Page page, String... path) {
        page.locator("vaadin-menu-bar-button.user-menu").click();
        for (String label : path) {
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(label)).click();
        }
    }

    @ParameterizedTest(name = "{0} signs in and sees {2}")
    @CsvSource(delimiter = ';', value = {
        "admin; Quản trị hệ thống; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|"
                + "Giảng viên|Đơn vị|Tài khoản; "
                + "Dashboard|Plans|Decisions|Programmes|Classes|Trainees|Plan review|Timetable|Lecturers|Units|Accounts; ''",
        "organizer; Nguyễn Thị Thu Hà; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|"
                + "Giảng viên|Đơn vị; Dashboard|Plans|Decisions|Programmes|Classes|Trainees|Plan review|Timetable|Lecturers|Units; ''",
        "lecturer; Hoàng Minh Tuấn; Trang của tôi|Lớp bồi dưỡng|Lịch học|Giảng viên; "
                + "My page|Classes|Timetable|Lecturers; my",
        "viewer; Nguyễn Trọng Khiêm; Tổng quan|Kế hoạch|Quyết định|Chương trình|Lớp bồi dưỡng|Học viên|Duyệt đề cương|Lịch học|"
                + "Giảng viên; Dashboard|Plans|Decisions|Programmes|Classes|Trainees|Plan review|Timetable|Lecturers; ''"
    })
    void eachDemoAccountSignsInSeesItsMenuSwitchesLanguageAndSignsOut(String username, String fullName,
            String vietnameseMenu, String englishMenu, String landing) {
        Page page = loginPage();
        signIn(page, username, "Demo@2025");

        // Sign-in lands on "/", which forwards lecturers to "/my": wait for the shell, then check where we are.
        assertThat(page.locator(".user-name")).hasText(fullName,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page).hasURL(Pattern.compile(".*/" + landing + "$"));
        assertThat(menu(page)).containsExactly(vietnameseMenu.split("\\|"));
        BrowserSession.screenshot(page, "main-" + username + "-vi");

        openUserMenuItem(page, "Ngôn ngữ", "English");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText(englishMenu.split("\\|")[0]);
        assertThat(menu(page)).containsExactly(englishMenu.split("\\|"));
        BrowserSession.screenshot(page, "main-" + username + "-en");

        openUserMenuItem(page, "Language", "Tiếng Việt");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText(vietnameseMenu.split("\\|")[0]);

        openUserMenuItem(page, "Đăng xuất");
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập")))
                .isVisible();
        page.context().close();
    }

    @Test
    void theAdministratorBrowsesAccountsAndTheOrganisationTree() {
        Page page = loginPage();
        signIn(page, "admin", "Demo@2025");
        page.waitForURL(Pattern.compile(".*/$"));

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tài khoản")).click();
        page.waitForURL(Pattern.compile(".*/users$"));
        assertThat(page.getByText("Nguyễn Thị Thu Hà").first()).isVisible();
        page.locator("input[placeholder='Tìm theo tên, tên đăng nhập, email']").fill("khiem");
        assertThat(page.getByText("Nguyễn Trọng Khiêm").first()).isVisible();
        page.locator("input[placeholder='Tìm theo tên, tên đăng nhập, email']").fill("");
        assertThat(page.getByText("Hoàng Minh Tuấn").first()).isVisible();
        BrowserSession.screenshot(page, "users-vi");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Đơn vị")).click();
        page.waitForURL(Pattern.compile(".*/units$"));
        assertThat(page.getByText("Trường Chính trị tỉnh Phú Thọ").first()).isVisible();
        page.getByText("Đảng ủy phường Việt Trì").first().dblclick();
        assertThat(page.locator("vaadin-dialog[opened]")).hasAttribute("aria-label", "Đơn vị: Đảng ủy phường Việt Trì");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xóa"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy")).click();
        page.locator("vaadin-grid-tree-toggle", new Page.LocatorOptions().setHasText("Đảng ủy phường Việt Trì"))
                .click();
        assertThat(page.getByText("Chi bộ khu Tân Xương").first()).isVisible();
        BrowserSession.screenshot(page, "units-vi");
        page.context().close();
    }

    @Test
    void aWrongPasswordSaysSoWithoutRevealingWhichPartWasWrong() {
        Page page = loginPage();
        BrowserSession.screenshot(page, "login-vi");
        signIn(page, "organizer", "Sai-mat-khau1");
        assertThat(page.getByText("Đăng nhập không thành công")).isVisible();
        assertThat(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        // The user name stays in the form, so only the password has to be typed again.
        assertThat(page.locator("input[name='username']")).hasValue("organizer");
        assertThat(page.locator("input[name='password']")).hasValue("");
        page.context().close();
    }

    @Test
    void fiveFailuresLockTheNameAndThePageSaysSo() {
        Page page = loginPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, "nguoi-la", "Sai-mat-khau" + attempt);
            page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        }
        assertThat(page.getByText("Tài khoản tạm thời bị khóa")).isVisible();
        BrowserSession.screenshot(page, "login-locked");
        page.context().close();
    }
}

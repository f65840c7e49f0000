package vn.lopboiduong.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD), with the
 * flags this closed network needs. CHROMIUM_PATH overrides where Chromium is.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile (no cookies), like a new person at a new computer. */
    Page newPage(String baseUrl) {
        return newPage(baseUrl, 1366, 800);
    }

    /** A fresh browser profile with a window of that size, e.g. 390 × 844 for a phone. */
    Page newPage(String baseUrl, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(width, height).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /**
     * Fills the sign-in form and submits it, waiting for the form's POST. A value typed while the login form's
     * web components are still upgrading can be lost, so each field is checked and filled again if needed.
     * Returns where the server redirected to.
     */
    static String signIn(Page page, String username, String password) {
        var usernameField = page.getByLabel("Tên đăng nhập");
        var passwordField = page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true));
        for (int attempt = 0; attempt < 5; attempt++) {
            usernameField.fill(username);
            passwordField.fill(password);
            if (username.equals(usernameField.inputValue()) && password.equals(passwordField.inputValue())) {
                break;
            }
            page.waitForTimeout(200);
        }
        var response = page.waitForResponse(r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                () -> page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng nhập")).click());
        return response.headers().getOrDefault("location", "");
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package vn.lopboiduong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The timetable downloads through a real browser: the file is built in a request of its own, outside the UI's
 * thread, and the service checks the signed-in user's role there too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimetableExportE2ETest {

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
    void aLeaderDownloadsTheHanoiTimetableAsPdfAndExcel() throws IOException {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        SignInJourneyE2ETest.waitForVaadin(page);
        BrowserSession.signIn(page, "viewer", "Demo@2025");
        PlaywrightAssertions.assertThat(page.locator(".user-name")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.navigate("/classes");
        page.getByText("PBT-HN-2023-01").first().click();
        page.waitForURL(Pattern.compile(".*/classes/\\d+$"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch học")).click();
        PlaywrightAssertions.assertThat(page.getByText("Xuất Excel")).isVisible();

        Download pdf = page.waitForDownload(() -> page.getByText("Xuất PDF").click());
        assertThat(pdf.failure()).isNull();
        assertThat(pdf.suggestedFilename()).isEqualTo("lich-hoc-PBT-HN-2023-01.pdf");
        var reader = new PdfReader(Files.readAllBytes(pdf.path()));
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(firstPage).contains("LỊCH HỌC", "Thứ Hai, 27/03/2023", "PGS.TS. Đinh Quang Vinh");

        Download excel = page.waitForDownload(() -> page.getByText("Xuất Excel").click());
        assertThat(excel.failure()).isNull();
        assertThat(excel.suggestedFilename()).isEqualTo("lich-hoc-PBT-HN-2023-01.xlsx");
        assertThat(Files.readAllBytes(excel.path())).startsWith('P', 'K', 3, 4);
        page.context().close();
    }
}

package vn.lopboiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import vn.lopboiduong.Application;

/** Demo accounts share a published password: they are off by default and never reach anything but H2. */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataGateTest {

    @Test
    void demoDataIsOffByDefaultAndOnInTheDevRun() throws Exception {
        assertThat(PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                .getProperty("app.demo-data")).isEqualTo("false");
        assertThat(PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-dev.properties"))
                .getProperty("app.demo-data")).isEqualTo("true");
    }

    @Test
    void theLoaderRefusesAnyDatabaseButH2EvenWhenAskedTo() {
        assertThat(DemoDataLoader.mayLoad("H2", false)).isTrue();
        assertThat(DemoDataLoader.mayLoad("MySQL", false)).isFalse();
        assertThat(DemoDataLoader.mayLoad("MariaDB", false)).isFalse();
        // Only the tests' own setting opens the other databases.
        assertThat(DemoDataLoader.mayLoad("MariaDB", true)).isTrue();
    }

    @Test
    void onAnEmptyH2DatabaseItLoadsTheAccountsWithoutLoggingTheirPassword(CapturedOutput output) {
        String database = "jdbc:h2:mem:demo-gate-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        // Command-line arguments outrank the test JVM's settings; the dev profile replaces the test profile.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=dev", "--spring.datasource.url=" + database,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--app.demo-data=true",
                "--server.port=0", "--spring.main.banner-mode=off")) {
            assertThat(output.getOut()).contains("Loaded the demo data")
                    .doesNotContain(DemoDataLoader.DEMO_PASSWORD);
        }
    }
}

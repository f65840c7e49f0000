package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lopboiduong.Application;
import vn.lopboiduong.security.Role;

/**
 * A production start on an empty database: without APP_ADMIN_USERNAME/APP_ADMIN_PASSWORD the portal refuses to
 * start and says what to set; with them it creates exactly that administrator and no demo accounts.
 */
class FirstAdminStartupTest {

    /** Command-line arguments outrank the test JVM's settings (its profiles, -Dapp.demo-data=true). */
    private static ConfigurableApplicationContext productionStart(String username, String password) {
        String database = "jdbc:h2:mem:first-admin-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--spring.datasource.driver-class-name=org.h2.Driver",
                "--spring.jpa.properties.jakarta.persistence.database-product-name=H2",
                "--spring.jpa.properties.jakarta.persistence.database-major-version=2",
                "--spring.jpa.properties.jakarta.persistence.database-minor-version=4",
                "--app.demo-data=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--app.admin.username=" + username, "--app.admin.password=" + password);
    }

    @Test
    void refusesToStartWithoutAFirstAdministrator() {
        assertThatThrownBy(() -> productionStart("", ""))
                .hasStackTraceContaining("APP_ADMIN_USERNAME")
                .hasStackTraceContaining("APP_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakFirstAdministratorPassword() {
        assertThatThrownBy(() -> productionStart("quantri", "123"))
                .hasStackTraceContaining("APP_ADMIN_PASSWORD is not strong enough");
    }

    @Test
    void refusesAFirstAdministratorPasswordLongerThanBcryptReadsWithAClearMessage() {
        assertThatThrownBy(() -> productionStart("quantri", "Đồngchíhọcviênlớpbồidưỡngnângcaonănglựclãnhđạoquảnlý2025"))
                .hasStackTraceContaining("APP_ADMIN_PASSWORD is too long")
                .hasStackTraceContaining("72 bytes");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentAndNoDemoAccounts() {
        try (ConfigurableApplicationContext context = productionStart("QuanTri", "Khoidau@2025")) {
            UserRepository repository = context.getBean(UserRepository.class);
            assertThat(repository.findAll()).singleElement().satisfies(admin -> {
                assertThat(admin.getUsername()).isEqualTo("quantri");
                assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            });
        }
    }
}

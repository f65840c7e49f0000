package vn.lopboiduong.user;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.SystemAuthentication;

/**
 * On a database with no active administrator (a new production install), creates the first one from
 * {@code APP_ADMIN_USERNAME} and {@code APP_ADMIN_PASSWORD}; without them the portal refuses to start, since nobody
 * could ever manage it. Runs after the demo data, which brings its own administrator.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdminInitializer implements ApplicationRunner {

    static final String MISSING_ADMIN_MESSAGE = "No active administrator account exists in the database. "
            + "Set the environment variables APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD (at least 8 characters with "
            + "upper- and lower-case letters and a digit) to create the first administrator, then start again.";

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdminInitializer(UserService users, @Value("${app.admin.username:}") String username,
            @Value("${app.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasActiveAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException(MISSING_ADMIN_MESSAGE);
        }
        try {
            SystemAuthentication.runAsSystem(() -> users.create(
                    new UserAccount(username, username, EnumSet.of(Role.ADMIN)), password));
        } catch (BusinessException e) {
            throw new IllegalStateException(weakPasswordMessage(e.getMessageKey()) + " " + MISSING_ADMIN_MESSAGE, e);
        } catch (ConstraintViolationException e) {
            throw new IllegalStateException("APP_ADMIN_USERNAME is not a valid user name (3-50 characters: "
                    + "a-z, 0-9, dot, dash, underscore). " + MISSING_ADMIN_MESSAGE, e);
        }
        log.info("Created the first administrator account '{}'", UserAccount.normalizeUsername(username));
    }

    private static String weakPasswordMessage(String problemKey) {
        if ("password.too-long".equals(problemKey)) {
            return "APP_ADMIN_PASSWORD is too long: BCrypt reads at most " + PasswordPolicy.MAX_BYTES
                    + " bytes of UTF-8, and each Vietnamese letter with marks takes 2 or 3 of them.";
        }
        return "APP_ADMIN_PASSWORD is not strong enough (" + problemKey + ").";
    }
}

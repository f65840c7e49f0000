package vn.lopboiduong.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code app.security.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row that lock a user name
 * @param lockout how long the lock lasts
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {
}

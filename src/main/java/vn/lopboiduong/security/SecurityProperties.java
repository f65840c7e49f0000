package vn.lopboiduong.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code app.security.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row that lock a user name
 * @param lockout how long the lock lasts; failures further apart than this are not added up
 * @param maxFailedLoginsPerAddress failed sign-ins from one client address, across all names, that make the address
 *     wait until its window ends
 * @param addressWindow the window over which one address's failures are counted
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("50") int maxFailedLoginsPerAddress,
        @DefaultValue("15m") Duration addressWindow) {
}

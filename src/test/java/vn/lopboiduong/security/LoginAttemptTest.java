package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 11, 12, 7, 30);
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Test
    void locksOnTheFifthFailureInARowForFifteenMinutes() {
        var attempt = new LoginAttempt("viewer");
        for (int i = 1; i <= 4; i++) {
            assertThat(attempt.recordFailure(T0.plusSeconds(i), 5, LOCKOUT)).isFalse();
            assertThat(attempt.isLockedAt(T0.plusSeconds(i))).isFalse();
        }
        assertThat(attempt.recordFailure(T0.plusSeconds(5), 5, LOCKOUT)).isTrue();
        assertThat(attempt.isLockedAt(T0.plusMinutes(14))).isTrue();
        assertThat(attempt.isLockedAt(T0.plusMinutes(15).plusSeconds(6))).isFalse();
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        var attempt = new LoginAttempt("viewer");
        for (int i = 0; i < 5; i++) {
            attempt.recordFailure(T0, 5, LOCKOUT);
        }
        LocalDateTime later = T0.plusMinutes(16);
        assertThat(attempt.recordFailure(later, 5, LOCKOUT)).isFalse();
        assertThat(attempt.isLockedAt(later)).isFalse();
        assertThat(attempt.getFailedCount()).isEqualTo(1);
    }

    @Test
    void userNamesAreCountedCaseInsensitively() {
        assertThat(LoginAttemptService.key("  Admin ")).isEqualTo("admin");
    }
}

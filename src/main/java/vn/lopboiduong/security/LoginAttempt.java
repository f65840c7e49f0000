package vn.lopboiduong.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins for one user name, whether or not such an account exists, so that the lock-out message reveals
 * nothing about which accounts exist.
 */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "locked_until")
    private @Nullable LocalDateTime lockedUntil;

    @Column(name = "last_failure_at")
    private @Nullable LocalDateTime lastFailureAt;

    protected LoginAttempt() {
        this.username = "";
    }

    LoginAttempt(String username) {
        this.username = username;
    }

    String getUsername() {
        return username;
    }

    int getFailedCount() {
        return failedCount;
    }

    @Nullable LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts one more failure; returns true when this one locks the name. */
    boolean recordFailure(LocalDateTime now, int maxFailures, java.time.Duration lockout) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // A lock that has run out starts a fresh count.
            lockedUntil = null;
            failedCount = 0;
        }
        failedCount++;
        lastFailureAt = now;
        if (failedCount >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedCount = 0;
            return true;
        }
        return false;
    }
}

package vn.lopboiduong.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per user name and locks the name for a while after too many in a row. */
@Service
@Transactional
public class LoginAttemptService {

    private final LoginAttemptRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttemptService(LoginAttemptRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return repository.findById(key(username)).map(attempt -> attempt.isLockedAt(now())).orElse(false);
    }

    /** Records a failed sign-in; returns true when the name is now locked. */
    public boolean recordFailure(String username) {
        String key = key(username);
        LoginAttempt attempt = repository.findById(key).orElseGet(() -> new LoginAttempt(key));
        boolean locked = attempt.recordFailure(now(), properties.maxFailedLogins(), properties.lockout());
        repository.save(attempt);
        return locked;
    }

    public void recordSuccess(String username) {
        repository.deleteById(key(username));
    }

    /** An administrator lifts a lock before it runs out. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void clear(String username) {
        repository.deleteById(key(username));
    }

    static String key(String username) {
        String trimmed = username.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

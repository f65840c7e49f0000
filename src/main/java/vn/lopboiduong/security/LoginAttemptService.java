package vn.lopboiduong.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per user name and per client address. A sign-in is counted as a failure <em>before</em>
 * its password is checked, in one locked row update, so that any number of parallel attempts check at most the
 * allowed number of passwords; a right password then takes its count back. Failures further apart than the
 * lock-out are not added up, and stale rows are purged every hour.
 */
@Service
public class LoginAttemptService {

    /** What a sign-in attempt may do after it was counted. */
    enum Verdict {
        /** Check the password; a wrong one is an ordinary failure. */
        CHECK,
        /** Check the password; a wrong one is the last allowed and locks the name. */
        CHECK_LAST,
        /** Refuse without checking: the name is locked or has used up its attempts. */
        REFUSE_NAME,
        /** Refuse without checking: the client address has failed too often. */
        REFUSE_ADDRESS
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttemptService(JdbcTemplate jdbc, TransactionTemplate transactions, SecurityProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one more attempt for the name and the address, and says whether the password may be checked. */
    Verdict begin(String username, @Nullable String address) {
        LocalDateTime now = now();
        if (address != null && countAddress(address, now) > properties.maxFailedLoginsPerAddress()) {
            return Verdict.REFUSE_ADDRESS;
        }
        String key = key(username);
        LocalDateTime stale = now.minus(properties.lockout());
        NameCount count = inLockedRow(
                () -> jdbc.update("insert into login_attempt (username, failed_count, last_failure_at) "
                        + "values (?, 0, ?)", key, ts(now)),
                () -> jdbc.update("update login_attempt set "
                        + "failed_count = case when (locked_until is not null and locked_until <= ?) "
                        + "  or (locked_until is null and (last_failure_at is null or last_failure_at < ?)) "
                        + "  then 1 else failed_count + 1 end, "
                        + "locked_until = case when locked_until <= ? then null else locked_until end, "
                        + "last_failure_at = ? where username = ?",
                        ts(now), ts(stale), ts(now), ts(now), key),
                () -> jdbc.queryForObject("select failed_count, locked_until from login_attempt where username = ?",
                        (rs, row) -> new NameCount(rs.getInt(1), rs.getTimestamp(2)), key));
        if (count == null || count.lockedAfter(now) || count.failed() > properties.maxFailedLogins()) {
            return Verdict.REFUSE_NAME;
        }
        return count.failed() == properties.maxFailedLogins() ? Verdict.CHECK_LAST : Verdict.CHECK;
    }

    /** The attempt's password was wrong and it was the last one allowed: the name is locked for a while. */
    void lock(String username) {
        LocalDateTime now = now();
        jdbc.update("update login_attempt set locked_until = ?, failed_count = 0 where username = ?",
                ts(now.plus(properties.lockout())), key(username));
    }

    /** The password was right: the name's count starts again and the address gets its attempt back. */
    void succeeded(String username, @Nullable String address) {
        jdbc.update("delete from login_attempt where username = ?", key(username));
        if (address != null) {
            jdbc.update("update login_address_attempt set failed_count = failed_count - 1 "
                    + "where address = ? and failed_count > 0", addressKey(address));
        }
    }

    boolean isLocked(String username) {
        return jdbc.query("select locked_until from login_attempt where username = ?",
                (rs, row) -> rs.getTimestamp(1), key(username)).stream()
                .anyMatch(until -> until != null && until.toLocalDateTime().isAfter(now()));
    }

    /** An administrator lifts a lock before it runs out. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void clear(String username) {
        jdbc.update("delete from login_attempt where username = ?", key(username));
    }

    /** Rows nobody needs any more: their lock ran out and their last failure is older than a lock-out. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeStale() {
        LocalDateTime now = now();
        jdbc.update("delete from login_attempt where (locked_until is null or locked_until <= ?) "
                + "and (last_failure_at is null or last_failure_at < ?)", ts(now), ts(now.minus(properties.lockout())));
        jdbc.update("delete from login_address_attempt where window_start < ?",
                ts(now.minus(properties.addressWindow())));
    }

    private int countAddress(String address, LocalDateTime now) {
        String key = addressKey(address);
        LocalDateTime windowStart = now.minus(properties.addressWindow());
        Integer count = inLockedRow(
                () -> jdbc.update("insert into login_address_attempt (address, failed_count, window_start) "
                        + "values (?, 0, ?)", key, ts(now)),
                () -> jdbc.update("update login_address_attempt set "
                        + "failed_count = case when window_start < ? then 1 else failed_count + 1 end, "
                        + "window_start = case when window_start < ? then ? else window_start end "
                        + "where address = ?", ts(windowStart), ts(windowStart), ts(now), key),
                () -> jdbc.queryForObject("select failed_count from login_address_attempt where address = ?",
                        Integer.class, key));
        return count == null ? 0 : count;
    }

    /**
     * Counts in one transaction: the update locks the row until commit, so the value read back is this attempt's
     * own. A missing row is first created in a statement of its own, outside the counting transaction, so that an
     * attempt that loses that insert race holds no lock on the row while it waits to count.
     */
    private <T> @Nullable T inLockedRow(Runnable insert, Supplier<Integer> update, Supplier<T> read) {
        for (int round = 0; round < 2; round++) {
            T result = transactions.execute(status -> update.get() == 0 ? null : read.get());
            if (result != null) {
                return result;
            }
            try {
                insert.run();
            } catch (DuplicateKeyException alreadyThere) {
                // A parallel attempt created it first; the next round counts on that row.
            }
        }
        throw new IllegalStateException("Sign-in attempt row vanished twice while counting");
    }

    private static String addressKey(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    static String key(String username) {
        String trimmed = username.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static Timestamp ts(LocalDateTime time) {
        return Timestamp.valueOf(time);
    }

    private record NameCount(int failed, @Nullable Timestamp lockedUntil) {

        boolean lockedAfter(LocalDateTime now) {
            return lockedUntil != null && lockedUntil.toLocalDateTime().isAfter(now);
        }
    }
}

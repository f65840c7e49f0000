package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/**
 * The lock-out against parallel guessing, through the real provider, service and database: each attempt is counted
 * before its password is checked, so twenty guesses at once check at most five passwords and none fails with
 * anything but a refusal. Also the per-address limit and the audit log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LockoutConcurrencyTest {

    private static final String PASSWORD = "Strong@2025";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginAttemptService attempts;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SecurityProperties properties;

    private final AtomicInteger passwordChecks = new AtomicInteger();

    /** The real encoder, counting how often a password is compared. */
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            passwordChecks.incrementAndGet();
            return encoder.matches(raw, encoded);
        }
    };

    @AfterEach
    void forgetAddresses() {
        jdbc.update("delete from login_address_attempt");
    }

    private String newAccount() {
        String username = "dua" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> users.create(
                new UserAccount(username, "Lê Văn Đua", EnumSet.of(Role.VIEWER)), PASSWORD));
        return username;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    @Test
    void twentyParallelWrongPasswordsCheckAtMostTheLimitAndOnlyRefuse() throws Exception {
        String username = newAccount();
        var provider = new LockoutAuthenticationProvider(accounts, countingEncoder, attempts);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        var start = new CountDownLatch(1);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = "10.0.0." + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    provider.authenticate(attempt(username, "Wrong@2025", address));
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Throwable> errors = new ArrayList<>();
        for (Future<Throwable> outcome : outcomes) {
            errors.add(outcome.get());
        }
        assertThat(errors).allSatisfy(error -> assertThat(error).isInstanceOfAny(BadCredentialsException.class,
                LockedException.class));
        assertThat(passwordChecks.get()).isPositive().isLessThanOrEqualTo(properties.maxFailedLogins());
        assertThat(attempts.isLocked(username)).isTrue();
        // Locked: even the right password is not looked at.
        int checksBefore = passwordChecks.get();
        assertThatThrownBy(() -> provider.authenticate(attempt(username, PASSWORD, "10.0.1.1")))
                .isInstanceOf(LockedException.class);
        assertThat(passwordChecks.get()).isEqualTo(checksBefore);
    }

    @Test
    void oneAddressCannotSprayPasswordsAcrossManyNames() {
        var limited = new LockoutAuthenticationProvider(accounts, countingEncoder, new LoginAttemptService(jdbc,
                transactions, new SecurityProperties(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(15)),
                Clock.systemDefaultZone()));
        for (int i = 0; i < 3; i++) {
            String name = "phun" + i + UUID.randomUUID().toString().substring(0, 6);
            assertThatThrownBy(() -> limited.authenticate(attempt(name, "Wrong@2025", "10.9.9.9")))
                    .isInstanceOf(BadCredentialsException.class).isNotInstanceOf(LockedException.class);
        }
        int checksBefore = passwordChecks.get();
        String fresh = "phun-moi" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> limited.authenticate(attempt(fresh, "Wrong@2025", "10.9.9.9")))
                .isInstanceOf(AddressThrottledException.class);
        assertThat(passwordChecks.get()).isEqualTo(checksBefore);
        // Another address is not held back.
        assertThatThrownBy(() -> limited.authenticate(attempt(fresh, "Wrong@2025", "10.9.9.10")))
                .isInstanceOf(BadCredentialsException.class).isNotInstanceOf(LockedException.class);
    }

    @Test
    void aRightPasswordTakesBackItsPreCountedFailure() {
        String username = newAccount();
        var provider = new LockoutAuthenticationProvider(accounts, countingEncoder, attempts);
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> provider.authenticate(attempt(username, "Wrong@2025", "10.1.1.1")))
                        .isNotInstanceOf(LockedException.class);
            }
            assertThat(provider.authenticate(attempt(username, PASSWORD, "10.1.1.1")).isAuthenticated()).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = ?", Integer.class,
                username)).isZero();
    }

    @Test
    void failuresFurtherApartThanTheLockOutAreNotAddedUpAndStaleRowsArePurged() {
        String username = "cham" + UUID.randomUUID().toString().substring(0, 8);
        var clock = new MovableClock(Instant.parse("2025-11-12T00:30:00Z"));
        var slow = new LoginAttemptService(jdbc, transactions, properties, clock);
        for (int i = 0; i < 10; i++) {
            assertThat(slow.begin(username, null)).isEqualTo(LoginAttemptService.Verdict.CHECK);
            clock.advance(Duration.ofMinutes(16));
        }
        slow.purgeStale();
        assertThat(jdbc.queryForObject("select count(*) from login_attempt where username = ?", Integer.class,
                username)).isZero();
    }

    @Test
    void aLongPasswordIsAnOrdinaryFailureNotAnError() {
        String username = newAccount();
        var provider = new LockoutAuthenticationProvider(accounts, countingEncoder, attempts);
        assertThatThrownBy(() -> provider.authenticate(attempt(username, "Mậtkhẩuđồngchí".repeat(6) + "1A",
                "10.2.2.2"))).isInstanceOf(BadCredentialsException.class);
        attempts.succeeded(username, null);
    }

    @Test
    void signInEventsGoToTheAuditLogWithoutThePassword(CapturedOutput output) {
        String username = newAccount();
        var provider = new LockoutAuthenticationProvider(accounts, countingEncoder, attempts);
        for (int i = 1; i <= properties.maxFailedLogins(); i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(username, "Bimat@2025", "10.3.3.3")));
        }
        assertThat(output.getOut()).contains("security.audit")
                .contains("Failed sign-in for '" + username + "' from 10.3.3.3")
                .contains("User name '" + username + "' locked out")
                .doesNotContain("Bimat@2025");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package vn.lopboiduong.security;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with a lock-out. Each attempt is counted as a failure before its password is checked (a right
 * password takes it back), so parallel guesses check no more passwords than the limit allows. A name is counted the
 * same whether or not the account exists, and an account an administrator has disabled says so only after the
 * right password, so neither message tells a stranger which user names exist.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    /** BCrypt reads no further; a longer password can never be right, and the encoder refuses to look at it. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final DaoAuthenticationProvider delegate;
    private final LoginAttemptService attempts;

    LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttemptService attempts) {
        this.attempts = attempts;
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.delegate.setPreAuthenticationChecks(user -> { });
        this.delegate.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        LoginAttemptService.Verdict verdict = attempts.begin(username, address);
        switch (verdict) {
            case REFUSE_ADDRESS -> {
                SecurityAudit.refused(username, address, "too many failures from this address");
                throw new AddressThrottledException("Too many failed sign-ins from this address");
            }
            case REFUSE_NAME -> {
                SecurityAudit.refused(username, address, "user name locked");
                throw new LockedException("Too many failed sign-ins");
            }
            default -> { }
        }
        try {
            Authentication result = delegate.authenticate(tooLong(authentication)
                    ? UsernamePasswordAuthenticationToken.unauthenticated(username, "") : authentication);
            attempts.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            SecurityAudit.failedSignIn(username, address);
            if (verdict == LoginAttemptService.Verdict.CHECK_LAST) {
                attempts.lock(username);
                SecurityAudit.lockedOut(username, address);
                throw new LockedException("Too many failed sign-ins", e);
            }
            throw e;
        } catch (DisabledException e) {
            // The password was right: the attempt is not a failure, the account is simply locked.
            attempts.succeeded(username, address);
            throw e;
        }
    }

    /** Such a password is checked as an empty one, so it fails like any wrong password and costs the same time. */
    private static boolean tooLong(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        return credentials != null
                && credentials.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

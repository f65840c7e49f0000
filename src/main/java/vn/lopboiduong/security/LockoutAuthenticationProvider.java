package vn.lopboiduong.security;

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

/**
 * Password sign-in with a lock-out. A locked name is refused before the password is checked, and a name is
 * counted the same whether or not the account exists. An account an administrator has disabled says so only after
 * the right password, so neither message tells a stranger which user names exist.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

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
        if (attempts.isLocked(username)) {
            throw new LockedException("Too many failed sign-ins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            if (attempts.recordFailure(username)) {
                throw new LockedException("Too many failed sign-ins", e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

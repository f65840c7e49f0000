package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/** Sign-in through the real provider and database: 5 failures in a row lock the name, whoever it belongs to. */
@SpringBootTest
class LockoutIntegrationTest {

    @Autowired
    LockoutAuthenticationProvider provider;

    @Autowired
    LoginAttemptService attempts;

    @Autowired
    UserService users;

    private void signIn(String username, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theRightPasswordSignsInAndGrantsTheRoles() {
        var result = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("organizer",
                "Demo@2025"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_ORGANIZER");
        assertThat(((PortalUser) result.getPrincipal()).getFullName()).isEqualTo("Nguyễn Thị Thu Hà");
    }

    @Test
    void fiveWrongPasswordsLockAnExistingAccountEvenAgainstTheRightOne() {
        String username = "viewer";
        try {
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class)
                        .isNotInstanceOf(LockedException.class);
            }
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(LockedException.class);
            assertThatThrownBy(() -> signIn(username, "Demo@2025")).isInstanceOf(LockedException.class);
        } finally {
            attempts.succeeded(username, null);
        }
        signIn(username, "Demo@2025");
    }

    @Test
    void anUnknownNameIsTreatedExactlyLikeAKnownOne() {
        String username = "khong-ton-tai";
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class)
                    .isNotInstanceOf(LockedException.class);
        }
        assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(LockedException.class);
        assertThat(attempts.isLocked("KHONG-TON-TAI")).isTrue();
        attempts.succeeded(username, null);
    }

    @Test
    void anAccountLockedByAnAdministratorSaysSoOnlyAfterTheRightPassword() {
        String username = "khoa" + java.util.UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.runAsSystem(() -> {
            var account = users.create(new UserAccount(username, "Đỗ Văn Khóa", java.util.EnumSet.of(Role.VIEWER)),
                    "Strong@2025");
            users.lock(account.requireId());
        });
        assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(username, "Strong@2025")).isInstanceOf(DisabledException.class);
        attempts.succeeded(username, null);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = "organizer";
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(username, "Demo@2025");
        assertThatThrownBy(() -> signIn(username, "wrong")).isInstanceOf(BadCredentialsException.class)
                .isNotInstanceOf(LockedException.class);
        attempts.succeeded(username, null);
    }
}

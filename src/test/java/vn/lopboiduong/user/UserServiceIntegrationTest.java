package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.SystemAuthentication;

/** Account rules against the real database (H2, or MySQL/MariaDB in the mysql run). */
@SpringBootTest
class UserServiceIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount newAccount(String username, Role... roles) {
        return SystemAuthentication.callAsSystem(() -> users.create(
                new UserAccount(username, "Trần Thị Test", EnumSet.of(roles[0], roles)), "Strong@2025"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void demoAccountsExistAndSearchIgnoresDiacritics() {
        var found = users.list(new UserService.Filter("nguyen thi thu ha", null), PageRequest.of(0, 10));
        assertThat(found).extracting(UserRow::username).containsExactly("organizer");
        assertThat(users.count(new UserService.Filter("NGUYỄN TRỌNG", true))).isEqualTo(1);
        assertThat(users.count(UserService.Filter.all())).isGreaterThanOrEqualTo(4);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void createsAnAccountWithAHashedPasswordAndVietnameseName() {
        String username = unique("hv");
        var account = new UserAccount(username, "Nguyễn Hùng Cường", EnumSet.of(Role.ORGANIZER));
        users.create(account, "Viettri@2025");

        UserAccount stored = repository.findByUsername(username).orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Nguyễn Hùng Cường");
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("Viettri@2025", stored.getPasswordHash())).isTrue();
        assertThat(stored.getCreatedBy()).isEqualTo("admin");
        assertThat(users.count(new UserService.Filter("nguyen hung cuong " + username, null))).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusesADuplicateUsernameOrAWeakPasswordAndStoresNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> users.create(new UserAccount("Organizer", "X", EnumSet.of(Role.VIEWER)),
                "Strong@2025")).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("user.error.username-taken");
        String username = unique("weak");
        assertThatThrownBy(() -> users.create(new UserAccount(username, "X", EnumSet.of(Role.VIEWER)),
                "password")).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("password.too-weak");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCannotLockOrDemoteThemself() {
        UserAccount self = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> users.lock(self.requireId())).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("user.error.self-lock");
        self.setRoles(EnumSet.of(Role.ORGANIZER));
        assertThatThrownBy(() -> users.update(self)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("user.error.self-demote");
        assertThat(repository.findByUsername("admin").orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    @WithMockUser(username = "another-admin", roles = "ADMIN")
    void theLastActiveAdminCannotBeLockedOrDemoted() {
        // The demo database has exactly one active administrator: "admin".
        assertThat(repository.countActiveWithRole(Role.ADMIN)).isEqualTo(1);
        UserAccount admin = repository.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> users.lock(admin.requireId())).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("user.error.last-admin");
        admin.setRoles(EnumSet.of(Role.VIEWER));
        assertThatThrownBy(() -> users.update(admin)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("user.error.last-admin");

        UserAccount second = newAccount(unique("admin"), Role.ADMIN);
        try {
            UserAccount locked = users.lock(second.requireId());
            assertThat(locked.isActive()).isFalse();
            assertThat(users.unlock(second.requireId()).isActive()).isTrue();
        } finally {
            users.lock(second.requireId());
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsOverwritten() {
        UserAccount created = newAccount(unique("race"), Role.VIEWER);
        UserAccount first = users.get(created.requireId()).orElseThrow();
        UserAccount second = users.get(created.requireId()).orElseThrow();

        first.setFullName("Bản của người thứ nhất");
        users.update(first);
        second.setFullName("Bản của người thứ hai");

        assertThatThrownBy(() -> users.update(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.get(created.requireId()).orElseThrow().getFullName()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> users.list(UserService.Filter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new UserAccount(unique("x"), "X", EnumSet.of(Role.ADMIN)),
                "Strong@2025")).isInstanceOf(AccessDeniedException.class);
        long adminId = repository.findByUsername("admin").orElseThrow().requireId();
        assertThatThrownBy(() -> users.lock(adminId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(adminId, "Hacked@2025"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername("admin").orElseThrow().isActive()).isTrue();
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> users.ownAccount()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyoneChangesOnlyTheirOwnPasswordAndLanguage() {
        String username = unique("gv");
        newAccount(username, Role.LECTURER);
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LECTURER")));
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> users.changeOwnPassword("Wrong@2025", "Newpass@2025"))
                    .isInstanceOf(BusinessException.class)
                    .extracting("messageKey").isEqualTo("profile.error.wrong-current-password");
            users.changeOwnPassword("Strong@2025", "Newpass@2025");
            assertThat(encoder.matches("Newpass@2025",
                    repository.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();

            users.changeOwnLocale(Locale.ENGLISH);
            assertThat(users.ownPreferredLocale()).contains(Locale.ENGLISH);
            assertThatThrownBy(() -> users.list(UserService.Filter.all(), PageRequest.of(0, 1)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}

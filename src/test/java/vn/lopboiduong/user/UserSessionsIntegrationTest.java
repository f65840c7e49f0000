package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.lopboiduong.security.PortalUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.SystemAuthentication;

/**
 * Taking access away ends the user's open sessions at once (registry entry expired, HTTP session and so its Vaadin
 * session invalidated): locking, removing a role, a password reset, and changing one's own password, which keeps
 * only the session it was changed in. Each such change is written to the audit log, without the password.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class UserSessionsIntegrationTest {

    private static final String PASSWORD = "Strong@2025";

    @Autowired
    UserService users;

    @Autowired
    SessionRegistry registry;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private UserAccount newAccount(Role... roles) {
        String username = "phien" + UUID.randomUUID().toString().substring(0, 8);
        return SystemAuthentication.callAsSystem(() -> users.create(
                new UserAccount(username, "Vũ Thị Phiên", EnumSet.of(roles[0], roles)), PASSWORD));
    }

    /** A signed-in session of that user, as the servlet container and Spring Security would record it. */
    private MockHttpSession openSession(String username) {
        var session = new MockHttpSession();
        events.publishEvent(new HttpSessionCreatedEvent(session));
        registry.registerNewSession(session.getId(), new PortalUser(username, "", true, username, List.of()));
        return session;
    }

    private boolean ended(MockHttpSession session) {
        return session.isInvalid() && registry.getSessionInformation(session.getId()).isExpired();
    }

    @Test
    void lockingEndsEverySessionOfThatUserOnly() {
        UserAccount account = newAccount(Role.VIEWER);
        MockHttpSession first = openSession(account.getUsername());
        MockHttpSession second = openSession(account.getUsername());
        MockHttpSession someoneElse = openSession("viewer");

        users.lock(account.requireId());

        assertThat(ended(first)).isTrue();
        assertThat(ended(second)).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(someoneElse.getId()).isExpired()).isFalse();
    }

    @Test
    void removingARoleEndsTheSessionsButAddingOneDoesNot() {
        UserAccount account = newAccount(Role.ORGANIZER, Role.VIEWER);
        MockHttpSession session = openSession(account.getUsername());

        UserAccount more = users.get(account.requireId()).orElseThrow();
        more.setRoles(EnumSet.of(Role.ORGANIZER, Role.VIEWER, Role.LECTURER));
        users.update(more);
        assertThat(session.isInvalid()).isFalse();

        UserAccount fewer = users.get(account.requireId()).orElseThrow();
        fewer.setRoles(EnumSet.of(Role.VIEWER));
        users.update(fewer);
        assertThat(ended(session)).isTrue();
    }

    @Test
    void aPasswordResetEndsTheSessions() {
        UserAccount account = newAccount(Role.VIEWER);
        MockHttpSession session = openSession(account.getUsername());

        users.resetPassword(account.requireId(), "Reset@2026x");

        assertThat(ended(session)).isTrue();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        UserAccount account = newAccount(Role.VIEWER);
        MockHttpSession current = openSession(account.getUsername());
        MockHttpSession elsewhere = openSession(account.getUsername());
        var request = new MockHttpServletRequest();
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                List.of()));
        SecurityContextHolder.setContext(context);

        users.changeOwnPassword(PASSWORD, "Newer@2026x");

        assertThat(current.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(current.getId()).isExpired()).isFalse();
        assertThat(ended(elsewhere)).isTrue();
    }

    @Test
    void accountChangesGoToTheAuditLogWithoutPasswords(CapturedOutput output) {
        UserAccount account = newAccount(Role.ORGANIZER, Role.VIEWER);
        String name = account.getUsername();
        UserAccount fewer = users.get(account.requireId()).orElseThrow();
        fewer.setRoles(EnumSet.of(Role.VIEWER));
        users.update(fewer);
        users.resetPassword(account.requireId(), "Audit@2026x");
        users.lock(account.requireId());
        users.unlock(account.requireId());

        assertThat(output.getOut()).contains("security.audit")
                .contains("Roles of '" + name + "' changed from [ORGANIZER, VIEWER] to [VIEWER] by admin")
                .contains("Password of '" + name + "' reset by admin")
                .contains("Account '" + name + "' locked by admin")
                .contains("Account '" + name + "' unlocked (sign-in lock-out lifted) by admin")
                .doesNotContain("Audit@2026x");
    }
}

package vn.lopboiduong.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.lopboiduong.security.AddressThrottledException;
import vn.lopboiduong.security.LastUsernameFailureHandler;

// Not the default lock-out rule, so that the error texts are seen to name the configured one.
@SpringBootTest(properties = {"app.security.max-failed-logins=7", "app.security.lockout=20m"})
class LoginViewTest extends SpringBrowserlessTest {

    private static void failedSignIn(String username) {
        var session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
        session.setAttribute(LastUsernameFailureHandler.LAST_USERNAME, username);
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
    }

    @Test
    void afterAFailedSignInTheFormKeepsTheUserName() {
        failedSignIn("organizer");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.outcome()).isEqualTo(LoginView.Outcome.BAD_CREDENTIALS);
        assertThat(view.lastUsername()).isEqualTo("organizer");
        assertThat(view.errorMessage()).contains("7 ", "20 ").doesNotContain("{");
    }

    @Test
    void aLockedNameIsToldTheConfiguredWait() {
        var session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("Locked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.outcome()).isEqualTo(LoginView.Outcome.LOCKED);
        assertThat(view.errorMessage()).contains("7 ", "20 ").doesNotContain("{");
    }

    @Test
    void anAddressThatFailedTooOftenIsToldSoApartFromALockedName() {
        assertThat(LoginView.outcomeOf(new AddressThrottledException("x"))).isEqualTo(LoginView.Outcome.THROTTLED);
        assertThat(LoginView.outcomeOf(new LockedException("x"))).isEqualTo(LoginView.Outcome.LOCKED);
    }

    @Test
    void aFreshSignInPageStartsEmpty() {
        failedSignIn("organizer");
        LoginView view = navigate("login", LoginView.class);
        assertThat(view.lastUsername()).isEmpty();
    }
}

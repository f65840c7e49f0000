package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class LastUsernameFailureHandlerTest {

    @Test
    void aFailedSignInRemembersTheNameTypedAndGoesBackToTheForm() throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", " organizer ");
        request.setParameter("password", "Sai@2025");
        var response = new MockHttpServletResponse();

        new LastUsernameFailureHandler().onAuthenticationFailure(request, response,
                new BadCredentialsException("Bad credentials"));

        assertThat(request.getSession().getAttribute(LastUsernameFailureHandler.LAST_USERNAME))
                .isEqualTo("organizer");
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }
}

package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RoleLandingSuccessHandlerTest {

    private static String landingOf(String... roles) throws Exception {
        var authorities = java.util.Arrays.stream(roles).map(SimpleGrantedAuthority::new).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated("someone", null, authorities);
        var response = new MockHttpServletResponse();
        new RoleLandingSuccessHandler().onAuthenticationSuccess(new MockHttpServletRequest("POST", "/login"),
                response, auth);
        return response.getRedirectedUrl();
    }

    @Test
    void lecturersLandOnTheirOwnPageAndEveryoneElseOnTheDashboard() throws Exception {
        assertThat(landingOf("ROLE_LECTURER", "FACTOR_PASSWORD")).isEqualTo("/my");
        assertThat(landingOf("ROLE_ORGANIZER")).isEqualTo("/");
        assertThat(landingOf("ROLE_LECTURER", "ROLE_ADMIN")).isEqualTo("/");
        assertThat(List.of(landingOf("ROLE_VIEWER"))).containsExactly("/");
    }
}

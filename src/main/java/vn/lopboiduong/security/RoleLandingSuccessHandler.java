package vn.lopboiduong.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * After sign-in, a lecturer (with no other role) goes straight to their own page "/my"; everyone else to "/".
 * A page the user asked for before signing in still wins, as Vaadin's handler does it.
 */
class RoleLandingSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String LECTURER_HOME = "/my";

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return isLecturerOnly(authentication) ? LECTURER_HOME
                : super.determineTargetUrl(request, response, authentication);
    }

    static boolean isLecturerOnly(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .collect(java.util.stream.Collectors.toSet());
        return roles.equals(Set.of(Role.LECTURER.authority()));
    }
}

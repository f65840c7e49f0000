package vn.lopboiduong.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, read from Spring Security's context: usable in services and views alike. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public static String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public static Set<Role> roles() {
        return authentication()
                .map(auth -> auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .flatMap(authority -> Arrays.stream(Role.values())
                                .filter(role -> role.authority().equals(authority)))
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    public static boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** An administrator or a member of the organizing committee: may change course data. */
    public static boolean isCommittee() {
        return hasRole(Role.ADMIN) || hasRole(Role.ORGANIZER);
    }

    /** A lecturer with no other role: lands on their own page and sees only their own work. */
    public static boolean isLecturerOnly() {
        return roles().equals(Set.of(Role.LECTURER));
    }

    /** The display name when the principal carries one, else the username. */
    public static Optional<String> displayName() {
        return authentication().map(auth -> auth.getPrincipal() instanceof PortalUser user
                ? user.getFullName() : auth.getName());
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}

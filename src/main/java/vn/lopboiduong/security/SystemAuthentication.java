package vn.lopboiduong.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up jobs (first administrator, demo data) go through the same secured services as people do, signed in as
 * the system with the administrator role for the duration of the job only.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USERNAME = "system";

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> job) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USERNAME, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return job.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable job) {
        callAsSystem(() -> {
            job.run();
            return null;
        });
    }
}

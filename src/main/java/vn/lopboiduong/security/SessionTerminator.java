package vn.lopboiduong.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's open sessions when their access changes. Spring Security's session registry knows which sessions
 * belong to whom; this keeps the sessions themselves so that it can invalidate them at once, which also closes their
 * Vaadin sessions: the next click of that user lands on the sign-in page, heartbeat or not.
 */
@Component
class SessionTerminator {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = sessions.remove(event.getOldSessionId());
        if (session != null) {
            sessions.put(event.getNewSessionId(), session);
        }
    }

    /** After the change is committed (or at once outside a transaction), so a refused change ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void accessRevoked(AccessRevoked event) {
        String keep = event.keepCurrentSession() ? currentSessionId() : null;
        registry.getAllPrincipals().stream()
                .filter(principal -> event.username().equals(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(info -> !info.getSessionId().equals(keep))
                .forEach(this::end);
    }

    private void end(SessionInformation info) {
        info.expireNow();
        HttpSession session = sessions.remove(info.getSessionId());
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // It ended on its own meanwhile.
            }
        }
    }

    private static @Nullable String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : Objects.toString(principal, null);
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}

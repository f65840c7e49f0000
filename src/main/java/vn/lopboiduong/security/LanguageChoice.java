package vn.lopboiduong.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;

/** The language picked on the sign-in page, kept in the session until the user's own setting takes over. */
public final class LanguageChoice {

    private static final String ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    public static void remember(VaadinSession session, Locale locale) {
        session.setAttribute(ATTRIBUTE, locale);
    }

    public static Optional<Locale> of(VaadinSession session) {
        return Optional.ofNullable((Locale) session.getAttribute(ATTRIBUTE));
    }
}

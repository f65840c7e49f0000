package vn.lopboiduong.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.LanguageChoice;

/**
 * Chooses each new UI's language: the signed-in user's own setting, else the one picked on the sign-in page, else
 * Vietnamese. The browser's language is deliberately ignored: the portal speaks Vietnamese unless asked not to.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final LocalePreferences preferences;

    LocaleInitializer(LocalePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ui.setLocale(localeFor(ui.getSession()));
        });
    }

    private Locale localeFor(com.vaadin.flow.server.VaadinSession session) {
        if (CurrentUser.username().isPresent()) {
            var own = preferences.ownPreferredLocale();
            if (own.isPresent()) {
                return TranslationProvider.supported(own.get());
            }
        }
        return LanguageChoice.of(session).orElse(TranslationProvider.VIETNAMESE);
    }
}

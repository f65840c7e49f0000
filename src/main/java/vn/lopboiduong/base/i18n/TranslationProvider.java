package vn.lopboiduong.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI text comes from {@code i18n/messages_vi.properties} (the default) or {@code messages_en.properties}.
 * The bundles do not fall back to the JVM's locale, so a server set to English still shows Vietnamese by default.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation key '{}' for locale {}", key, bundle.getLocale());
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
    }

    /** The supported locale closest to the given one: English for English, Vietnamese for everything else. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Translation bundle " + BUNDLE + " is missing for " + locale, e);
        }
    }
}

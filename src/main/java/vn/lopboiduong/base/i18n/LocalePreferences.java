package vn.lopboiduong.base.i18n;

import java.util.Locale;
import java.util.Optional;

/** The signed-in user's chosen language, kept with their account (the user feature implements it). */
public interface LocalePreferences {

    Optional<Locale> ownPreferredLocale();

    void changeOwnLocale(Locale locale);
}

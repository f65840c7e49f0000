package vn.lopboiduong.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.lopboiduong.security.AddressThrottledException;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.LanguageChoice;
import vn.lopboiduong.security.LastUsernameFailureHandler;
import vn.lopboiduong.security.SecurityProperties;

/** The sign-in page. Spring Security handles the form post; this view only shows the form and its outcome. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Which message the page shows after a failed sign-in. */
    enum Outcome { NONE, BAD_CREDENTIALS, LOCKED, THROTTLED, DISABLED }

    final LoginForm form = new LoginForm();
    private Outcome outcome = Outcome.NONE;
    private String lastUsername = "";
    private String errorMessage = "";
    private final SecurityProperties security;

    public LoginView(SecurityProperties security) {
        this.security = security;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(card());
    }

    private Component card() {
        var brand = new Div();
        brand.addClassName("login-brand");
        var title = new H1(getTranslation("app.name"));
        var subtitle = new Paragraph(getTranslation("app.tagline"));
        brand.add(title, subtitle);

        var languages = new Div();
        for (Locale locale : VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales()) {
            languages.add(languageButton(locale, "language." + locale.getLanguage()));
        }
        languages.addClassName("login-languages");

        var card = new Div(brand, form, languages);
        card.addClassName("login-card");
        return card;
    }

    private Button languageButton(Locale locale, String key) {
        var button = new Button(getTranslation(key), click -> {
            LanguageChoice.remember(VaadinSession.getCurrent(), locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.username().isPresent()) {
            // Someone already signed in has nothing to do here. This also rescues a sign-in whose redirect the
            // Vaadin client cancelled by reloading this page (the login form's own request races the form post
            // across the session id change: vaadin/flow#12640).
            event.forwardTo(CurrentUser.isLecturerOnly() ? "my" : "");
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        outcome = failed ? outcomeOf(sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)) : Outcome.NONE;
        form.setI18n(i18n(outcome));
        form.setError(outcome != Outcome.NONE);
        lastUsername = failed && sessionAttribute(LastUsernameFailureHandler.LAST_USERNAME) instanceof String name
                ? name : "";
        if (!lastUsername.isEmpty()) {
            // LoginForm has no Java API for its fields: fill the name in once the form has drawn them, and put
            // the cursor in the password field.
            form.getElement().executeJs("const form = this;"
                    + "customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {"
                    + "  const name = form.querySelector('#vaadinLoginUsername');"
                    + "  if (name) { name.value = $0; }"
                    + "  const password = form.querySelector('#vaadinLoginPassword');"
                    + "  if (password) { password.focus(); }"
                    + "});", lastUsername);
        }
    }

    /** The user name of the failed sign-in being reported, or empty. */
    String lastUsername() {
        return lastUsername;
    }

    /** The text under the error's title that the form shows (LoginForm keeps its texts to itself). */
    String errorMessage() {
        return errorMessage;
    }

    Outcome outcome() {
        return outcome;
    }

    static Outcome outcomeOf(@Nullable Object error) {
        if (error instanceof AddressThrottledException) {
            return Outcome.THROTTLED;
        }
        if (error instanceof LockedException) {
            return Outcome.LOCKED;
        }
        if (error instanceof DisabledException) {
            return Outcome.DISABLED;
        }
        return Outcome.BAD_CREDENTIALS;
    }

    private static @Nullable Object sessionAttribute(String name) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return null;
        }
        HttpSession session = request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(name);
    }

    private LoginI18n i18n(Outcome shown) {
        LoginI18n i18n = LoginI18n.createDefault();
        var formTexts = new LoginI18n.Form();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(formTexts);

        var error = new LoginI18n.ErrorMessage();
        String key = switch (shown) {
            case LOCKED -> "login.error.locked";
            case THROTTLED -> "login.error.throttled";
            case DISABLED -> "login.error.disabled";
            default -> "login.error.bad";
        };
        error.setTitle(getTranslation(key + ".title"));
        // The texts name the lock-out rule, which is configurable: {0} failures in a row lock for {1} minutes.
        errorMessage = getTranslation(key + ".message", security.maxFailedLogins(), security.lockout().toMinutes());
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}

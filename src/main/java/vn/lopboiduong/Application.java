package vn.lopboiduong;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The training-class portal: a Vaadin Flow application on Spring Boot. Deliberately not a PWA: an office portal
 * needs no offline mode, and the manifest's icons were fetched through the Vaadin servlet, which opened a new,
 * anonymous session when such a request carried the session id a sign-in had just replaced.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/portal.css")
// A static file, not part of the frontend bundle, so its rules change without a Node build; at Vaadin's default
// address, which Vaadin's security configuration serves to anyone (the login page too).
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // Served as a static file, before any session lookup.
        settings.addFavIcon("icon", "favicon.png", "32x32");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}

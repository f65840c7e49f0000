package vn.lopboiduong.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.lopboiduong.security.ui.LoginView;


/**
 * Views are protected by Vaadin's navigation access control (their {@code @RolesAllowed}), services by method
 * security ({@code @PreAuthorize}). JSR-250 method security stays off so that views are not proxied.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {


    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .with(new RoleLanding(), landing -> { })
                .build();
    }

    /**
     * Replaces the success handler that Vaadin's configurer installs (it initialises first, so this one, added
     * after it, has the last word) with one that lands lecturers on their own page.
     */
    static final class RoleLanding extends AbstractHttpConfigurer<RoleLanding, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.successHandler(new RoleLandingSuccessHandler()));
        }
    }

    /** BCrypt for new hashes; the {id} prefix lets a later algorithm take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LockoutAuthenticationProvider lockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            LoginAttemptService attempts) {
        return new LockoutAuthenticationProvider(users, encoder, attempts);
    }
}

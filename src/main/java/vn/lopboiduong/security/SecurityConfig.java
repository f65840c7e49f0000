package vn.lopboiduong.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.lopboiduong.security.ui.LoginView;


/**
 * Views are protected by Vaadin's navigation access control (their {@code @RolesAllowed}), services by method
 * security ({@code @PreAuthorize}). JSR-250 method security stays off so that views are not proxied.
 * Every session is registered by user, so that taking access away can end that user's sessions. Scheduling runs
 * the purge of stale sign-in counts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableScheduling
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .with(new SignInHandlers(), landing -> { })
                .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login"))
                // Page addresses (a class id, a search) do not leave the portal in the Referer header. Headers are
                // written before the request is handled: Vaadin's page responses otherwise go out without them.
                // Frames from the portal itself stay allowed, as Vaadin's own header says.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.sameOrigin())
                        .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }))
                .build();
    }

    /**
     * Replaces the success and failure handlers that Vaadin's configurer installs (it initialises first, so this
     * one, added after it, has the last word): lecturers land on their own page, and a failed sign-in keeps the
     * name typed.
     */
    static final class SignInHandlers extends AbstractHttpConfigurer<SignInHandlers, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.successHandler(new RoleLandingSuccessHandler())
                    .failureHandler(new LastUsernameFailureHandler()));
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and {@link SessionTerminator}) when sessions start, end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
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

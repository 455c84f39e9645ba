package com.headroom.security;

import com.headroom.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the pages may load: only Headroom itself. Vaadin's production bundle needs
     * inline scripts and {@code eval} (its client runs the server's JavaScript calls
     * through {@code new Function}) and inline styles; nothing else is allowed in.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionActivityRegistry sessionRegistry,
            RequestUtil requestUtil, Clock clock,
            @Value("${headroom.session.absolute-lifetime:12h}") Duration absoluteLifetime, SignInThrottle throttle,
            ApplicationEventPublisher events) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // The tab icon shows on the login page too, before anyone has signed in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/favicon.ico", "/favicon.svg").permitAll());
        // A new session id at sign-in (no fixation), and a registry in the database so
        // that
        // deactivating an account on any node ends the sessions it has on every node.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
            .maximumSessions(-1)
            .sessionRegistry(sessionRegistry)
            .expiredUrl("/login"));
        // Next to the 30 idle minutes, an absolute lifetime: an older session ends at its
        // next request.
        http.addFilterBefore(new SessionLifetimeFilter(sessionRegistry, absoluteLifetime, clock),
                ConcurrentSessionFilter.class);
        // nosniff and no framing are Spring Security's defaults; HSTS is sent only over
        // HTTPS.
        http.headers(headers -> {
            // Written before the servlet runs: written on commit, they were lost on
            // Vaadin's pages
            // (which then set only their own X-Frame-Options).
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        // Vaadin's own requests carry Vaadin's CSRF token; Vaadin would also let the
        // sign-in POST go
        // without Spring's, which allows login CSRF. The login form sends the token from
        // the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Throttled sign-in tries stop here, after the CSRF check and before the password
        // is checked.
        http.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        // Vaadin's sign-out runs the handlers configured here: the audit log learns who
        // left, from where.
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.isAuthenticated()) {
                events.publishEvent(new SignInEvent(SignInEvent.Outcome.SIGNED_OUT,
                        SignInThrottle.normalize(authentication.getName()), request.getRemoteAddr(), Duration.ZERO));
            }
        }));
        return http
            .with(VaadinSecurityConfigurer.vaadin(),
                    vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
            .build();
    }

    /**
     * Delegating encoder: bcrypt today, and stored hashes say which algorithm made them.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

}

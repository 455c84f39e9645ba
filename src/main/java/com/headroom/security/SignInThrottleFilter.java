package com.headroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before Spring Security's form sign-in: a try the throttle refuses goes back to
 * the login page with how long to wait, and never reaches the password check (so it costs
 * no bcrypt). After the sign-in filter has run, the outcome is known: a success gives the
 * try back. Every try is published for the audit log. Not a bean, so that Spring Boot
 * does not also register it outside the security chain.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;

    private final ApplicationEventPublisher events;

    SignInThrottleFilter(SignInThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signIn.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String email = SignInThrottle.normalize(request.getParameter("username"));
        // With server.forward-headers-strategy=native, Tomcat has already put the proxy's
        // X-Forwarded-For here, and only when the proxy is a trusted (private) address.
        String address = request.getRemoteAddr();
        throttle.prepare(email, address);
        var verdict = throttle.claim(email, address);
        if (!verdict.allowed()) {
            events.publishEvent(new SignInEvent(SignInEvent.Outcome.THROTTLED, email, address, verdict.delay()));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + verdict.waitMinutes());
            return;
        }
        chain.doFilter(request, response);
        var authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn) {
            throttle.succeeded(email, address);
        }
        events.publishEvent(new SignInEvent(signedIn ? SignInEvent.Outcome.SIGNED_IN : SignInEvent.Outcome.FAILED,
                email, address, Duration.ZERO));
    }

}

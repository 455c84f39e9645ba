package com.headroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session older than it is expired at its next request,
 * whatever its activity, so that a stolen or forgotten session cannot be kept alive
 * forever by use. It runs just before Spring's {@code ConcurrentSessionFilter}, which
 * then signs the expired session out (invalidating it) and sends the browser to the login
 * page, as it does for every session ended from elsewhere. Also notes when each session
 * was last used, and by which browser. A signed-in session the database has no record of
 * (its record was cleaned up, or the database restored) is signed out the same way.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final SessionActivityRegistry registry;

    private final Duration lifetime;

    private final Clock clock;

    SessionLifetimeFilter(SessionActivityRegistry registry, Duration lifetime, Clock clock) {
        this.registry = registry;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            var information = registry.getSessionInformation(session.getId());
            if (information == null && signedIn()) {
                registry.signOutUnrecorded(session.getId());
            }
            else if (information != null && !information.isExpired()) {
                var activity = registry.activityOf(session.getId());
                if (activity.isPresent() && !clock.instant().isBefore(activity.get().startedAt().plus(lifetime))) {
                    registry.expire(session.getId());
                }
                else if (!isHeartbeat(request)) {
                    registry.seen(session.getId(), request.getHeader("User-Agent"));
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof HeadroomUser;
    }

    /**
     * Vaadin's heartbeat says a tab is open, not that anyone used it ("last seen" means
     * used).
     */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }

}

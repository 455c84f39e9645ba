package com.headroom.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.stereotype.Component;

/**
 * The open sessions of an account: listing them for their owner, and ending them, e.g.
 * when an admin deactivates the account or its owner changes their password. Ending
 * expires the session in the registry; its next request meets Spring's
 * {@code ConcurrentSessionFilter}, which invalidates it and sends the browser to the
 * login page.
 */
@Component
public class SignedInSessions {

    /**
     * One open session as its owner sees it; {@code thisBrowser} is the session asking.
     */
    public record OpenSession(String browser, Instant startedAt, Instant lastSeenAt, boolean thisBrowser) {
    }

    private final SessionActivityRegistry registry;

    SignedInSessions(SessionActivityRegistry registry) {
        this.registry = registry;
    }

    /** The account's sessions not yet ended, the one most recently used first. */
    public List<OpenSession> openSessionsOf(String email, @Nullable String thisSessionId) {
        var open = new ArrayList<OpenSession>();
        for (SessionInformation session : sessionsOf(email)) {
            registry.activityOf(session.getSessionId())
                .ifPresent(activity -> open.add(new OpenSession(UserAgents.describe(activity.userAgent()),
                        activity.startedAt(), activity.lastSeenAt(), session.getSessionId().equals(thisSessionId))));
        }
        open.sort(Comparator.comparing(OpenSession::lastSeenAt).reversed());
        return open;
    }

    /** Expires every session of the account with this login e-mail; returns how many. */
    public int endAllFor(String email) {
        return endAllExcept(email, null);
    }

    /**
     * Expires every session of the account but the one with {@code keepSessionId};
     * returns how many.
     */
    public int endAllExcept(String email, @Nullable String keepSessionId) {
        int ended = 0;
        for (SessionInformation session : sessionsOf(email)) {
            if (!Objects.equals(session.getSessionId(), keepSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    /** How many sessions {@link #endAllExcept} would end now. */
    public int countExcept(String email, @Nullable String keepSessionId) {
        return (int) sessionsOf(email).stream().filter(s -> !Objects.equals(s.getSessionId(), keepSessionId)).count();
    }

    private List<SessionInformation> sessionsOf(String email) {
        var sessions = new ArrayList<SessionInformation>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof HeadroomUser user && user.email().equalsIgnoreCase(email)) {
                sessions.addAll(registry.getAllSessions(principal, false));
            }
        }
        return sessions;
    }

}

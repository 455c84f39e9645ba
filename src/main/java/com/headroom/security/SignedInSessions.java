package com.headroom.security;

import com.headroom.security.SignedInSessionStore.Row;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The open sessions of an account, on every app node: listing them for their owner, and
 * ending them, e.g. when an admin deactivates the account or its owner changes their
 * password. Ending marks the sessions ended in the database; each node refuses its ended
 * sessions within seconds (see {@link SessionActivityRegistry}), signing them out and
 * sending the browser to the login page.
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
        String thisKey = thisSessionId == null ? null : SessionActivityRegistry.key(thisSessionId);
        return registry.openSessionsOf(email)
            .stream()
            .map(row -> new OpenSession(UserAgents.describe(row.userAgent()), row.startedAt(), row.lastSeenAt(),
                    row.sessionKey().equals(thisKey)))
            .toList();
    }

    /** Ends every session of the account with this login e-mail; returns how many. */
    public int endAllFor(String email) {
        return endAllExcept(email, null);
    }

    /**
     * Ends every session of the account but the one with {@code keepSessionId}; returns
     * how many.
     */
    public int endAllExcept(String email, @Nullable String keepSessionId) {
        return registry.endAllExcept(email, keepSessionId);
    }

    /** How many sessions {@link #endAllExcept} would end now. */
    public int countExcept(String email, @Nullable String keepSessionId) {
        String keepKey = keepSessionId == null ? null : SessionActivityRegistry.key(keepSessionId);
        return (int) registry.openSessionsOf(email)
            .stream()
            .map(Row::sessionKey)
            .filter(key -> !Objects.equals(key, keepKey))
            .count();
    }

}

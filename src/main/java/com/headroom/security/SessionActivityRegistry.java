package com.headroom.security;

import com.headroom.security.SignedInSessionStore.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security's session registry, kept in the database so that every app node sees
 * every session: ending an account's sessions on one node (deactivation, a role change, a
 * new password, "sign out everywhere else") ends them on all. Each node re-reads a
 * session of its own at most every {@link #recheck} (2 seconds unless configured), so a
 * session ended elsewhere is refused within that time; Spring's
 * {@code ConcurrentSessionFilter} then signs it out and sends the browser to the login
 * page.
 *
 * <p>
 * Also what a person needs to recognise their sessions and what the absolute lifetime is
 * measured from: when each began, when it was last used and from which browser, all read
 * from the application's {@link Clock}. "Last used" is written at most once a minute per
 * session, not on every click.
 */
@Component
public class SessionActivityRegistry implements SessionRegistry, ApplicationListener<AbstractSessionEvent> {

    /** One signed-in session's times and browser. */
    public record Activity(Instant startedAt, Instant lastSeenAt, @Nullable String userAgent) {
    }

    /** "Last used" is written this often at most; the sessions page shows minutes. */
    static final Duration SEEN_WRITTEN_EVERY = Duration.ofMinutes(1);

    /**
     * While the database cannot be reached (a Galera node failing over), a node goes on
     * with what it last read for this long, then refuses.
     */
    static final Duration STALE_AT_MOST = Duration.ofSeconds(30);

    /**
     * What this node last read of one of its sessions, and when; {@code row} is null for
     * a session nobody signed in to.
     */
    private record Known(@Nullable Row row, Instant readAt, boolean signedOutHere) {
    }

    /** Only this node's sessions, each dropped when the session ends. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private final SignedInSessionStore store;

    private final Clock clock;

    private final String nodeName;

    private final Duration recheck;

    private final Duration idleTimeout;

    SessionActivityRegistry(SignedInSessionStore store, Clock clock, NodeName nodeName,
            @Value("${headroom.session.recheck:2s}") Duration recheck,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.store = store;
        this.clock = clock;
        this.nodeName = nodeName.get();
        this.recheck = recheck;
        this.idleTimeout = idleTimeout;
    }

    /** Called at sign-in, with the session's new id: the absolute lifetime starts now. */
    @Override
    public void registerNewSession(String sessionId, Object principal) {
        store.insert(key(sessionId), emailOf(principal), nodeName, clock.instant());
        known.remove(sessionId);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        known.remove(sessionId);
        store.delete(key(sessionId));
    }

    /**
     * The session as the database last said, at most {@link #recheck} ago: expired once
     * it was ended on any node, or signed in without a record (see
     * {@link #signOutUnrecorded}).
     */
    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        var was = known.get(sessionId);
        if (was != null && was.signedOutHere()) {
            var information = new SessionInformation("", sessionId, Date.from(was.readAt()));
            information.expireNow();
            return information;
        }
        return current(sessionId).map(row -> {
            var information = new SessionInformation(row.accountEmail(), sessionId, Date.from(row.lastSeenAt()));
            if (row.ended()) {
                information.expireNow();
            }
            return information;
        }).orElse(null);
    }

    /** The tail of every request of a session: {@link #seen} does the work. */
    @Override
    public void refreshLastRequest(String sessionId) {
    }

    /**
     * The accounts this node holds sessions for (Spring's API; Headroom asks by e-mail).
     */
    @Override
    public List<Object> getAllPrincipals() {
        return known.values()
            .stream()
            .map(Known::row)
            .filter(Objects::nonNull)
            .map(row -> (Object) row.accountEmail())
            .distinct()
            .toList();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        var sessions = new ArrayList<SessionInformation>();
        for (Row row : store.openOf(emailOf(principal), aliveSince())) {
            sessions.add(new SessionInformation(row.accountEmail(), row.sessionKey(), Date.from(row.lastSeenAt())));
        }
        return sessions;
    }

    /**
     * A session whose id changes keeps its row and its start: a new id must not renew the
     * absolute lifetime. An ended session's row goes with it.
     */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionIdChangedEvent changed) {
            store.rekey(key(changed.getOldSessionId()), key(changed.getNewSessionId()));
            known.remove(changed.getOldSessionId());
            known.remove(changed.getNewSessionId());
        }
        else if (event instanceof SessionDestroyedEvent destroyed) {
            removeSessionInformation(destroyed.getId());
        }
    }

    /**
     * A request of the person in this session (not Vaadin's heartbeat), from this
     * browser.
     */
    public void seen(String sessionId, @Nullable String userAgent) {
        var row = current(sessionId).orElse(null);
        if (row == null || row.ended()) {
            return;
        }
        Instant now = clock.instant();
        String newBrowser = userAgent != null && !userAgent.isBlank() && !userAgent.equals(row.userAgent()) ? userAgent
                : null;
        if (newBrowser == null && now.isBefore(row.lastSeenAt().plus(SEEN_WRITTEN_EVERY))
                && !now.isBefore(row.lastSeenAt())) {
            return;
        }
        store.seen(row.sessionKey(), now, newBrowser);
        var written = new Row(row.sessionKey(), row.accountEmail(), row.nodeName(), row.startedAt(), now,
                newBrowser == null ? row.userAgent() : newBrowser, null);
        known.put(sessionId, new Known(written, now, false));
    }

    public Optional<Activity> activityOf(String sessionId) {
        return current(sessionId).map(row -> new Activity(row.startedAt(), row.lastSeenAt(), row.userAgent()));
    }

    /** Ends one session (its absolute lifetime is over), on every node. */
    void expire(String sessionId) {
        store.end(key(sessionId), clock.instant());
        known.remove(sessionId);
    }

    /**
     * A session that is signed in but has no record (deleted by the clean-up, or lost
     * with a restored database) is signed out: nothing can end it otherwise.
     */
    void signOutUnrecorded(String sessionId) {
        known.put(sessionId, new Known(null, clock.instant(), true));
    }

    /** Whether the database has a record of this session at all. */
    boolean isRecorded(String sessionId) {
        return current(sessionId).isPresent();
    }

    // ---- Asked by SignedInSessions. ----

    /** The account's open sessions, the one most recently used first. */
    List<Row> openSessionsOf(String email) {
        return store.openOf(email, aliveSince());
    }

    /** Ends every session of the account but {@code keepSessionId}; returns how many. */
    int endAllExcept(String email, @Nullable String keepSessionId) {
        int ended = store.endAllExcept(email, keepSessionId == null ? null : key(keepSessionId), clock.instant());
        // This node's own copies go at once; the other nodes' within their recheck.
        known.entrySet()
            .removeIf(entry -> entry.getValue().row() != null
                    && entry.getValue().row().accountEmail().equalsIgnoreCase(email.strip())
                    && !entry.getKey().equals(keepSessionId));
        return ended;
    }

    /**
     * Deletes the records of sessions that cannot be alive any more (their node stopped
     * without saying, or they were ended); returns how many. The housekeeping job runs it
     * hourly.
     */
    public int forgetGoneSessions(Duration absoluteLifetime) {
        Instant now = clock.instant();
        return store.deleteGone(now.minus(absoluteLifetime).minus(Duration.ofHours(1)), aliveSince(),
                now.minus(Duration.ofHours(1)));
    }

    static String key(String sessionId) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Sessions used since then may still be alive: the idle timeout, plus an hour for
     * Vaadin's heartbeats and for "last used" being written once a minute.
     */
    private Instant aliveSince() {
        return clock.instant().minus(idleTimeout).minus(Duration.ofHours(1));
    }

    private Optional<Row> current(String sessionId) {
        Instant now = clock.instant();
        var was = known.get(sessionId);
        if (was != null && !now.isBefore(was.readAt()) && now.isBefore(was.readAt().plus(recheck))) {
            return Optional.ofNullable(was.row());
        }
        try {
            var row = store.find(key(sessionId));
            known.put(sessionId, new Known(row.orElse(null), now, false));
            return row;
        }
        catch (DataAccessException unreachable) {
            if (was != null && now.isBefore(was.readAt().plus(STALE_AT_MOST))) {
                return Optional.ofNullable(was.row());
            }
            throw unreachable;
        }
    }

    private static String emailOf(Object principal) {
        if (principal instanceof HeadroomUser user) {
            return user.email();
        }
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        return String.valueOf(principal);
    }

}

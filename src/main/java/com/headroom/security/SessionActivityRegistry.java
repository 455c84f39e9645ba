package com.headroom.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Spring's in-memory session registry, plus what a person needs to recognise their
 * sessions and what the absolute lifetime is measured from: when each began, when it was
 * last used and from which browser, all read from the application's {@link Clock}
 * (Spring's own last-request date is the system's, which tests cannot move).
 */
public final class SessionActivityRegistry extends SessionRegistryImpl {

    /** One signed-in session's times and browser. */
    public record Activity(Instant startedAt, Instant lastSeenAt, @Nullable String userAgent) {
    }

    private final Map<String, Activity> activity = new ConcurrentHashMap<>();

    private final Clock clock;

    public SessionActivityRegistry(Clock clock) {
        this.clock = clock;
    }

    /** Called at sign-in, with the session's new id: the absolute lifetime starts now. */
    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        Instant now = clock.instant();
        activity.putIfAbsent(sessionId, new Activity(now, now, null));
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        activity.remove(sessionId);
    }

    /**
     * A session whose id changes keeps its start: a new id must not renew the absolute
     * lifetime.
     */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        var changed = event instanceof SessionIdChangedEvent c ? c : null;
        var carried = changed == null ? null : activity.get(changed.getOldSessionId());
        super.onApplicationEvent(event);
        if (changed != null && carried != null && getSessionInformation(changed.getNewSessionId()) != null) {
            activity.put(changed.getNewSessionId(), carried);
        }
    }

    /**
     * A request of the person in this session (not Vaadin's heartbeat), from this
     * browser.
     */
    public void seen(String sessionId, @Nullable String userAgent) {
        Instant now = clock.instant();
        activity.computeIfPresent(sessionId, (id, was) -> new Activity(was.startedAt(), now,
                userAgent != null && !userAgent.isBlank() ? userAgent : was.userAgent()));
    }

    public Optional<Activity> activityOf(String sessionId) {
        return Optional.ofNullable(activity.get(sessionId));
    }

}

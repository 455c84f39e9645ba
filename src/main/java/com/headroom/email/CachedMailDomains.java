package com.headroom.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Remembers DNS answers for as long as they hold, so that checking a list of 500
 * addresses at one company asks DNS once.
 *
 * <p>
 * Answers with records are kept for their TTL, but at least {@link #SHORTEST} (so a
 * domain with a 5-second TTL is not asked for every address) and at most
 * {@link #LONGEST}. Answers without records (no such domain, no mail server) are kept
 * {@link #NEGATIVE}: long enough for a list, short enough that a domain being set up is
 * seen soon. A failed lookup is not kept, so that trying again asks again.
 *
 * <p>
 * At most {@code maxEntries} domains are kept; beyond that the one stored longest ago is
 * dropped. Safe for several threads; the lookup itself runs outside the lock, so one slow
 * domain does not hold up the others (two threads may then ask for the same domain at
 * once, which costs one extra query).
 */
public final class CachedMailDomains implements MailDomains {

    public static final Duration SHORTEST = Duration.ofSeconds(60);

    public static final Duration LONGEST = Duration.ofDays(1);

    public static final Duration NEGATIVE = Duration.ofMinutes(5);

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private record Kept(MailDomainAnswer answer, Instant until) {
    }

    private final MailDomains source;

    private final Clock clock;

    private final Map<String, Kept> kept;

    public CachedMailDomains(MailDomains source, Clock clock) {
        this(source, clock, DEFAULT_MAX_ENTRIES);
    }

    public CachedMailDomains(MailDomains source, Clock clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the cache keeps at least one domain: " + maxEntries);
        }
        this.source = source;
        this.clock = clock;
        // Insertion order, so the eldest entry is the one stored longest ago.
        this.kept = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public MailDomainAnswer lookUp(String domain) {
        String key = domain.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        synchronized (kept) {
            Kept hit = kept.get(key);
            if (hit != null && now.isBefore(hit.until())) {
                return hit.answer();
            }
        }
        MailDomainAnswer answer = source.lookUp(key);
        Duration keepFor = keepFor(answer);
        if (keepFor != null) {
            synchronized (kept) {
                // Removed first so that a renewed entry counts as the newest.
                kept.remove(key);
                kept.put(key, new Kept(answer, now.plus(keepFor)));
            }
        }
        return answer;
    }

    /**
     * How many domains are held, expired ones included until they are asked or dropped.
     */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    static @Nullable Duration keepFor(MailDomainAnswer answer) {
        return switch (answer.kind()) {
            case MAIL_SERVERS, NO_MX_BUT_ADDRESS, NULL_MX -> clamp(answer.ttl());
            case NO_SUCH_DOMAIN, NO_MAIL_SERVER -> NEGATIVE;
            case LOOKUP_FAILED -> null;
        };
    }

    private static Duration clamp(Duration ttl) {
        if (ttl.compareTo(SHORTEST) < 0) {
            return SHORTEST;
        }
        return ttl.compareTo(LONGEST) > 0 ? LONGEST : ttl;
    }

}

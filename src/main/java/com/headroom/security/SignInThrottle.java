package com.headroom.security;

import com.headroom.security.SignInThrottleStore.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing passwords (OWASP ASVS 5.0, 6.3.1): every sign-in try is counted,
 * before its password is checked, against the e-mail typed (whether or not an account has
 * it, so the answer never tells) and against the client address. A key that has failed
 * often waits a growing delay before its next try is even looked at; the right password
 * works again once the delay is over.
 *
 * <p>
 * A try is counted as a failure when it starts and given back when it succeeds, so tries
 * sent at the same moment cannot slip past the count while bcrypt is busy with the first.
 */
@Service
public class SignInThrottle {

    /**
     * How many failures a key may have before it waits, how the wait grows, and when it
     * is forgotten.
     */
    public record Rule(String kind, int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
            int perHour) {

        /**
         * The wait before the next try after {@code failures} failures in a row (zero
         * below the free ones).
         */
        public Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 20);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /**
     * Per account: 5 failures are free; then 30 s, 1, 2, 4, 8 and at most 10 minutes
     * between tries, forgotten after 15 minutes without a failure (or at the next
     * success), and never more than 100 failures an hour. The longest a stranger can keep
     * the right password waiting is 10 minutes after their last wrong one.
     */
    public static final Rule ACCOUNT = new Rule("account", 5, Duration.ofSeconds(30), Duration.ofMinutes(10),
            Duration.ofMinutes(15), 100);

    /**
     * Per client address: more free failures, for an office behind one address where
     * several people mistype; then the same growing delay. A success does not clear the
     * address (a guesser with an account of their own must not reset it), it only gives
     * its own try back.
     */
    public static final Rule ADDRESS = new Rule("address", 20, Duration.ofSeconds(30), Duration.ofMinutes(10),
            Duration.ofMinutes(15), 100);

    /**
     * Rows are kept this long after their last failure: past both the forgetting and the
     * hourly window.
     */
    static final Duration KEEP = Duration.ofHours(1);

    /** The answer to a try: go ahead (and the try is counted), or wait this long. */
    public record Verdict(boolean allowed, Duration delay) {

        /**
         * The wait in whole minutes, rounded up, at least 1: what the login page says.
         */
        public long waitMinutes() {
            return Math.max(1, (delay.toSeconds() + 59) / 60);
        }
    }

    private final SignInThrottleStore store;

    private final Clock clock;

    SignInThrottle(SignInThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Makes sure both keys have a row, committed before {@link #claim} locks them (see
     * {@link SignInThrottleStore#ensure}). A transaction of its own, not one nested in
     * the claim's: nested, every try would hold two pooled connections, and a burst of
     * tries would starve the pool.
     */
    @Anyone
    @Transactional
    public void prepare(String emailTyped, String clientAddress) {
        Instant now = clock.instant();
        for (Key key : keys(emailTyped, clientAddress)) {
            store.ensure(key.hash(), key.rule().kind(), now);
        }
    }

    /**
     * Counts a try before its password is checked, or refuses it (then it is not
     * counted). Call {@link #prepare} first; without it, a key's first try still works
     * but its row is created here.
     */
    @Anyone
    @Transactional
    public Verdict claim(String emailTyped, String clientAddress) {
        var keys = keys(emailTyped, clientAddress);
        List<Row> rows = new ArrayList<>();
        for (Key key : keys) {
            rows.add(lock(key, clock.instant()));
        }
        // Read once the rows are ours: a try that waited for the lock must not be
        // "earlier" than
        // the failure the try before it just wrote.
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Row row : rows) {
            Duration own = waitFor(row, rule(row), now);
            wait = own.compareTo(wait) > 0 ? own : wait;
        }
        if (!wait.isZero()) {
            return new Verdict(false, wait);
        }
        for (Row row : rows) {
            var rule = rule(row);
            int failures = forgotten(row, rule, now) ? 1 : row.failures() + 1;
            boolean newHour = !now.isBefore(row.hourStartedAt().plus(Duration.ofHours(1)));
            store.update(new Row(row.keyHash(), row.kind(), failures, now, newHour ? now : row.hourStartedAt(),
                    newHour ? 1 : row.hourFailures() + 1));
        }
        return new Verdict(true, Duration.ZERO);
    }

    /**
     * The password was right: the account starts afresh, and the address gets this try
     * back.
     */
    @Anyone
    @Transactional
    public void succeeded(String emailTyped, String clientAddress) {
        for (Key key : keys(emailTyped, clientAddress)) {
            if (key.rule() == ACCOUNT) {
                store.delete(key.hash());
            }
            else {
                store.lock(key.hash())
                    .ifPresent(row -> store.update(new Row(row.keyHash(), row.kind(), Math.max(0, row.failures() - 1),
                            row.lastFailureAt(), row.hourStartedAt(), Math.max(0, row.hourFailures() - 1))));
            }
        }
    }

    /**
     * How long a try for this e-mail from this address would wait now, without counting
     * it.
     */
    @Anyone
    @Transactional(readOnly = true)
    public Duration waitFor(String emailTyped, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Key key : keys(emailTyped, clientAddress)) {
            var row = store.find(key.hash(), false);
            if (row.isPresent()) {
                Duration own = waitFor(row.get(), key.rule(), now);
                wait = own.compareTo(wait) > 0 ? own : wait;
            }
        }
        return wait;
    }

    /** Deletes the counters of keys quiet for an hour; for the clean-up job. */
    @AdminOnly
    @Transactional
    public int forgetQuietKeys() {
        return store.deleteQuietSince(clock.instant().minus(KEEP));
    }

    private Row lock(Key key, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            var row = store.lock(key.hash());
            if (row.isPresent()) {
                return row.get();
            }
            // Not prepared, or the clean-up job deleted it since: make it here.
            store.ensure(key.hash(), key.rule().kind(), now);
        }
        throw new IllegalStateException("Could not count a sign-in try");
    }

    private static Duration waitFor(Row row, Rule rule, Instant now) {
        Duration wait = Duration.ZERO;
        Duration delay = rule.delayAfter(row.failures());
        if (!delay.isZero() && !forgotten(row, rule, now)) {
            Instant until = row.lastFailureAt().plus(delay);
            if (until.isAfter(now)) {
                wait = Duration.between(now, until);
            }
        }
        Instant hourEnds = row.hourStartedAt().plus(Duration.ofHours(1));
        if (row.hourFailures() >= rule.perHour() && hourEnds.isAfter(now)) {
            Duration hourly = Duration.between(now, hourEnds);
            wait = hourly.compareTo(wait) > 0 ? hourly : wait;
        }
        return wait;
    }

    private static boolean forgotten(Row row, Rule rule, Instant now) {
        return !row.lastFailureAt().plus(rule.forgetAfter()).isAfter(now);
    }

    private static Rule rule(Row row) {
        return ACCOUNT.kind().equals(row.kind()) ? ACCOUNT : ADDRESS;
    }

    private record Key(String hash, Rule rule) {
    }

    /**
     * Both keys in hash order, so that two nodes lock them in the same order and never
     * deadlock.
     */
    private static List<Key> keys(String emailTyped, String clientAddress) {
        var account = new Key(sha256("account:" + normalize(emailTyped)), ACCOUNT);
        var address = new Key(sha256("address:" + (clientAddress == null ? "" : clientAddress)), ADDRESS);
        return List.of(account, address).stream().sorted(Comparator.comparing(Key::hash)).toList();
    }

    /** The e-mail as the account lookup reads it: trimmed, lower case. */
    public static String normalize(String emailTyped) {
        return emailTyped == null ? "" : emailTyped.strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}

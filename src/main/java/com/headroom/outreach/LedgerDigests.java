package com.headroom.outreach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.headroom.outreach.MemberSeats.Seat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each member's digests (working set, figures per day) in step with their ledger:
 * every ledger write refreshes them in its own transaction, and a reader rebuilds any it
 * finds stale (a write through a path that does not refresh, another node's write in
 * between, an erasure). Staleness is decided in the database (the member's write count),
 * so two app nodes agree.
 */
@Component
class LedgerDigests {

    private final OutreachStore store;

    private final DigestStore digests;

    private final Clock clock;

    private final TransactionTemplate rebuild;

    /**
     * Decoded working sets by member. Only a copy: each read checks it against the
     * version stored in the database, which every ledger write on any node moves on, so a
     * stale copy is never used.
     */
    private final Cache<Long, Decoded> decoded = Caffeine.newBuilder()
        .maximumWeight(ENTRIES_HELD)
        .<Long, Decoded>weigher((id, set) -> Math.max(1, set.entries().size()))
        .build();

    /**
     * Decoded entries held per node, about 100 bytes each: some 50 MB, the working sets
     * of a few hundred busy reps.
     */
    static final long ENTRIES_HELD = 500_000;

    /** The ledger's order as {@code OutreachStore.ledger} reads it: when, then id. */
    private static final Comparator<LedgerEntry> LEDGER_ORDER = Comparator.comparing(LedgerEntry::at)
        .thenComparingLong(LedgerEntry::id);

    LedgerDigests(OutreachStore store, DigestStore digests, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.digests = digests;
        this.clock = clock;
        this.rebuild = new TransactionTemplate(transactions);
        this.rebuild.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rebuild.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * After the writes of a transaction, inside it: the digests follow the ledger as it
     * now is.
     */
    void refresh(Seat seat) {
        build(seat, store.ledger(seat.memberId()));
    }

    /**
     * After one append, inside its transaction: the ledger as read under the member's
     * lock before it, with the new line put in its place, is the ledger as it now is,
     * since no other writer gets past the lock until this transaction ends. Saves reading
     * the whole ledger a second time on every logged action.
     */
    void refreshAfterAppend(Seat seat, List<LedgerEntry> readUnderLock, long appendedId) {
        var line = store.ledgerLine(appendedId).orElseThrow();
        build(seat, withLine(readUnderLock, line));
    }

    /** The ledger with one more line, in the ledger's order (occurred, then id). */
    static List<LedgerEntry> withLine(List<LedgerEntry> ledger, LedgerEntry line) {
        List<LedgerEntry> grown = new ArrayList<>(ledger.size() + 1);
        int at = ledger.size();
        while (at > 0 && LEDGER_ORDER.compare(ledger.get(at - 1), line) > 0) {
            at--;
        }
        grown.addAll(ledger.subList(0, at));
        grown.add(line);
        grown.addAll(ledger.subList(at, ledger.size()));
        return grown;
    }

    /**
     * Each member's working set as the engine reads it, rebuilt (and stored) where stale.
     * A write count read before the ledger keeps a rebuild racing a write on the safe
     * side: at worst it is stored as stale and built again.
     */
    Digests workingSets(Map<Long, Seat> seats) {
        var versions = digests.setVersions(seats.keySet());
        // Entries are fetched and decoded only where this node holds no copy of the
        // stored version.
        List<Long> fetch = new ArrayList<>();
        versions.forEach((id, v) -> {
            var held = decoded.getIfPresent(id);
            if (v.current() && (held == null || !held.isVersion(v))) {
                fetch.add(id);
            }
        });
        digests.workingSetEntries(fetch).forEach((id, row) -> {
            var entries = WorkingSet.decode(row.entries());
            if (entries != null) {
                decoded.put(id, new Decoded(versions.get(id).writes(), row.builtAt(), List.copyOf(entries)));
            }
        });
        Map<Long, List<LedgerEntry>> sets = new HashMap<>();
        Map<Long, Instant> last = new HashMap<>();
        for (var seat : seats.values()) {
            var version = versions.get(seat.memberId());
            var held = version == null || !version.current() ? null : decoded.getIfPresent(seat.memberId());
            List<LedgerEntry> entries = held != null && held.isVersion(version) ? held.entries() : null;
            Instant lastActivity = version == null ? null : version.lastActivityAt();
            if (entries == null) {
                var built = rebuild.execute(status -> build(seat, null));
                entries = built.entries();
                lastActivity = built.lastActivity();
            }
            sets.put(seat.memberId(), entries);
            if (lastActivity != null) {
                last.put(seat.memberId(), lastActivity);
            }
        }
        return new Digests(sets, last);
    }

    /** A working set as decoded on this node, and the stored version it came from. */
    private record Decoded(long writes, Instant builtAt, List<LedgerEntry> entries) {

        boolean isVersion(DigestStore.SetVersion v) {
            return v != null && writes == v.writes() && builtAt.equals(v.builtAt());
        }
    }

    /**
     * Each member's working set, and when they last logged anything themselves (absent
     * when they never did), read in one pass over the stored rows.
     */
    record Digests(Map<Long, List<LedgerEntry>> sets, Map<Long, Instant> lastActivity) {
    }

    /**
     * The members' days as their ledgers now add up, counted in their team's zone now:
     * any built at an older write count or in another zone are counted again.
     */
    void daysCurrent(Map<Long, Seat> seats) {
        var stale = digests.stale(seats.keySet());
        var zones = digests.dayZones(seats.keySet());
        for (var seat : seats.values()) {
            String zone = zones.get(seat.memberId());
            if (stale.contains(seat.memberId()) || zone != null && !zone.equals(seat.facts().policy().timeZone())) {
                rebuild.executeWithoutResult(status -> build(seat, null));
            }
        }
    }

    private record Built(List<LedgerEntry> entries, Instant lastActivity) {
    }

    private Built build(Seat seat, List<LedgerEntry> ledgerRead) {
        long writes = digests.writes(seat.memberId());
        var ledger = ledgerRead != null ? ledgerRead : store.ledger(seat.memberId());
        Instant now = clock.instant();
        var set = WorkingSet.of(ledger, now);
        Instant last = lastLogged(ledger, now);
        digests.saveWorkingSet(seat.memberId(), writes, now, last, WorkingSet.encode(set));
        saveDays(seat, ledger, now);
        return new Built(set, last);
    }

    /**
     * The latest thing the member logged themselves (what they did, not what a job
     * wrote).
     */
    private static Instant lastLogged(List<LedgerEntry> ledger, Instant now) {
        Instant last = null;
        for (var e : LimitsEngine.effective(ledger, now)) {
            if (e.type().loggedByReps() && (last == null || e.at().isAfter(last))) {
                last = e.at();
            }
        }
        return last;
    }

    /** Writes the days that changed, and removes days that no longer hold anything. */
    private void saveDays(Seat seat, List<LedgerEntry> ledger, Instant now) {
        var zone = ZoneId.of(seat.facts().policy().timeZone());
        var computed = MemberDays.of(seat.memberId(), seat.teamId(), zone, ledger, now);
        Map<java.time.LocalDate, MemberDay> stored = new HashMap<>();
        for (var day : digests.days(seat.memberId())) {
            stored.put(day.day(), day);
        }
        List<MemberDay> changed = new ArrayList<>();
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (var day : computed) {
            seen.add(day.day());
            if (!Objects.equals(stored.get(day.day()), day)) {
                changed.add(day);
            }
        }
        var gone = stored.keySet().stream().filter(d -> !seen.contains(d)).toList();
        if (!changed.isEmpty() || !gone.isEmpty()) {
            digests.replaceDays(seat.memberId(), changed, gone);
        }
    }

}

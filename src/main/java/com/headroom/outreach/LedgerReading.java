package com.headroom.outreach;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over the ledger up to an instant, without undone entries and their reversals,
 * feeding every book at once: a member-year is 10,000 entries and each pass over them
 * counts.
 */
final class LedgerReading {

    final InvitationBook invitations;

    final CreditBook credits = new CreditBook();

    final List<LedgerEntry> restrictions = new ArrayList<>();

    /** Entries logged past a team limit: few, so kept whole. */
    final List<LedgerEntry> pastLimit = new ArrayList<>();

    int messagesToday;

    /**
     * When invitations were logged as accepted, in time order: each is a connection more.
     */
    private final List<Instant> acceptances = new ArrayList<>();

    private boolean outOfOrder;

    private LedgerReading(List<LedgerEntry> ledger, Instant now, Instant dayStart) {
        invitations = new InvitationBook(ledger.size());
        // Undone entries are few: their ids go in a small sorted array, behind a
        // 4,096-bit filter
        // that lets almost every other entry through with one array read.
        long[] undone = new long[8];
        long[] filter = new long[64];
        int undoneCount = 0;
        int size = ledger.size();
        for (int i = 0; i < size; i++) {
            var e = ledger.get(i);
            if (e.type() == OutreachType.REVERSAL && e.relatesTo() != null && !e.at().isAfter(now)) {
                if (undoneCount == undone.length) {
                    undone = Arrays.copyOf(undone, undoneCount * 2);
                }
                long target = e.relatesTo();
                undone[undoneCount++] = target;
                filter[(int) (target >>> 6) & 63] |= 1L << target;
            }
        }
        Arrays.sort(undone, 0, undoneCount);
        LedgerEntry previous = null;
        for (int i = 0; i < size; i++) {
            var e = ledger.get(i);
            long id = e.id();
            if (e.type() == OutreachType.REVERSAL || e.at().isAfter(now)
                    || ((filter[(int) (id >>> 6) & 63] & (1L << id)) != 0
                            && Arrays.binarySearch(undone, 0, undoneCount, id) >= 0)) {
                continue;
            }
            if (previous != null) {
                int byTime = previous.at().compareTo(e.at());
                if (byTime > 0 || (byTime == 0 && previous.id() > id)) {
                    outOfOrder = true;
                    return;
                }
            }
            previous = e;
            read(e, dayStart);
        }
    }

    /**
     * The store reads the ledger in time order; anything else is read again from a sorted
     * copy.
     */
    static LedgerReading of(List<LedgerEntry> ledger, Instant now, Instant dayStart) {
        var reading = new LedgerReading(ledger, now, dayStart);
        return reading.outOfOrder ? new LedgerReading(effective(ledger, now), now, dayStart) : reading;
    }

    private void read(LedgerEntry e, Instant dayStart) {
        if (e.pastLimits() != null) {
            pastLimit.add(e);
        }
        switch (e.type()) {
            case INVITATION_ACCEPTED -> {
                invitations.accept(e);
                acceptances.add(e.at());
            }
            case INVITATION_SENT, INVITATION_DECLINED, INVITATION_WITHDRAWN, INVITATION_EXPIRED ->
                invitations.accept(e);
            case INMAIL_CREDITS_GRANTED, INMAIL_SENT, INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED,
                    INMAIL_CREDIT_REFUNDED, INMAIL_BALANCE_CORRECTED ->
                credits.accept(e);
            case RESTRICTION_REPORTED -> restrictions.add(e);
            case MESSAGE_SENT -> {
                if (!e.at().isBefore(dayStart)) {
                    messagesToday++;
                }
            }
            default -> {
                // no limit counts it
            }
        }
    }

    /** Invitations logged as accepted after an instant. */
    int acceptedAfter(Instant from) {
        int low = 0;
        int high = acceptances.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (acceptances.get(mid).isAfter(from)) {
                high = mid;
            }
            else {
                low = mid + 1;
            }
        }
        return acceptances.size() - low;
    }

    /**
     * Entries up to the instant, without reversed entries and the reversals themselves,
     * in time order.
     */
    static List<LedgerEntry> effective(List<LedgerEntry> ledger, Instant now) {
        var reversed = new LongOpenHashSet();
        for (var e : ledger) {
            if (e.type() == OutreachType.REVERSAL && e.relatesTo() != null && !e.at().isAfter(now)) {
                reversed.add(e.relatesTo().longValue());
            }
        }
        List<LedgerEntry> effective = new ArrayList<>(ledger.size());
        for (var e : ledger) {
            if (e.type() != OutreachType.REVERSAL && !e.at().isAfter(now)
                    && (reversed.isEmpty() || !reversed.contains(e.id()))) {
                effective.add(e);
            }
        }
        // The store reads the ledger in time order; sort only what comes otherwise
        // (tests, backfills).
        if (!inTimeOrder(effective)) {
            effective.sort(TIME_ORDER);
        }
        return effective;
    }

    private static final Comparator<LedgerEntry> TIME_ORDER = Comparator.comparing(LedgerEntry::at)
        .thenComparingLong(LedgerEntry::id);

    private static boolean inTimeOrder(List<LedgerEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            var before = entries.get(i - 1);
            var after = entries.get(i);
            int byTime = before.at().compareTo(after.at());
            if (byTime > 0 || (byTime == 0 && before.id() > after.id())) {
                return false;
            }
        }
        return true;
    }

}

package com.headroom.outreach;

import com.headroom.outreach.Headroom.PendingInvitation;
import com.headroom.outreach.Headroom.Rate;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invitations per prospect: each outcome closes the latest open invitation to that
 * person. Built in one pass over the ledger in time order, into arrays and maps of
 * primitive ids, so that a member-year (10,000 entries) costs little memory and every
 * question after it looks at the recent end only.
 */
final class InvitationBook {

    private static final byte PENDING = 0;

    private static final byte ACCEPTED = 1;

    private static final byte NOT_ACCEPTED = 2;

    // The invitations in the order sent, column by column.
    private int size;

    private long[] entryIds;

    private long[] prospectIds;

    private Instant[] sentAt;

    private boolean[] withNote;

    private byte[] outcome;

    /** Indexes of invitations in the order they were decided. */
    private final IntArrayList decided;

    /** Each prospect's latest invitation, by index; outcomes are read off the columns. */
    private final Long2IntOpenHashMap latest;

    private int pending;

    private final Long2ObjectOpenHashMap<Instant> lastWithdrawal;

    /**
     * Told of every decision as it happens, for those who keep their own books of them.
     */
    private Decisions decisions = Decisions.NONE;

    /**
     * Hears each invitation's decision: when it was sent, which entry decided it, and
     * how.
     */
    interface Decisions {

        Decisions NONE = (invitationEntryId, sentAt, decidedBy, accepted) -> {
        };

        void decided(long invitationEntryId, Instant sentAt, LedgerEntry decidedBy, boolean accepted);

    }

    InvitationBook(int ledgerSize, Decisions decisions) {
        this(ledgerSize);
        this.decisions = decisions;
    }

    InvitationBook(int ledgerSize) {
        int capacity = Math.max(16, ledgerSize / 2);
        decided = new IntArrayList(capacity);
        lastWithdrawal = new Long2ObjectOpenHashMap<>(capacity / 4);
        entryIds = new long[capacity];
        prospectIds = new long[capacity];
        sentAt = new Instant[capacity];
        withNote = new boolean[capacity];
        outcome = new byte[capacity];
        latest = new Long2IntOpenHashMap(capacity);
        latest.defaultReturnValue(-1);
    }

    void accept(LedgerEntry e) {
        if (e.type() == OutreachType.INVITATION_SENT) {
            add(e);
        }
        else {
            int index = latest.get(e.prospectId());
            if (index >= 0 && outcome[index] == PENDING) {
                decide(index, e.type() == OutreachType.INVITATION_ACCEPTED ? ACCEPTED : NOT_ACCEPTED, e);
            }
            if (e.type() == OutreachType.INVITATION_WITHDRAWN) {
                lastWithdrawal.put(e.prospectId(), e.at());
            }
        }
    }

    private void decide(int index, byte result, LedgerEntry decidedBy) {
        outcome[index] = result;
        decided.add(index);
        pending--;
        decisions.decided(entryIds[index], sentAt[index], decidedBy, result == ACCEPTED);
    }

    private void add(LedgerEntry e) {
        if (size == entryIds.length) {
            int grown = size * 2;
            entryIds = Arrays.copyOf(entryIds, grown);
            prospectIds = Arrays.copyOf(prospectIds, grown);
            sentAt = Arrays.copyOf(sentAt, grown);
            withNote = Arrays.copyOf(withNote, grown);
            outcome = Arrays.copyOf(outcome, grown);
        }
        entryIds[size] = e.id();
        prospectIds[size] = e.prospectId();
        sentAt[size] = e.at();
        withNote[size] = e.withNote();
        int earlier = latest.put(e.prospectId(), size);
        if (earlier >= 0 && outcome[earlier] == PENDING) {
            // Invited again with no outcome logged: the earlier invitation counts as not
            // accepted.
            decide(earlier, NOT_ACCEPTED, e);
        }
        size++;
        pending++;
    }

    /** The prospects whose latest invitation is in a state, read through the book. */
    private Set<Long> prospectsWhere(byte state) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Long prospect)) {
                    return false;
                }
                int index = latest.get(prospect.longValue());
                return index >= 0 && outcome[index] == state;
            }

            @Override
            public Iterator<Long> iterator() {
                List<Long> ids = new ArrayList<>();
                for (var entry : latest.long2IntEntrySet()) {
                    if (outcome[entry.getIntValue()] == state) {
                        ids.add(entry.getLongKey());
                    }
                }
                return Collections.unmodifiableList(ids).iterator();
            }

            @Override
            public int size() {
                int count = 0;
                for (var entry : latest.long2IntEntrySet()) {
                    if (outcome[entry.getIntValue()] == state) {
                        count++;
                    }
                }
                return count;
            }
        };
    }

    /** Index of the first invitation sent after an instant. */
    private int firstSentAfter(Instant from) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentAt[mid].isAfter(from)) {
                high = mid;
            }
            else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Sent in (from, to], in time order. */
    List<Instant> sentAfter(Instant from, Instant to) {
        List<Instant> sent = new ArrayList<>();
        for (int i = firstSentAfter(from); i < size && !sentAt[i].isAfter(to); i++) {
            sent.add(sentAt[i]);
        }
        return sent;
    }

    /** Whom the invitations sent in (from, to] went to, one id per invitation. */
    long[] prospectsSentAfter(Instant from, Instant to) {
        int first = firstSentAfter(from);
        int last = first;
        while (last < size && !sentAt[last].isAfter(to)) {
            last++;
        }
        return Arrays.copyOfRange(prospectIds, first, last);
    }

    /** Sent in [from, to]. */
    List<Instant> sentAfterOrAt(Instant from, Instant to) {
        return sentAfter(from.minusNanos(1), to);
    }

    int notesSince(Instant from, Instant to) {
        int notes = 0;
        for (int i = firstSentAfter(from.minusNanos(1)); i < size && !sentAt[i].isAfter(to); i++) {
            if (withNote[i]) {
                notes++;
            }
        }
        return notes;
    }

    int pendingCount() {
        return pending;
    }

    /** Pending since an instant or longer, oldest first. */
    List<PendingInvitation> pendingSince(Instant before) {
        List<PendingInvitation> pending = new ArrayList<>();
        for (int i = 0; i < size && !sentAt[i].isAfter(before); i++) {
            if (outcome[i] == PENDING) {
                pending.add(new PendingInvitation(entryIds[i], prospectIds[i], sentAt[i]));
            }
        }
        return pending;
    }

    Set<Long> pendingProspects() {
        return prospectsWhere(PENDING);
    }

    Set<Long> connected() {
        return prospectsWhere(ACCEPTED);
    }

    /** Of the invitations sent in (from, to], how many were accepted by then. */
    Rate acceptanceSentSince(Instant from, Instant to) {
        int sent = 0;
        int accepted = 0;
        for (int i = firstSentAfter(from); i < size && !sentAt[i].isAfter(to); i++) {
            sent++;
            if (outcome[i] == ACCEPTED) {
                accepted++;
            }
        }
        return new Rate(accepted, sent);
    }

    /** Of the last so many invitations to get an outcome, how many were accepted. */
    Rate acceptanceOfLastDecided(int count) {
        int accepted = 0;
        int from = Math.max(0, decided.size() - count);
        for (int i = from; i < decided.size(); i++) {
            if (outcome[decided.getInt(i)] == ACCEPTED) {
                accepted++;
            }
        }
        return new Rate(accepted, decided.size() - from);
    }

    /** People the member may not invite again yet, after withdrawing an invitation. */
    Map<Long, Instant> lockouts(Duration lockout, Instant now) {
        Map<Long, Instant> locked = new HashMap<>();
        for (var withdrawn : lastWithdrawal.long2ObjectEntrySet()) {
            Instant until = withdrawn.getValue().plus(lockout);
            if (until.isAfter(now)) {
                locked.put(withdrawn.getLongKey(), until);
            }
        }
        return locked;
    }

}

package com.headroom.outreach;

import static com.headroom.outreach.LimitsEngine.AWAITING_REPLY;
import static com.headroom.outreach.LimitsEngine.CREDIT_LIFE;
import static com.headroom.outreach.LimitsEngine.EXPIRING_SOON;
import static com.headroom.outreach.LimitsEngine.EXPIRING_THIS_WEEK;
import static com.headroom.outreach.LimitsEngine.REFUND_WINDOW;

import com.headroom.outreach.Headroom.InMail;
import com.headroom.outreach.Headroom.PendingInvitation;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.TierSettings;
import it.unimi.dsi.fastutil.longs.Long2LongLinkedOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's InMail credits as the ledger has them: lots per grant (or balance
 * correction), spent oldest first, expiring 90 days after their grant; answers, refunds
 * and corrections. Built in the limits engine's one pass over the ledger.
 */
final class CreditBook {

    /** Credits of one grant (or correction): when they expire and how many are left. */
    record Lot(long grantId, Instant expiresAt, int[] remaining) {
    }

    /** What an InMail sent when Headroom counted no credit was spent from. */
    static final Lot NO_LOT = new Lot(0, Instant.MIN, new int[] { 0 });

    final Deque<Lot> lots = new ArrayDeque<>();

    final Long2ObjectOpenHashMap<Lot> spentFrom = new Long2ObjectOpenHashMap<>();

    final Long2ObjectOpenHashMap<Instant> sentAt = new Long2ObjectOpenHashMap<>();

    /** The unanswered InMail per prospect, in the order sent. */
    final Long2LongLinkedOpenHashMap openByProspect = new Long2LongLinkedOpenHashMap();

    final Long2ObjectOpenHashMap<Instant> answeredAt = new Long2ObjectOpenHashMap<>();

    final LongOpenHashSet refunded = new LongOpenHashSet();

    CreditBook() {
    }

    CreditBook(List<LedgerEntry> entries) {
        for (var e : entries) {
            accept(e);
        }
    }

    /**
     * A refund of an InMail Headroom counted no credit for goes to the newest credits
     * there are.
     */
    private void refundWithoutLot(LedgerEntry e) {
        Lot newest = null;
        for (var lot : lots) {
            if (lot.expiresAt().isAfter(e.at())) {
                newest = lot;
            }
        }
        if (newest != null) {
            newest.remaining()[0]++;
        }
        else {
            lots.addLast(new Lot(e.id(), e.at().plus(CREDIT_LIFE), new int[] { 1 }));
        }
    }

    void accept(LedgerEntry e) {
        {
            switch (e.type()) {
                case INMAIL_CREDITS_GRANTED ->
                    lots.addLast(new Lot(e.id(), e.at().plus(CREDIT_LIFE), new int[] { e.credits() }));
                case INMAIL_SENT -> {
                    // Headroom may count no credit where LinkedIn had one (its start is
                    // an estimate):
                    // the InMail happened all the same, and its refund still comes back.
                    spentFrom.put(e.id(), NO_LOT);
                    for (var lot : lots) {
                        if (lot.expiresAt().isAfter(e.at()) && lot.remaining()[0] > 0) {
                            lot.remaining()[0]--;
                            spentFrom.put(e.id(), lot);
                            break;
                        }
                    }
                    sentAt.put(e.id(), e.at());
                    openByProspect.put(e.prospectId(), e.id());
                }
                case INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED -> {
                    long inMailId = e.relatesTo() != null ? e.relatesTo()
                            : openByProspect.getOrDefault(e.prospectId(), -1L);
                    if (sentAt.containsKey(inMailId) && !answeredAt.containsKey(inMailId)) {
                        answeredAt.put(inMailId, e.at());
                        openByProspect.remove(e.prospectId(), inMailId);
                    }
                }
                case INMAIL_CREDIT_REFUNDED -> {
                    if (e.relatesTo() != null && refunded.add(e.relatesTo().longValue())) {
                        var lot = spentFrom.get(e.relatesTo().longValue());
                        if (lot == NO_LOT) {
                            refundWithoutLot(e);
                        }
                        else if (lot != null && lot.expiresAt().isAfter(e.at())) {
                            lot.remaining()[0]++;
                        }
                    }
                }
                case INMAIL_BALANCE_CORRECTED -> correct(e);
                default -> {
                    // not about credits
                }
            }
        }
    }

    /**
     * Sets the balance to what LinkedIn showed at the correction: credits Headroom
     * counted but LinkedIn did not are taken from the oldest grants (LinkedIn spends
     * those first); credits LinkedIn has and Headroom missed join the newest grant and
     * expire with it.
     */
    private void correct(LedgerEntry e) {
        int balance = 0;
        Lot newest = null;
        for (var lot : lots) {
            if (lot.expiresAt().isAfter(e.at())) {
                balance += lot.remaining()[0];
                newest = lot;
            }
        }
        int target = Math.max(0, e.credits());
        if (target < balance) {
            int remove = balance - target;
            for (var lot : lots) {
                if (remove == 0) {
                    break;
                }
                if (lot.expiresAt().isAfter(e.at())) {
                    int taken = Math.min(remove, lot.remaining()[0]);
                    lot.remaining()[0] -= taken;
                    remove -= taken;
                }
            }
        }
        else if (target > balance) {
            Instant expires = newest != null ? newest.expiresAt() : e.at().plus(CREDIT_LIFE);
            lots.addLast(new Lot(e.id(), expires, new int[] { target - balance }));
        }
    }

    InMail summary(MemberFacts facts, Instant now, TierSettings tier, ZoneId zone) {
        int balance = 0;
        int expiringSoon = 0;
        int expiringThisWeek = 0;
        Instant soon = now.plus(EXPIRING_SOON);
        Instant thisWeek = now.plus(EXPIRING_THIS_WEEK);
        Instant nextExpiry = null;
        for (var lot : lots) {
            if (lot.expiresAt().isAfter(now) && lot.remaining()[0] > 0) {
                balance += lot.remaining()[0];
                if (!lot.expiresAt().isAfter(soon)) {
                    expiringSoon += lot.remaining()[0];
                    if (!lot.expiresAt().isAfter(thisWeek)) {
                        expiringThisWeek += lot.remaining()[0];
                    }
                    nextExpiry = nextExpiry == null || lot.expiresAt().isBefore(nextExpiry) ? lot.expiresAt()
                            : nextExpiry;
                }
            }
        }
        List<Long> refundsDue = new ArrayList<>();
        for (var answer : answeredAt.long2ObjectEntrySet()) {
            long inMailId = answer.getLongKey();
            Instant sent = sentAt.get(inMailId);
            if (!answer.getValue().isAfter(sent.plus(REFUND_WINDOW)) && !refunded.contains(inMailId)
                    && spentFrom.containsKey(inMailId)) {
                refundsDue.add(inMailId);
            }
        }
        refundsDue.sort(Comparator.naturalOrder());
        Map<Long, Instant> open = new LinkedHashMap<>();
        List<PendingInvitation> awaiting = new ArrayList<>();
        for (var o : openByProspect.long2LongEntrySet()) {
            Instant sent = sentAt.get(o.getLongValue());
            open.put(o.getLongKey(), sent);
            if (!sent.isAfter(now.minus(AWAITING_REPLY))) {
                awaiting.add(new PendingInvitation(o.getLongValue(), o.getLongKey(), sent));
            }
        }
        var today = now.atZone(tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC ? ZoneOffset.UTC : zone)
            .toLocalDate();
        Optional<LocalDate> nextGrant = InMailGrants.grantDays(tier, facts.seatStartedOn(), today.plusMonths(2))
            .stream()
            .filter(d -> d.isAfter(today))
            .findFirst();
        return new InMail(balance, tier.inMailMaxBalance(), tier.monthlyInMailCredits(), expiringSoon, expiringThisWeek,
                Optional.ofNullable(nextExpiry), List.copyOf(refundsDue), nextGrant, List.copyOf(awaiting), open);
    }

}

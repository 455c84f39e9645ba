package com.headroom.outreach;

import com.headroom.base.RetriedOnConflict;
import com.headroom.outreach.MemberSeats.Seat;
import com.headroom.outreach.OutreachStore.NewEntry;
import com.headroom.security.AdminOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Headroom writes to a member's ledger by itself: the monthly InMail grants, the
 * credits that expired, the refunds of answered InMails, and reminders to withdraw stale
 * invitations. Each method handles one member in its own transaction under the member's
 * lock; the scheduled jobs call them for every seated member, and every entry has a key,
 * so a second run writes nothing.
 */
@Service
public class LedgerUpkeep {

    /**
     * How far back a seat's grants are written when Headroom first sees it: credits live
     * 90 days, so older grants no longer count.
     */
    static final Duration GRANT_HISTORY = Duration.ofDays(120);

    private final OutreachStore store;

    private final MemberSeats seats;

    private final LedgerDigests digests;

    private final Clock clock;

    LedgerUpkeep(OutreachStore store, MemberSeats seats, LedgerDigests digests, Clock clock) {
        this.store = store;
        this.seats = seats;
        this.digests = digests;
        this.clock = clock;
    }

    /**
     * Runs one job's step for a member and brings their digests up to date if it wrote
     * anything.
     */
    private int andRefresh(long memberId, java.util.function.ToIntBiFunction<Seat, Instant> step) {
        return seats.of(memberId).map(seat -> {
            int written = step.applyAsInt(seat, clock.instant());
            if (written > 0) {
                digests.refresh(seat);
            }
            return written;
        }).orElse(0);
    }

    /**
     * Grants due since the last run, each capped so that the balance stays within the
     * tier's maximum.
     */
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @AdminOnly
    public int grantCredits(long memberId) {
        store.lockMember(memberId);
        return andRefresh(memberId, this::grantCredits);
    }

    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @AdminOnly
    public int recordExpiries(long memberId) {
        store.lockMember(memberId);
        return andRefresh(memberId, this::recordExpiries);
    }

    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @AdminOnly
    public int refundAnsweredInMails(long memberId) {
        store.lockMember(memberId);
        return andRefresh(memberId, this::refundAnsweredInMails);
    }

    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @AdminOnly
    public int remindWithdrawals(long memberId) {
        store.lockMember(memberId);
        return seats.of(memberId).map(seat -> remindWithdrawals(seat, clock.instant())).orElse(0);
    }

    // Package-private: also run inside a rep's logging transaction, which already holds
    // the lock.

    int grantCredits(Seat seat, Instant now) {
        var ledger = new ArrayList<>(store.ledger(seat.memberId()));
        var written = store.keys(seat.memberId(), OutreachType.INMAIL_CREDITS_GRANTED);
        int grants = 0;
        for (var grant : InMailGrants.grantsDue(seat.facts(), now.minus(GRANT_HISTORY), now)) {
            if (written.contains(grant.key())) {
                continue;
            }
            int balance = InMailGrants.creditBalance(ledger, grant.at());
            int credits = Math.max(0, Math.min(grant.monthlyCredits(), grant.maxBalance() - balance));
            long id = store.append(NewEntry.system(seat.teamId(), seat.memberId(), OutreachType.INMAIL_CREDITS_GRANTED,
                    grant.at(), now, credits, null, grant.key()));
            ledger.add(new LedgerEntry(id, 0, OutreachType.INMAIL_CREDITS_GRANTED, grant.at(), false, null, null,
                    credits));
            grants++;
        }
        return grants;
    }

    int recordExpiries(Seat seat, Instant now) {
        var written = store.keys(seat.memberId(), OutreachType.INMAIL_CREDITS_EXPIRED);
        int expiries = 0;
        for (var expired : InMailGrants.expiredCredits(store.ledger(seat.memberId()), now)) {
            String key = "expired:" + expired.grantEntryId();
            if (!written.contains(key)) {
                store.append(NewEntry.system(seat.teamId(), seat.memberId(), OutreachType.INMAIL_CREDITS_EXPIRED,
                        expired.expiredAt(), now, expired.credits(), expired.grantEntryId(), key));
                expiries++;
            }
        }
        return expiries;
    }

    int refundAnsweredInMails(Seat seat, Instant now) {
        var ledger = store.ledger(seat.memberId());
        var written = store.keys(seat.memberId(), OutreachType.INMAIL_CREDIT_REFUNDED);
        int refunds = 0;
        for (long inMailId : LimitsEngine.evaluate(seat.facts(), ledger, now).inMail().refundsDue()) {
            String key = "refund:" + inMailId;
            if (!written.contains(key)) {
                store.append(NewEntry.system(seat.teamId(), seat.memberId(), OutreachType.INMAIL_CREDIT_REFUNDED, now,
                        now, 0, inMailId, key));
                refunds++;
            }
        }
        return refunds;
    }

    int remindWithdrawals(Seat seat, Instant now) {
        var reminded = store.remindedInvitations(seat.memberId());
        int reminders = 0;
        var headroom = LimitsEngine.evaluate(seat.facts(), store.ledger(seat.memberId()), now);
        for (var due : headroom.invitations().withdrawDue()) {
            if (!reminded.contains(due.entryId())) {
                store.remind(due.entryId(), seat.memberId(), due.prospectId(), now);
                reminders++;
            }
        }
        return reminders;
    }

}

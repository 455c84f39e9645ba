package com.headroom.outreach;

import com.headroom.base.RuleViolation;
import com.headroom.outreach.OutreachStore.NewEntry;
import com.headroom.security.AdminOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * History written into a member's ledger as it was, older than a rep may log (30 days):
 * for the demo organisation's months of outreach, and for loading history kept elsewhere.
 * It checks no limit and moves no prospect: history is what happened. Administrators (and
 * the system) only.
 */
@Service
public class OutreachHistory {

    private final OutreachStore store;

    private final MemberSeats seats;

    private final LedgerDigests digests;

    private final Clock clock;

    OutreachHistory(OutreachStore store, MemberSeats seats, LedgerDigests digests, Clock clock) {
        this.store = store;
        this.seats = seats;
        this.digests = digests;
        this.clock = clock;
    }

    /**
     * One past action: who it was about (0 for the account), what, when, with a note or
     * not.
     */
    public record PastAction(long prospectId, OutreachType type, Instant at, boolean withNote) {
    }

    /**
     * Writes the actions into the member's ledger, oldest first, and brings their digests
     * up to date.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @AdminOnly
    public int backfill(long memberId, List<PastAction> actions) {
        store.lockMember(memberId);
        var seat = seats.of(memberId).orElseThrow(() -> new RuleViolation("That person has no LinkedIn seat."));
        Instant now = clock.instant();
        var sorted = actions.stream().sorted(Comparator.comparing(PastAction::at)).toList();
        for (var a : sorted) {
            if (a.at().isAfter(now)) {
                throw new RuleViolation("History is in the past; " + a.at() + " is not.");
            }
            store.append(new NewEntry(seat.teamId(), memberId, a.prospectId() == 0 ? null : a.prospectId(), a.type(),
                    a.at(), now, memberId, a.withNote(), null, null, null, 0, null, "history:" + UUID.randomUUID(),
                    null, null));
        }
        digests.refresh(seat);
        return sorted.size();
    }

}

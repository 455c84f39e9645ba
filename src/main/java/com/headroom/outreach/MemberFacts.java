package com.headroom.outreach;

import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.TierSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the limits engine knows of a member besides their ledger.
 *
 * @param tiers the tiers of the member's seat over time, oldest first: each applies from
 * its instant until the next one
 * @param seatStartedOn the seat's first day (its day of month is the billing day)
 * @param linkedInStartedOn when a new or returning LinkedIn account started; null for
 * established
 */
public record MemberFacts(List<TierPeriod> tiers, TeamPolicySettings policy, LocalDate seatStartedOn,
        @Nullable LocalDate linkedInStartedOn) {

    public MemberFacts {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("A member without a tier has no limits to compute");
        }
        tiers = List.copyOf(tiers);
    }

    /**
     * The tier in effect at an instant: the last change at or before it (the first before
     * any).
     */
    public TierSettings tierAt(Instant at) {
        TierPeriod current = tiers.getFirst();
        for (TierPeriod period : tiers) {
            if (!period.from().isAfter(at)) {
                current = period;
            }
        }
        return current.tier();
    }

    /** A tier, and the instant from which it applies. */
    public record TierPeriod(Instant from, TierSettings tier) {
    }
}

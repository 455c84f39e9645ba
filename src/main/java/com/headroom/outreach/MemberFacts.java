package com.headroom.outreach;

import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.TierSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the limits engine knows of a member besides their ledger.
 *
 * @param tiers the tiers of the member's seat over time, oldest first: each applies from
 * its instant until the next one
 * @param seatStartedOn the seat's first day (its day of month is the billing day)
 * @param linkedInStartedOn when a new or returning LinkedIn account started; null for
 * established
 * @param invitedPlaces where the people the member invited lately are and what they do,
 * by prospect: the targeting factor reads it (people missing from it count as unknown)
 * @param network the member's last Connections.csv import, when there is one
 */
public record MemberFacts(List<TierPeriod> tiers, TeamPolicySettings policy, LocalDate seatStartedOn,
        @Nullable LocalDate linkedInStartedOn, Map<Long, ProspectPlace> invitedPlaces,
        Optional<ImportedNetwork> network) {

    public MemberFacts {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("A member without a tier has no limits to compute");
        }
        tiers = List.copyOf(tiers);
        invitedPlaces = Map.copyOf(invitedPlaces);
    }

    /** A member with no invited places and no imported network on file. */
    public MemberFacts(List<TierPeriod> tiers, TeamPolicySettings policy, LocalDate seatStartedOn,
            @Nullable LocalDate linkedInStartedOn) {
        this(tiers, policy, seatStartedOn, linkedInStartedOn, Map.of(), Optional.empty());
    }

    public MemberFacts withInvitedPlaces(Map<Long, ProspectPlace> places) {
        return new MemberFacts(tiers, policy, seatStartedOn, linkedInStartedOn, places, network);
    }

    public MemberFacts withNetwork(Optional<ImportedNetwork> imported) {
        return new MemberFacts(tiers, policy, seatStartedOn, linkedInStartedOn, invitedPlaces, imported);
    }

    public MemberFacts withPolicy(TeamPolicySettings other) {
        return new MemberFacts(tiers, other, seatStartedOn, linkedInStartedOn, invitedPlaces, network);
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

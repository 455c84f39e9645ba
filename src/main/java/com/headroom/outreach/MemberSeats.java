package com.headroom.outreach;

import com.headroom.base.RuleViolation;
import com.headroom.outreach.MemberFacts.TierPeriod;
import com.headroom.team.SeatHistories;
import com.headroom.team.SeatHistory;
import com.headroom.team.TargetMarket;
import com.headroom.team.TeamService;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A member's seat, tiers and team policy: what the limits engine knows besides the
 * ledger.
 */
@Component
class MemberSeats {

    private final SeatHistories accounts;

    private final TierService tiers;

    private final TeamService teams;

    private final PlaybookStore playbook;

    private final NetworkSizes networks;

    private final Clock clock;

    /**
     * The targeting factor reads the last 7 days; a day more covers an evaluation a
     * little in the past (a backdated action).
     */
    static final Duration PLACES_FOR = Duration.ofDays(8);

    MemberSeats(SeatHistories accounts, TierService tiers, TeamService teams, PlaybookStore playbook,
            NetworkSizes networks, Clock clock) {
        this.accounts = accounts;
        this.tiers = tiers;
        this.teams = teams;
        this.playbook = playbook;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * Empty for people without a LinkedIn seat or a team: they have no limits to pace.
     */
    Optional<Seat> of(long memberId) {
        var history = accounts.seatHistory(memberId);
        if (!history.seated() || history.teamId() == null) {
            return Optional.empty();
        }
        Map<Long, TierSettings> byId = new HashMap<>();
        List<TierPeriod> periods = new ArrayList<>();
        for (var period : history.periods()) {
            if (period.tierId() != null) {
                var tier = byId.computeIfAbsent(period.tierId(), id -> tiers.find(id).orElseThrow().settings());
                periods.add(new TierPeriod(period.from(), tier));
            }
        }
        var policy = teams.pacing(history.teamId());
        // Where invited people are matters only to a team that names targets.
        var places = TargetMarket.of(policy).namesTargets()
                ? playbook.invitedPlaces(memberId, clock.instant().minus(PLACES_FOR)) : Map.<Long, ProspectPlace>of();
        var facts = new MemberFacts(periods, policy, history.seatStartedOn(), history.linkedInStartedOn(), places,
                networks.of(memberId));
        return Optional.of(new Seat(history, facts));
    }

    /**
     * The seated people of a team, in one read of their seats, for the team's overview:
     * people without a seat or out of the team are left out.
     */
    Map<Long, Seat> ofTeam(long teamId) {
        var policy = teams.pacing(teamId);
        Map<Long, TierSettings> byId = new HashMap<>();
        Map<Long, Seat> seats = new java.util.LinkedHashMap<>();
        var histories = accounts.seatHistories(teamId);
        var memberIds = histories.stream().map(SeatHistory::accountId).toList();
        var places = TargetMarket.of(policy).namesTargets()
                ? playbook.invitedPlaces(memberIds, clock.instant().minus(PLACES_FOR))
                : Map.<Long, Map<Long, ProspectPlace>>of();
        var imported = networks.of(memberIds);
        for (var history : histories) {
            if (!history.seated() || history.teamId() == null || history.teamId() != teamId) {
                continue;
            }
            List<TierPeriod> periods = new ArrayList<>();
            for (var period : history.periods()) {
                if (period.tierId() != null) {
                    periods.add(new TierPeriod(period.from(),
                            byId.computeIfAbsent(period.tierId(), id -> tiers.find(id).orElseThrow().settings())));
                }
            }
            long member = history.accountId();
            seats.put(member,
                    new Seat(history,
                            new MemberFacts(periods, policy, history.seatStartedOn(), history.linkedInStartedOn(),
                                    places.getOrDefault(member, Map.of()), Optional.ofNullable(imported.get(member)))));
        }
        return seats;
    }

    /** The member's seat, or the sentence to show a member who has none. */
    Seat require(long memberId) {
        return of(memberId).orElseThrow(() -> new RuleViolation(
                "You have no LinkedIn seat in Headroom yet. Ask your administrator to give you one."));
    }

    /** A seated member and the facts the engine needs. */
    record Seat(SeatHistory history, MemberFacts facts) {

        long memberId() {
            return history.accountId();
        }

        long teamId() {
            return history.teamId();
        }
    }

}

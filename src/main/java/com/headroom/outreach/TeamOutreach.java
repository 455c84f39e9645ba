package com.headroom.outreach;

import com.headroom.base.RuleViolation;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's outreach for its managers (and admins): every seated member's headroom now,
 * from the digests their ledger writes keep current rather than from a hundred whole
 * ledgers, and their figures per day. The figures are the limits engine's, so they never
 * contradict a rep's My day.
 */
@Service
@SignedIn
public class TeamOutreach {

    private final MemberSeats seats;

    private final LedgerDigests digests;

    private final DigestStore days;

    private final OverrideStore overrides;

    private final TeamNames teamNames;

    private final Clock clock;

    TeamOutreach(MemberSeats seats, LedgerDigests digests, DigestStore days, OverrideStore overrides,
            TeamNames teamNames, Clock clock) {
        this.seats = seats;
        this.digests = digests;
        this.days = days;
        this.overrides = overrides;
        this.teamNames = teamNames;
        this.clock = clock;
    }

    /**
     * Every seated member of the team with their headroom now, in the order the team
     * lists people.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<MemberStatus> statusOf(long teamId) {
        requireTeam(teamId);
        return statuses(seats.ofTeam(teamId), teamId);
    }

    /**
     * Every seated member's status now and their figures per day over a span, in one read
     * of the team's seats.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public TeamNow now(long teamId, LocalDate from, LocalDate to) {
        requireTeam(teamId);
        var team = seats.ofTeam(teamId);
        var statuses = statuses(team, teamId);
        digests.daysCurrent(team);
        return new TeamNow(statuses, days.days(team.keySet(), from, to));
    }

    /** A team's members now, and their days. */
    public record TeamNow(List<MemberStatus> statuses, List<MemberDay> days) {
    }

    private List<MemberStatus> statuses(java.util.Map<Long, MemberSeats.Seat> team, long teamId) {
        var read = digests.workingSets(team);
        var sets = read.sets();
        var last = read.lastActivity();
        Instant now = clock.instant();
        List<MemberStatus> statuses = new ArrayList<>();
        for (var seat : team.values()) {
            var facts = seat.facts();
            var policy = facts.policy();
            var set = sets.get(seat.memberId());
            statuses.add(new MemberStatus(seat.memberId(), teamId, seat.history().displayName(),
                    facts.tierAt(now).name(), LimitsEngine.evaluate(facts, set, now),
                    Optional.ofNullable(last.get(seat.memberId())), InMailAnswers.lastThirtyDays(set, now),
                    seat.history().seatStartedOn(), ZoneId.of(policy.timeZone()), policy.quietAfterWorkingDays(),
                    policy.workingDays(), policy.acceptanceRateTargetPercent()));
        }
        return statuses;
    }

    /**
     * Every seated member of the team by name, in the order the team lists people:
     * cheaper than {@link #statusOf}.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<Seated> seated(long teamId) {
        requireTeam(teamId);
        return seats.ofTeam(teamId)
            .values()
            .stream()
            .map(s -> new Seated(s.memberId(), s.teamId(), s.history().displayName()))
            .toList();
    }

    /** One seated member of a team the signed-in manager sees. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Seated seatOf(long memberId) {
        var seat = seats.of(memberId).orElseThrow(() -> new RuleViolation("That person has no LinkedIn seat."));
        requireTeam(seat.teamId());
        return new Seated(memberId, seat.teamId(), seat.history().displayName());
    }

    /** A seated member: who, in which team. */
    public record Seated(long memberId, long teamId, String name) {
    }

    /** The seated members' figures per day, from one day to another (both included). */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<MemberDay> days(long teamId, LocalDate from, LocalDate to) {
        requireTeam(teamId);
        var team = seats.ofTeam(teamId);
        digests.daysCurrent(team);
        return days.days(team.keySet(), from, to);
    }

    /**
     * One seated member's figures per day, from one day to another (both included), for
     * their managers.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<MemberDay> daysOf(long memberId, LocalDate from, LocalDate to) {
        var seat = seats.of(memberId).orElseThrow(() -> new RuleViolation("That person has no LinkedIn seat."));
        requireTeam(seat.teamId());
        digests.daysCurrent(java.util.Map.of(memberId, seat));
        return days.days(java.util.Set.of(memberId), from, to);
    }

    /** Requests to go past a limit that wait for a manager of the team, oldest first. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<WaitingRequest> waitingOverrides(long teamId) {
        requireTeam(teamId);
        return overrides.waiting(List.of(teamId))
            .stream()
            .map(r -> new WaitingRequest(r.memberId(), r.prospectId(), r.requestedAt()))
            .toList();
    }

    /** A request someone waits on: whose, about which prospect, since when. */
    public record WaitingRequest(long memberId, Long prospectId, Instant since) {
    }

    private void requireTeam(long teamId) {
        if (!teamNames.visibleTeams().contains(teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not one of yours");
        }
    }

}

package com.headroom.dashboard;

import com.headroom.content.ContentForManagers;
import com.headroom.dashboard.AttentionRules.Week;
import com.headroom.outreach.MemberDay;
import com.headroom.outreach.MemberStatus;
import com.headroom.outreach.TeamOutreach;
import com.headroom.prospect.TeamPipeline;
import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.headroom.warmintro.IntroService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team overview: every seated member's headroom (from the ledger digests, so the figures
 * are their My day's), what waits on them, and the "Needs attention" list, for one team
 * or, for an admin, all of them.
 */
@Service
@SignedIn
public class OverviewService {

    private final TeamService teams;

    private final TeamOutreach outreach;

    private final IntroService intros;

    private final TeamPipeline pipeline;

    private final ContentForManagers content;

    private final CurrentUser currentUser;

    private final Clock clock;

    OverviewService(TeamService teams, TeamOutreach outreach, IntroService intros, TeamPipeline pipeline,
            ContentForManagers content, CurrentUser currentUser, Clock clock) {
        this.teams = teams;
        this.outreach = outreach;
        this.intros = intros;
        this.pipeline = pipeline;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The teams to pick from: a manager's own, every team for an admin (who may also pick
     * "All teams").
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<TeamChoice> teams() {
        return teams.choices();
    }

    public boolean mayPickAllTeams() {
        return currentUser.get().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    /** One team's overview, or every team's for an admin when the team is null. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public TeamOverview overview(Long teamId) {
        Instant now = clock.instant();
        if (teamId == null) {
            if (!mayPickAllTeams()) {
                throw new AccessDeniedException("Only administrators see all teams at once.");
            }
            List<MemberRow> rows = new ArrayList<>();
            List<Attention> attention = new ArrayList<>();
            LocalDate today = null;
            for (var team : teams.choices()) {
                var one = team(team.id(), team.name(), now);
                rows.addAll(one.rows());
                attention.addAll(one.attention());
                today = today == null ? one.today() : today;
            }
            rows.sort(ORDER);
            attention.sort(Comparator.comparing(Attention::kind));
            return new TeamOverview(null, "All teams", now, today == null ? LocalDate.now(clock) : today,
                    List.copyOf(rows), TeamTotals.of(rows), List.copyOf(attention));
        }
        String name = teams.choices()
            .stream()
            .filter(t -> t.id() == teamId)
            .map(TeamChoice::name)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Team " + teamId + " is not one of yours"));
        return team(teamId, name, now);
    }

    /** How many lines "Needs attention" holds across the signed-in manager's teams. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public int attentionCount() {
        int count = 0;
        for (var team : teams.choices()) {
            count += team(team.id(), team.name(), clock.instant()).attention().size();
        }
        return count;
    }

    static final Comparator<MemberRow> ORDER = Comparator.comparingInt(MemberRow::urgency)
        .thenComparing(r -> r.status().name(), String.CASE_INSENSITIVE_ORDER);

    private TeamOverview team(long teamId, String teamName, Instant now) {
        var pacing = teams.pacing(teamId);
        ZoneId zone = ZoneId.of(pacing.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var teamNow = outreach.now(teamId, thisMonday.minusWeeks(2), thisMonday.minusDays(1));
        var statuses = teamNow.statuses();
        var weeks = lastTwoWeeks(teamNow.days(), thisMonday);
        var waitingOverrides = outreach.waitingOverrides(teamId);
        var waitingIntros = intros.waitingInTeam(teamId);

        Map<Long, List<Attention>> byMember = new HashMap<>();
        Map<Long, Integer> overridesOf = new HashMap<>();
        Map<Long, Integer> introsOf = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        statuses.forEach(s -> names.put(s.memberId(), s.name()));
        for (var s : statuses) {
            var lines = byMember.computeIfAbsent(s.memberId(), id -> new ArrayList<>());
            AttentionRules.health(s).ifPresent(lines::add);
            AttentionRules.pendingNearBlock(s).ifPresent(lines::add);
            var w = weeks.getOrDefault(s.memberId(), new Week[] { empty(today, 2), empty(today, 1) });
            AttentionRules.lowAcceptance(s, w[0], w[1]).ifPresent(lines::add);
            AttentionRules.creditsExpiring(s).ifPresent(lines::add);
            AttentionRules.quiet(s, today).ifPresent(lines::add);
        }
        for (var r : waitingOverrides) {
            overridesOf.merge(r.memberId(), 1, Integer::sum);
        }
        waitingOverrides.stream()
            .filter(r -> byMember.containsKey(r.memberId()))
            .filter(r -> AttentionRules.waitedTooLong(r.since(), zone, today, pacing.workingDays()))
            .collect(java.util.stream.Collectors.groupingBy(TeamOutreach.WaitingRequest::memberId))
            .forEach((memberId, list) -> byMember.get(memberId)
                .add(new Attention(Attention.Kind.OVERRIDE_WAITING, teamId, memberId, names.get(memberId),
                        (list.size() == 1 ? "1 request" : list.size() + " requests")
                                + " to go past a limit waiting since "
                                + com.headroom.base.Dates.day(list.getFirst().since(), zone) + " ("
                                + AttentionRules.waited(list.getFirst().since(), zone, today, pacing.workingDays())
                                + " working days).",
                        "overrides")));
        for (var intro : waitingIntros) {
            introsOf.merge(intro.introducerId(), 1, Integer::sum);
            if (byMember.containsKey(intro.introducerId())
                    && AttentionRules.waitedTooLong(intro.askedAt(), zone, today, pacing.workingDays())) {
                byMember.get(intro.introducerId())
                    .add(new Attention(Attention.Kind.INTRO_WAITING, teamId, intro.introducerId(),
                            intro.introducerName(),
                            intro.requesterName() + " has waited "
                                    + AttentionRules.waited(intro.askedAt(), zone, today, pacing.workingDays())
                                    + " working days for an answer to an intro request (asked "
                                    + com.headroom.base.Dates.day(intro.askedAt(), zone) + ").",
                            Attention.memberRoute(intro.introducerId())));
            }
        }
        List<Attention> teamLines = new ArrayList<>(Conflicts.lines(teamId,
                pipeline.accountConflicts(teamId, now.minus(java.time.Duration.ofDays(AttentionRules.CONFLICT_DAYS))),
                names));
        for (var slip : content.slips(teamId, today.minusDays(AttentionRules.SLIP_DAYS - 1), today)) {
            teamLines.add(new Attention(Attention.Kind.CONTENT_SLIP, teamId, slip.memberId(),
                    slip.memberId() == null ? teamName : names.getOrDefault(slip.memberId(), teamName), slip.sentence(),
                    "content"));
        }

        List<MemberRow> rows = new ArrayList<>();
        for (var s : statuses) {
            var lines = byMember.get(s.memberId());
            lines.sort(Comparator.comparing(Attention::kind));
            rows.add(new MemberRow(s, teamName, lastActivity(s, today), AttentionRules.isQuiet(s, today),
                    overridesOf.getOrDefault(s.memberId(), 0), introsOf.getOrDefault(s.memberId(), 0), lines));
        }
        rows.sort(ORDER);
        List<Attention> attention = new ArrayList<>();
        rows.forEach(r -> attention.addAll(r.attention()));
        attention.addAll(teamLines);
        attention.sort(Comparator.comparing(Attention::kind));
        return new TeamOverview(teamId, teamName, now, today, List.copyOf(rows), TeamTotals.of(rows),
                List.copyOf(attention));
    }

    private static String lastActivity(MemberStatus s, LocalDate today) {
        return s.lastActivityAt()
            .map(at -> WorkingDays.ago(at.atZone(s.zone()).toLocalDate(), today, s.workingDays()))
            .orElse("Nothing logged yet");
    }

    /**
     * Per member, the two complete Monday-to-Sunday weeks before this one: [earlier,
     * last].
     */
    private static Map<Long, Week[]> lastTwoWeeks(List<MemberDay> days, LocalDate thisMonday) {
        LocalDate earlierMonday = thisMonday.minusWeeks(2);
        Map<Long, int[]> sums = new HashMap<>();
        for (MemberDay d : days) {
            int slot = d.day().isBefore(thisMonday.minusWeeks(1)) ? 0 : 2;
            var s = sums.computeIfAbsent(d.memberId(), id -> new int[4]);
            s[slot] += d.decided();
            s[slot + 1] += d.decidedAccepted();
        }
        Map<Long, Week[]> weeks = new HashMap<>();
        sums.forEach((id, s) -> weeks.put(id,
                new Week[] { new Week(earlierMonday, s[0], s[1]), new Week(thisMonday.minusWeeks(1), s[2], s[3]) }));
        return weeks;
    }

    private static Week empty(LocalDate today, int weeksBack) {
        return new Week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeksBack), 0, 0);
    }

}

package com.headroom.dashboard;

import com.headroom.content.ContentForManagers;
import com.headroom.dashboard.Results.WeekPoint;
import com.headroom.outreach.ChannelFunnel;
import com.headroom.outreach.MemberDay;
import com.headroom.outreach.TeamOutreach;
import com.headroom.prospect.TeamPipeline;
import com.headroom.prospect.TeamPipeline.Reached;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results over time: what each member's outreach turned into over a period, from the
 * daily figures the ledger keeps current and the pipeline's stage history. The team row
 * is the sum of the member rows, so the two always agree.
 */
@Service
@SignedIn
public class ResultsService {

    /** The weekly chart's reach. */
    static final int WEEKS = 12;

    private final TeamService teams;

    private final TeamOutreach outreach;

    private final TeamPipeline pipeline;

    private final ContentForManagers content;

    private final Clock clock;

    ResultsService(TeamService teams, TeamOutreach outreach, TeamPipeline pipeline, ContentForManagers content,
            Clock clock) {
        this.teams = teams;
        this.outreach = outreach;
        this.pipeline = pipeline;
        this.content = content;
        this.clock = clock;
    }

    /** Today in the team's time zone, for building a period. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public LocalDate today(long teamId) {
        return clock.instant().atZone(zone(teamId)).toLocalDate();
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Results results(long teamId, ResultsPeriod period) {
        String teamName = teams.choices()
            .stream()
            .filter(t -> t.id() == teamId)
            .map(TeamChoice::name)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Team " + teamId + " is not one of yours"));
        ZoneId zone = zone(teamId);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        var seated = outreach.seated(teamId);
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        seated.forEach(s -> tallies.put(s.memberId(), new Tally(s.memberId(), s.name())));
        // One read of the days for both the period and the weekly chart's 12 weeks.
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        LocalDate readFrom = period.from().isBefore(firstMonday) ? period.from() : firstMonday;
        LocalDate readTo = period.to().isAfter(today) ? period.to() : today;
        var days = outreach.days(teamId, readFrom, readTo)
            .stream()
            .filter(d -> tallies.containsKey(d.memberId()))
            .toList();
        for (MemberDay day : days) {
            if (!day.day().isBefore(period.from()) && !day.day().isAfter(period.to())) {
                tallies.get(day.memberId()).add(day);
            }
        }
        var reached = pipeline.reached(teamId, period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
        var inbound = content.inboundByAuthor(teamId, period.from(), period.to());
        List<ResultsRow> rows = new ArrayList<>();
        var team = new Tally(null, teamName);
        for (var tally : tallies.values()) {
            var row = tally.row(reached.getOrDefault(tally.memberId, Reached.NONE),
                    inbound.getOrDefault(tally.memberId, 0));
            rows.add(row);
            team.plus(tally);
        }
        var teamRow = team.row(rows.stream()
            .map(r -> new Reached(r.meetings(), r.opportunities(), r.won()))
            .reduce(Reached.NONE, Reached::plus), rows.stream().mapToInt(ResultsRow::inbound).sum());
        var chartDays = days.stream().filter(d -> !d.day().isBefore(firstMonday) && !d.day().isAfter(today)).toList();
        return weekly(teamId, teamName, period, rows, teamRow, firstMonday, chartDays, tallies.keySet());
    }

    private static Results weekly(long teamId, String teamName, ResultsPeriod period, List<ResultsRow> rows,
            ResultsRow team, LocalDate firstMonday, List<MemberDay> days, java.util.Set<Long> members) {
        var byMemberDays = days.stream().collect(java.util.stream.Collectors.groupingBy(MemberDay::memberId));
        Map<Long, List<WeekPoint>> byMember = new LinkedHashMap<>();
        members.forEach(
                id -> byMember.put(id, WeekPoint.weeks(firstMonday, WEEKS, byMemberDays.getOrDefault(id, List.of()))));
        return new Results(teamId, teamName, period, List.copyOf(rows), team, WeekPoint.weeks(firstMonday, WEEKS, days),
                byMember);
    }

    private ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    /** A member's (or the team's) days added up. */
    private static final class Tally {

        final Long memberId;

        final String name;

        int sent, accepted, replies, granted, inMails, refunded, expired;

        ChannelFunnel channels = ChannelFunnel.NONE;

        final List<Integer> acceptDays = new ArrayList<>();

        final List<Integer> replyDays = new ArrayList<>();

        Tally(Long memberId, String name) {
            this.memberId = memberId;
            this.name = name;
        }

        void add(MemberDay d) {
            sent += d.invitations();
            accepted += d.accepted();
            replies += d.replies();
            granted += d.creditsGranted();
            inMails += d.inMails();
            refunded += d.creditsRefunded();
            expired += d.creditsExpired();
            channels = channels.plus(ChannelFunnel.of(d));
            acceptDays.addAll(d.acceptDays());
            replyDays.addAll(d.replyDays());
        }

        void plus(Tally o) {
            sent += o.sent;
            accepted += o.accepted;
            replies += o.replies;
            granted += o.granted;
            inMails += o.inMails;
            refunded += o.refunded;
            expired += o.expired;
            channels = channels.plus(o.channels);
            acceptDays.addAll(o.acceptDays);
            replyDays.addAll(o.replyDays);
        }

        ResultsRow row(Reached reached, int inbound) {
            return new ResultsRow(memberId, name, sent, accepted, replies, reached.meetings(), reached.opportunities(),
                    reached.won(), ResultsRow.median(acceptDays), ResultsRow.median(replyDays), granted, inMails,
                    refunded, expired, inbound, channels);
        }

    }

}

package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.content.ContentForManagers;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.MemberDay;
import com.headroom.outreach.MemberStatus;
import com.headroom.outreach.TeamOutreach;
import com.headroom.prospect.TeamPipeline;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.headroom.warmintro.IntroService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the managers' team overview shows on the demo as it loads, whatever the day: each
 * kind of "needs attention" line has a member behind it, and results over time have
 * twelve weeks to show.
 */
@HeadroomTest
class DemoAttentionTest {

    private static final String MORGAN = "morgan@acme.example";

    private static final String JORDAN = "jordan@acme.example";

    @Autowired
    TeamOutreach teamOutreach;

    @Autowired
    TeamPipeline pipeline;

    @Autowired
    ContentForManagers contentForManagers;

    @Autowired
    IntroService intros;

    @Autowired
    TeamService teams;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void each_team_has_a_red_and_an_amber_rep() {
        var emea = statuses(MORGAN, "EMEA Sales");
        var americas = statuses(JORDAN, "Americas Sales");
        assertThat(emea.get("Sam Okafor").headroom().health()).as("Sam, restricted by LinkedIn").isEqualTo(Health.RED);
        assertThat(emea.get("Dana Reyes").headroom().health()).as("Dana, invitations pending past the reminder")
            .isEqualTo(Health.AMBER);
        assertThat(americas.get("Tomás García").headroom().health()).as("Tomás, restricted by LinkedIn")
            .isEqualTo(Health.RED);
        assertThat(americas.get("Kim Müller").headroom().health()).as("Kim, many invitations pending")
            .isEqualTo(Health.AMBER);
    }

    @Test
    void kims_pending_invitations_are_within_ten_percent_of_americas_block_and_below_it() {
        var kim = statuses(JORDAN, "Americas Sales").get("Kim Müller").headroom().invitations();
        int block = SystemAuthentication.callAsSystem(() -> teams.pacing(teamId("Americas Sales")))
            .pendingInvitationsBlockAt();
        assertThat(block).isEqualTo(DemoHistory.AMERICAS_PENDING_BLOCK);
        assertThat(kim.pendingBlockAt()).isEqualTo(block);
        assertThat(kim.pending()).isEqualTo(DemoHistory.KIM_PENDING).isLessThan(block);
        assertThat((block - kim.pending()) * 10).as("within 10% of the block").isLessThan(block);
    }

    @Test
    void tomas_accepted_less_than_the_target_in_each_of_the_last_two_complete_weeks_with_five_decided_or_more() {
        var zone = ZoneId.of("America/New_York");
        int target = SystemAuthentication.callAsSystem(() -> teams.pacing(teamId("Americas Sales")))
            .acceptanceRateTargetPercent();
        long tomas = account("tomas@acme.example");
        var thisMonday = LocalDate.ofInstant(clock.instant(), zone)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 1; week <= 2; week++) {
            var monday = thisMonday.minusWeeks(week);
            var days = SignedInAs.call(users, JORDAN, () -> teamOutreach.daysOf(tomas, monday, monday.plusDays(6)));
            int decided = days.stream().mapToInt(MemberDay::decided).sum();
            int accepted = days.stream().mapToInt(MemberDay::decidedAccepted).sum();
            int sent = days.stream().mapToInt(MemberDay::invitations).sum();
            int acceptedOfSent = days.stream().mapToInt(MemberDay::accepted).sum();
            assertThat(decided).as("decided in the week of %s", monday).isGreaterThanOrEqualTo(5);
            assertThat(accepted * 100).as("accepted of decided in the week of %s", monday).isLessThan(target * decided);
            assertThat(acceptedOfSent * 100).as("accepted of sent in the week of %s", monday).isLessThan(target * sent);
        }
    }

    @Test
    void priya_is_quiet_for_four_working_days_or_more_and_her_inmail_credits_expire_this_week_unused() {
        var priya = statuses(JORDAN, "Americas Sales").get("Priya Nair");
        var last = priya.lastActivityAt().orElseThrow();
        assertThat(workingDaysBetween(last, priya.zone(), priya.workingDays())).as("last logged %s", last)
            .isGreaterThanOrEqualTo(4)
            .isGreaterThan(priya.quietAfterWorkingDays());
        assertThat(priya.seatStartedOn()).isBefore(LocalDate.ofInstant(clock.instant(), priya.zone()).minusMonths(6));
        var inMail = priya.headroom().inMail();
        assertThat(inMail.expiringThisWeek())
            .as("Recruiter Lite credits granted %s days ago", DemoData.PRIYA_GRANT_DAYS_AGO)
            .isPositive();
        assertThat(inMail.nextExpiry()).hasValueSatisfying(
                at -> assertThat(at).isAfter(clock.instant()).isBefore(clock.instant().plus(Duration.ofDays(7))));
        assertThat(inMail.balance()).isGreaterThanOrEqualTo(inMail.expiringThisWeek());
    }

    @Test
    void an_override_request_and_an_intro_request_wait_for_more_than_two_working_days_in_each_team() {
        for (var manager : List.of(MORGAN, JORDAN)) {
            String team = manager.equals(MORGAN) ? "EMEA Sales" : "Americas Sales";
            var zone = ZoneId.of(manager.equals(MORGAN) ? "Europe/Berlin" : "America/New_York");
            long id = teamId(team);
            var waitingOverrides = SignedInAs.call(users, manager, () -> teamOutreach.waitingOverrides(id));
            assertThat(waitingOverrides).as(team)
                .anySatisfy(r -> assertThat(workingDaysBetween(r.since(), zone, weekdays())).isGreaterThan(2));
            var waitingIntros = SignedInAs.call(users, manager, () -> intros.waitingInTeam(id));
            assertThat(waitingIntros).as(team)
                .anySatisfy(r -> assertThat(workingDaysBetween(r.askedAt(), zone, weekdays())).isGreaterThan(2));
        }
        var emea = SignedInAs.call(users, MORGAN, () -> teamOutreach.waitingOverrides(teamId("EMEA Sales")));
        assertThat(emea).anySatisfy(r -> assertThat(r.memberId()).isEqualTo(account("sam@acme.example")));
        var americas = SignedInAs.call(users, JORDAN, () -> teamOutreach.waitingOverrides(teamId("Americas Sales")));
        assertThat(americas).anySatisfy(r -> assertThat(r.memberId()).isEqualTo(account("tomas@acme.example")));
        assertThat(SignedInAs.call(users, JORDAN, () -> intros.waitingInTeam(teamId("Americas Sales"))))
            .anySatisfy(r -> {
                assertThat(r.requesterName()).isEqualTo("Kim Müller");
                assertThat(r.introducerName()).isEqualTo("Priya Nair");
            });
    }

    @Test
    void two_members_of_each_team_work_one_company_with_activity_in_the_last_30_days() {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        for (var manager : List.of(MORGAN, JORDAN)) {
            long id = teamId(manager.equals(MORGAN) ? "EMEA Sales" : "Americas Sales");
            var conflicts = SignedInAs.call(users, manager, () -> pipeline.accountConflicts(id, since));
            assertThat(conflicts).as(manager).anySatisfy(c -> {
                assertThat(c.owners()).isGreaterThanOrEqualTo(2);
                assertThat(c.prospects()).allSatisfy(p -> assertThat(p.lastActivityAt()).isAfterOrEqualTo(since));
            });
        }
    }

    @Test
    void emeas_content_cadence_slipped_and_both_teams_posts_brought_connection_requests() {
        var zone = ZoneId.of("Europe/Berlin");
        var today = LocalDate.ofInstant(clock.instant(), zone);
        long emea = teamId("EMEA Sales");
        assertThat(SignedInAs.call(users, MORGAN, () -> contentForManagers.slips(emea, today.minusDays(14), today)))
            .isNotEmpty();
        for (var manager : List.of(MORGAN, JORDAN)) {
            long id = teamId(manager.equals(MORGAN) ? "EMEA Sales" : "Americas Sales");
            var inbound = SignedInAs.call(users, manager,
                    () -> contentForManagers.inboundByAuthor(id, today.minusWeeks(DemoHistory.WEEKS), today));
            assertThat(inbound).as(manager).hasSizeGreaterThanOrEqualTo(2);
            assertThat(inbound.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(10);
        }
    }

    @Test
    void several_reps_reached_meetings_opportunities_and_won_deals_over_the_twelve_weeks_before_this_one() {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(7L * DemoHistory.WEEKS));
        // Before this week, so that the stage changes DemoData makes on loading do not
        // count.
        Instant to = now.minus(Duration.ofDays(7));
        var reached = SignedInAs.call(users, MORGAN, () -> pipeline.reached(teamId("EMEA Sales"), from, to));
        var americas = SignedInAs.call(users, JORDAN, () -> pipeline.reached(teamId("Americas Sales"), from, to));
        var all = new java.util.HashMap<>(reached);
        all.putAll(americas);
        assertThat(all.values().stream().filter(r -> r.meetings() > 0)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all.values().stream().filter(r -> r.opportunities() > 0)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.values().stream().filter(r -> r.won() > 0)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reached.values().stream().filter(r -> r.won() > 0)).as("EMEA").isNotEmpty();
        assertThat(americas.values().stream().filter(r -> r.won() > 0)).as("Americas").isNotEmpty();
    }

    @Test
    void reps_wrote_today_got_replies_and_sent_and_got_answers_to_inmails_in_the_last_30_days() {
        var emea = statuses(MORGAN, "EMEA Sales");
        var americas = statuses(JORDAN, "Americas Sales");
        for (var rep : List.of(emea.get("Dana Reyes"), americas.get("Kim Müller"), americas.get("Tomás García"))) {
            assertThat(rep.headroom().messages().sentToday()).as(rep.name()).isPositive();
        }
        for (var rep : List.of(emea.get("Dana Reyes"), americas.get("Kim Müller"))) {
            assertThat(rep.inMailsAnswered().accepted()).as(rep.name()).isPositive();
            assertThat(rep.inMailsAnswered().of()).as(rep.name())
                .isGreaterThanOrEqualTo(rep.inMailsAnswered().accepted());
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC"));
        for (var manager : List.of(MORGAN, JORDAN)) {
            long id = teamId(manager.equals(MORGAN) ? "EMEA Sales" : "Americas Sales");
            var days = SignedInAs.call(users, manager,
                    () -> teamOutreach.days(id, today.minusWeeks(DemoHistory.WEEKS).minusDays(1), today.plusDays(1)));
            var replies = days.stream()
                .collect(Collectors.groupingBy(MemberDay::memberId, Collectors.summingInt(MemberDay::replies)));
            assertThat(replies.values().stream().filter(n -> n > 0)).as(manager).hasSizeGreaterThanOrEqualTo(3);
            var oldest = days.stream().map(MemberDay::day).min(LocalDate::compareTo).orElseThrow();
            assertThat(oldest).as("history of %s reaches back twelve weeks", manager)
                .isBeforeOrEqualTo(today.minusWeeks(DemoHistory.WEEKS).plusDays(3));
        }
    }

    // ---- Helpers. ----

    private int workingDaysBetween(Instant at, ZoneId zone, Set<DayOfWeek> workingDays) {
        return HistoryPlanTest.workingDaysBetween(at, zone, workingDays, clock.instant());
    }

    private static Set<DayOfWeek> weekdays() {
        return java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    private Map<String, MemberStatus> statuses(String manager, String team) {
        long id = teamId(team);
        Supplier<List<MemberStatus>> read = () -> teamOutreach.statusOf(id);
        return SignedInAs.call(users, manager, read).stream().collect(Collectors.toMap(MemberStatus::name, s -> s));
    }

    private long teamId(String name) {
        return jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
    }

    private long account(String email) {
        return jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
    }

}

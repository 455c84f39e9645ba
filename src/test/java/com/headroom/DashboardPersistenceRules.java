package com.headroom;

import static com.headroom.TestData.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.TeamOutreach;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.prospect.TeamPipeline;
import com.headroom.team.TeamSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The manager overview's SQL on every database ({@link PersistenceRules} extends this):
 * the pipeline's stage history, account conflicts, and daily figures that ledger writes
 * keep current through the database, so a second app node never reads a stale day.
 */
abstract class DashboardPersistenceRules extends PlaybookPersistenceRules {

    @Autowired
    private TestData testData;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private OutreachService outreach;

    @Autowired
    private TeamOutreach teamOutreach;

    @Autowired
    private TeamPipeline pipeline;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private TestClock clock;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void stage_history_counts_each_prospect_once_per_step_reached_and_conflicts_name_both_owners() {
        clock.set(Instant.parse("2026-11-16T09:00:00Z"));
        TeamSummary team = testData.team("Pipeline SQL");
        var manager = testData.manager("Pia Pipeline", team.id(), Set.of(team.id()));
        var dana = testData.member("Dana Deal", team.id());
        var sam = testData.member("Sam Second", team.id());
        var won = prospect(team, dana, "Wanda", "Siemens AG");
        var skipped = prospect(team, dana, "Otto", "Bosch");
        var samsSiemens = prospect(team, sam, "Sigrid", "siemens");
        testData.as(dana, () -> prospects.changeStage(won.id(), Stage.CONNECTED));
        testData.as(sam, () -> prospects.changeStage(samsSiemens.id(), Stage.ENGAGED));
        clock.set(Instant.parse("2026-11-17T09:00:00Z"));
        testData.as(dana, () -> prospects.changeStage(won.id(), Stage.MEETING));
        // Straight from Connected to Opportunity: it reached a meeting's step too.
        testData.as(dana, () -> prospects.changeStage(skipped.id(), Stage.OPPORTUNITY));
        clock.set(Instant.parse("2026-11-18T09:00:00Z"));
        testData.as(dana, () -> prospects.changeStage(won.id(), Stage.OPPORTUNITY));
        testData.as(dana, () -> prospects.changeStage(won.id(), Stage.WON));
        // Back and forth does not count twice.
        testData.as(dana, () -> prospects.changeStage(skipped.id(), Stage.MEETING));
        testData.as(dana, () -> prospects.changeStage(skipped.id(), Stage.OPPORTUNITY));

        var reached = SignedInAs.call(users, manager.email(), () -> pipeline.reached(team.id(),
                Instant.parse("2026-11-16T00:00:00Z"), Instant.parse("2026-11-19T00:00:00Z")));
        assertThat(reached.get(dana.id())).isEqualTo(new TeamPipeline.Reached(2, 2, 1));
        assertThat(reached.get(sam.id())).isNull();
        var beforeTheWin = SignedInAs.call(users, manager.email(), () -> pipeline.reached(team.id(),
                Instant.parse("2026-11-16T00:00:00Z"), Instant.parse("2026-11-18T00:00:00Z")));
        assertThat(beforeTheWin.get(dana.id())).isEqualTo(new TeamPipeline.Reached(2, 1, 0));

        var conflicts = SignedInAs.call(users, manager.email(),
                () -> pipeline.accountConflicts(team.id(), Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.getFirst().owners()).isEqualTo(2);
        assertThat(conflicts.getFirst().prospects()).extracting(TeamPipeline.ConflictProspect::name)
            .containsExactlyInAnyOrder("Wanda Example", "Sigrid Example");
    }

    @Test
    void a_days_figures_follow_every_ledger_write_read_through_the_database() {
        var zone = ZoneId.of("Europe/Berlin");
        Instant monday = LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(zone).toInstant();
        clock.set(monday);
        TeamSummary team = testData.team("Digest SQL");
        var manager = testData.manager("Dora Digest", team.id(), Set.of(team.id()));
        var rep = testData.member("Rita Rows", team.id());
        var first = prospect(team, rep, "Anna", "Acme");
        var second = prospect(team, rep, "Bert", "Acme");
        testData.as(rep, () -> outreach.log(LogRequest.now(first.id(), OutreachType.INVITATION_SENT, key())));
        var day = LocalDate.of(2026, 11, 23);
        assertThat(SignedInAs.call(users, manager.email(), () -> teamOutreach.daysOf(rep.id(), day, day)))
            .singleElement()
            .extracting(d -> d.invitations())
            .isEqualTo(1);

        clock.set(monday.plus(Duration.ofMinutes(30)));
        testData.as(rep, () -> outreach.log(LogRequest.now(second.id(), OutreachType.INVITATION_SENT, key())));
        testData.as(rep, () -> outreach.log(LogRequest.now(first.id(), OutreachType.INVITATION_ACCEPTED, key())));
        var days = SignedInAs.call(users, manager.email(), () -> teamOutreach.days(team.id(), day, day));
        var repsDay = days.stream().filter(d -> d.memberId() == rep.id()).findFirst().orElseThrow();
        assertThat(repsDay.invitations()).isEqualTo(2);
        assertThat(repsDay.accepted()).isEqualTo(1);
        assertThat(repsDay.acceptDays()).containsExactly(0);
    }

    @Test
    void another_nodes_write_is_seen_by_the_next_overview_on_this_node() {
        Instant now = LocalDate.of(2026, 11, 24).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        clock.set(now);
        TeamSummary team = testData.team("Two nodes");
        var manager = testData.manager("Nora Node", team.id(), Set.of(team.id()));
        var rep = testData.member("Otto Other", team.id());
        var first = prospect(team, rep, "Ulla", "Acme");
        var second = prospect(team, rep, "Vera", "Acme");
        testData.as(rep, () -> outreach.log(LogRequest.now(first.id(), OutreachType.INVITATION_SENT, key())));
        assertThat(sentThisWeek(manager, team, rep)).isEqualTo(1);

        // What another node's write leaves in the database: the entry, and the member's
        // write count moved on.
        jdbc.update("INSERT INTO outreach_entry (team_id, member_id, prospect_id, type, occurred_at, logged_at,"
                + " with_note, credits, idempotency_key) VALUES (?, ?, ?, 'INVITATION_SENT', ?, ?, FALSE, 0, ?)",
                team.id(), rep.id(), second.id(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), key());
        jdbc.update("UPDATE outreach_account SET writes = writes + 1 WHERE member_id = ?", rep.id());
        assertThat(sentThisWeek(manager, team, rep)).as("this node's decoded copy is not used").isEqualTo(2);
    }

    private int sentThisWeek(TestData.Person manager, TeamSummary team, TestData.Person rep) {
        return SignedInAs.call(users, manager.email(), () -> teamOutreach.statusOf(team.id()))
            .stream()
            .filter(s -> s.memberId() == rep.id())
            .findFirst()
            .orElseThrow()
            .headroom()
            .invitations()
            .sentThisWeek();
    }

    private ProspectDetails prospect(TeamSummary team, TestData.Person owner, String first, String company) {
        return testData.prospect(owner, team.id(), first, "Example", company);
    }

}

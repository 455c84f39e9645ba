package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.outreach.LogRequest;
import com.headroom.outreach.MyDayService;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.PlaybookService;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.StrengthOverride;
import com.headroom.warmintro.WarmIntroService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The playbook's SQL on every database ({@link PersistenceRules} extends this): the
 * policy's targets and warm-up round-trip and are bounded by CHECKs, My day's reads
 * (invited people's places, planned prospects, connected ones, close connections, the
 * imported network) run, and the keep-in-touch marks upsert.
 */
abstract class PlaybookPersistenceRules extends EmailPersistenceRules {

    @Autowired
    private TestData testData;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private OutreachService outreach;

    @Autowired
    private MyDayService myDay;

    @Autowired
    private PlaybookService playbook;

    @Autowired
    private TeamService teams;

    @Autowired
    private ConnectionImportService connections;

    @Autowired
    private WarmIntroService warmIntros;

    @Autowired
    private TestClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_playbooks_reads_and_marks_work_on_this_database() {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        clock.set(now.minus(Duration.ofDays(20)));
        var team = testData.team("Playbook SQL");
        SystemAuthentication.callAsSystem(() -> {
            var policy = teams.policy(team.id());
            return teams.updatePolicy(team.id(), policy.version(),
                    policy.settings().withTargets(Set.of("Germany", "Österreich"), Set.of("Software")));
        });
        var stored = SystemAuthentication.callAsSystem(() -> teams.policy(team.id())).settings();
        assertThat(stored.targetRegions()).containsExactly("Germany", "Österreich");

        var rep = testData.member("Pia Playbook", team.id());
        var far = add(rep, team.id(), "Fay", "Lyon, France");
        var near = add(rep, team.id(), "Nils", "Graz, Österreich");
        for (var p : java.util.List.of(far, near)) {
            testData.as(rep, () -> outreach.log(new LogRequest(p.id(), OutreachType.INVITATION_SENT, null, null, null,
                    null, TestData.key(), null)));
        }
        // Within the 7 days the places of the invited people are read (one join on this
        // database): Lyon is outside the targets, Graz in them.
        var targeting = testData.as(rep, () -> myDay.myDay()).headroom().orElseThrow().targeting();
        assertThat(targeting.invitations()).isEqualTo(2);
        assertThat(targeting.outside()).isEqualTo(1);
        assertThat(targeting.unknown()).isZero();
        clock.set(now.minus(Duration.ofDays(19)));
        testData.as(rep, () -> outreach.log(new LogRequest(near.id(), OutreachType.INVITATION_ACCEPTED, null, null,
                null, null, TestData.key(), null)));
        var planned = add(rep, team.id(), "Paul", "Berlin, Germany");
        testData.as(rep, () -> prospects.changeStage(planned.id(), Stage.RESEARCHED));
        String url = "https://www.linkedin.com/in/cleo-" + UUID.randomUUID();
        testData.as(rep,
                () -> connections.importConnections("Connections.csv",
                        (ConnectionFiles.HEADER + "Cleo,Close," + url + ",,Fjord AB,CTO,01 Mar 2025\n")
                            .getBytes(StandardCharsets.UTF_8),
                        done -> {
                        }));
        long cleo = jdbc.queryForObject("SELECT id FROM wi_person WHERE profile_url = ?", Long.class, url);
        testData.as(rep, () -> warmIntros.setStrength(cleo, StrengthOverride.CLOSE));

        clock.set(now);
        testData.as(rep, () -> playbook.setKeepInTouchDays(14));
        testData.as(rep, () -> playbook.setKeepInTouchDays(10));
        assertThat(jdbc.queryForObject("SELECT after_days FROM keep_in_touch_setting WHERE member_id = ?",
                Integer.class, rep.id()))
            .isEqualTo(10);
        var day = testData.as(rep, () -> myDay.myDay());
        var h = day.headroom().orElseThrow();
        // The 7 days are over for both invitations: nothing to count, but the read ran.
        assertThat(h.targeting().invitations()).isZero();
        assertThat(h.network().connections()).hasValue(1);
        assertThat(day.warmUp().items()).extracting(t -> t.prospectId()).containsExactly(planned.id());
        assertThat(day.keepInTouch().people()).extracting(p -> p.name()).containsExactly("Cleo Close", "Nils Example");

        String nilsKey = day.keepInTouch().people().get(1).personKey();
        String cleoKey = day.keepInTouch().people().get(0).personKey();
        testData.as(rep, () -> playbook.talked(cleoKey));
        testData.as(rep, () -> playbook.notNow(cleoKey));
        testData.as(rep, () -> playbook.notNow(nilsKey));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM keep_in_touch_mark WHERE member_id = ?"
                + " AND talked_at IS NOT NULL AND snoozed_until IS NOT NULL", Integer.class, rep.id()))
            .isEqualTo(1);
        var after = testData.as(rep, () -> myDay.myDay());
        assertThat(after.keepInTouch().people()).isEmpty();
        assertThat(after.keepInTouch().handledToday()).isEqualTo(2);

        assertThat(SystemAuthentication.callAsSystem(() -> teams.targetChoices(team.id())).regions()).contains("France",
                "Österreich", "Germany");

        // Warmed against cold reads a window of the ledger in one query.
        var warmUp = SystemAuthentication.callAsSystem(() -> playbook.warmUpResults(team.id(),
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 25)));
        assertThat(warmUp.team().coldSent()).isEqualTo(2);
        assertThat(warmUp.team().coldAccepted()).isEqualTo(1);
        assertThat(warmUp.team().warmedSent()).isZero();

        assertThatThrownBy(
                () -> jdbc.update("UPDATE keep_in_touch_setting SET after_days = 3 WHERE member_id = ?", rep.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO keep_in_touch_mark (member_id, person_key, marked_at)"
                + " VALUES (?, 'prospect:1', TIMESTAMP '2026-11-25 09:00:00')", rep.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE team_policy SET warm_up_days = 15 WHERE team_id = ?", team.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        clock.reset();
    }

    private com.headroom.prospect.ProspectDetails add(TestData.Person owner, long teamId, String first,
            String location) {
        return testData.as(owner,
                () -> prospects.add(teamId,
                        new ProspectDraft(first, "Example", "CFO", "Acme",
                                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID(), "",
                                EmailStatus.UNKNOWN, location, "Software", null, Set.of(), "")));
    }

}

package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.MyDayService;
import com.headroom.outreach.PlaybookService;
import com.headroom.team.TeamService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo shows every habit of the playbook to whoever signs in. */
@HeadroomTest
class DemoPlaybookTest {

    @Autowired
    MyDayService myDay;

    @Autowired
    PlaybookService playbook;

    @Autowired
    TeamService teams;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void dana_has_prospects_to_warm_up_relationships_to_keep_and_her_network_counted() {
        var day = SignedInAs.call(users, "dana@acme.example", () -> myDay.myDay());
        assertThat(day.warmUp().items()).isNotEmpty()
            .allMatch(t -> t.what().startsWith("Engaged on 1 of the 2 days before inviting"));
        assertThat(day.keepInTouch().people()).isNotEmpty().anyMatch(p -> p.what().startsWith("Close connection"));
        assertThat(day.headroom().orElseThrow().network().connections()).isPresent();
    }

    @Test
    void morgan_invited_mostly_outside_the_targets_and_sam_is_close_to_the_network_cap() {
        var morgan = SignedInAs.call(users, "morgan@acme.example", () -> myDay.myDay()).headroom().orElseThrow();
        assertThat(morgan.targeting().named()).isTrue();
        assertThat(morgan.reasons()).extracting(HealthReason::sentence)
            .anyMatch(s -> s.contains("went to people outside the team's target regions and industries"));
        var sam = SignedInAs.call(users, "sam@acme.example", () -> myDay.myDay()).headroom().orElseThrow();
        assertThat(sam.network().level()).isEqualTo(Health.AMBER);
        assertThat(sam.network().connections().getAsInt()).isGreaterThanOrEqualTo(DemoPlaybook.SAMS_CONNECTIONS);
    }

    @Test
    void results_show_warmed_up_invitations_accepted_more_often_than_cold_ones() {
        long emea = SignedInAs
            .call(users, "morgan@acme.example",
                    () -> teams.choices().stream().filter(t -> t.name().equals("EMEA Sales")).findFirst().orElseThrow())
            .id();
        var today = LocalDate.now();
        var results = SignedInAs.call(users, "morgan@acme.example",
                () -> playbook.warmUpResults(emea, today.minusWeeks(12), today));
        var team = results.team();
        assertThat(team.warmedSent()).isGreaterThan(50);
        assertThat(team.coldSent()).isGreaterThan(50);
        assertThat(team.warmedPercent().orElseThrow()).isGreaterThan(team.coldPercent().orElseThrow());
    }

    @Test
    void quality_connections_have_fits_to_count() {
        Integer wellFitting = jdbc.queryForObject("SELECT COUNT(*) FROM prospect p JOIN team t ON t.id = p.team_id"
                + " WHERE t.name IN ('EMEA Sales', 'Americas Sales') AND p.icp_fit >= 4", Integer.class);
        assertThat(wellFitting).isGreaterThan(100);
    }

}

package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.content.CadenceFinding;
import com.headroom.content.ContentService;
import com.headroom.content.ContentType;
import com.headroom.outreach.OutreachService;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectService;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSummary;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@HeadroomTest
class DemoDataTest {

    private static final List<String> DEMO_LOGINS = List.of("admin@acme.example", "morgan@acme.example",
            "jordan@acme.example", "dana@acme.example", "sam@acme.example", "lee@acme.example", "priya@acme.example",
            "tomas@acme.example", "kim@acme.example");

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    DemoData demoData;

    @Autowired
    ProspectService prospects;

    @Autowired
    ContentService content;

    @Autowired
    com.headroom.content.ContentTeamSettings settings;

    @Autowired
    OutreachService outreach;

    @Autowired
    com.headroom.outreach.OverrideService overrides;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_demo_organisation_has_two_teams_an_admin_two_managers_and_six_members_over_the_tiers() {
        Map<String, AccountSummary> demo = demoAccounts();
        assertThat(demo).hasSize(9);
        assertThat(demo.values().stream().filter(a -> a.role() == Role.ADMIN)).hasSize(1);
        assertThat(demo.values().stream().filter(a -> a.role() == Role.MANAGER)).hasSize(2);
        assertThat(demo.values().stream().filter(a -> a.role() == Role.MEMBER)).hasSize(6);
        assertThat(demo.values().stream().filter(a -> a.role() != Role.ADMIN).map(AccountSummary::teamName))
            .containsOnly("EMEA Sales", "Americas Sales");
        assertThat(demo.values().stream().filter(a -> a.role() == Role.MEMBER).map(AccountSummary::tierName).distinct())
            .hasSize(6);
    }

    @Test
    void each_demo_team_has_prospects_in_many_stages_and_a_do_not_contact_entry() {
        long emea = teamId("EMEA Sales");
        long americas = teamId("Americas Sales");
        var emeaCounts = SignedInAs.call(userDetailsService, "dana@acme.example",
                () -> prospects.pipeline(ProspectFilter.team(emea)));
        // 16 written out, and the people of Dana's three weeks of demo outreach.
        assertThat(emeaCounts.total()).isGreaterThan(16 + 40);
        assertThat(emeaCounts.byStage().keySet()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(emeaCounts.doNotContact()).as("Chloé Bernard works at Globex").isEqualTo(1);
        var americasCounts = SignedInAs.call(userDetailsService, "priya@acme.example",
                () -> prospects.pipeline(ProspectFilter.team(americas)));
        // 11 written out, and the people of the team's twelve weeks of history
        // (DemoHistory).
        assertThat(americasCounts.total()).isGreaterThan(11 + 300);
        assertThat(americasCounts.byStage().keySet()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(americasCounts.doNotContact()).as("Liam Wilson asked not to be contacted").isEqualTo(1);
    }

    @Test
    void every_demo_login_signs_in_with_the_readme_password() {
        for (String email : DEMO_LOGINS) {
            var user = (HeadroomUser) userDetailsService.loadUserByUsername(email);
            assertThat(passwordEncoder.matches(DemoData.PASSWORD, user.getPassword())).as(email).isTrue();
            assertThat(user.isEnabled()).as(email).isTrue();
        }
    }

    @Test
    void lee_whom_the_readme_calls_a_new_linkedin_account_is_in_week_1_or_2_of_ramp_up_on_the_day_the_demo_loads() {
        var headroom = SignedInAs.call(userDetailsService, "lee@acme.example", () -> outreach.myHeadroom())
            .orElseThrow();
        assertThat(headroom.invitations().rampUp()).as("Lee ramps up").hasValueSatisfying(ramp -> {
            assertThat(ramp.week()).isBetween(1, 2);
            assertThat(ramp.weekly()).as("under the Free tier's 100 a week").isLessThan(100);
        });
        assertThat(headroom.invitations().budgetReason()).contains("ramp-up week ");
    }

    @Test
    void sams_invitation_sent_during_his_restriction_is_stored_past_the_limit_and_morgan_sees_why() {
        var sam = SignedInAs.call(userDetailsService, "sam@acme.example", () -> outreach.myHeadroom()).orElseThrow();
        assertThat(sam.health()).isEqualTo(com.headroom.outreach.Headroom.Health.RED);
        assertThat(sam.reasons()).anySatisfy(r -> assertThat(r.sentence()).startsWith(
                "1 invitation logged past the" + " team's limits in the last 7 days (cooldown after a restriction)"));
        var seen = SignedInAs.call(userDetailsService, "morgan@acme.example", () -> overrides.loggedPastALimit());
        assertThat(seen).anySatisfy(e -> {
            assertThat(e.memberName()).isEqualTo("Sam Okafor");
            assertThat(e.reason()).isEqualTo("I sent it from my phone at the event, before I remembered the pause");
        });
    }

    @Test
    void demo_data_loads_only_into_a_database_without_accounts() throws Exception {
        demoData.run(new DefaultApplicationArguments());
        List<TeamChoice> all = SystemAuthentication.callAsSystem(teams::choices);
        assertThat(all.stream().filter(t -> t.name().equals("EMEA Sales"))).hasSize(1);
        assertThat(demoAccounts()).hasSize(9);
    }

    @Test
    void the_demo_calendar_has_every_newsletter_edition_its_rule_asks_for_up_to_the_next_one() {
        long emea = teamId("EMEA Sales");
        var findings = SignedInAs.call(userDetailsService, "morgan@acme.example", () -> {
            var rule = settings.cadences(emea)
                .stream()
                .filter(c -> c.type() == ContentType.NEWSLETTER)
                .findFirst()
                .orElseThrow();
            // Due on its first day, two weeks later, and on the next edition's day, four
            // weeks later.
            return settings.findings(emea, rule.startsOn(), rule.startsOn().plusWeeks(4).plusDays(1));
        });
        assertThat(findings).extracting(CadenceFinding::sentence).filteredOn(s -> s.startsWith("Newsletter")).isEmpty();
    }

    private long teamId(String name) {
        return SystemAuthentication.callAsSystem(teams::choices)
            .stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow()
            .id();
    }

    private Map<String, AccountSummary> demoAccounts() {
        return SystemAuthentication
            .callAsSystem(
                    () -> accounts.page(new AccountFilter("@acme.example", null, null, true), PageRequest.of(0, 500))
                        .getContent())
            .stream()
            .filter(a -> DEMO_LOGINS.contains(a.email()))
            .collect(Collectors.toMap(AccountSummary::email, a -> a));
    }

}

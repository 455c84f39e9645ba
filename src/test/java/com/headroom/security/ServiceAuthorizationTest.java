package com.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.DemoAccounts;
import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.AuditLog;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.AccountSummary;
import com.headroom.team.TeamPolicySettings;
import com.headroom.team.TeamService;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The second line of defence: services refuse what a role may not do, whatever a view
 * shows.
 */
@HeadroomTest
class ServiceAuthorizationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    TierService tiers;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    com.headroom.team.SeatHistories seatHistories;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestData testData;

    @Test
    void a_member_may_read_the_tier_catalogue_but_not_change_it() {
        var free = testData.tier("Free");
        assertThat(asMember(() -> tiers.offeredTiers())).isNotEmpty();
        refusedForMember(() -> tiers.update(free.id(), free.version(), free.settings()));
        refusedForMember(() -> tiers.create(TierSettings.blank()));
        refusedForMember(() -> tiers.retire(free.id()));
    }

    @Test
    void a_member_may_not_list_invite_or_deactivate_people() {
        refusedForMember(() -> accounts.page(AccountFilter.everyone(), PageRequest.of(0, 10)));
        refusedForMember(() -> accounts.invite(AccountDraft.newMember(LocalDate.of(2026, 1, 1))));
        refusedForMember(() -> signIn.newPasswordLink(1L));
        refusedForMember(() -> signIn.deactivate(1L));
        refusedForMember(() -> signIn.signOutEverywhere(1L));
        refusedForMember(() -> signIn.openSessionCount(1L));
    }

    @Test
    void a_member_may_not_create_teams_change_policies_or_read_the_audit_log() {
        var team = testData.team("Guarded");
        refusedForMember(() -> teams.create("Sneaky team", "UTC"));
        refusedForMember(() -> teams.rename(team.id(), "Renamed by a member"));
        refusedForMember(() -> teams.updatePolicy(team.id(), 0, TeamPolicySettings.defaults("UTC")));
        refusedForMember(() -> teams.policy(team.id()));
        refusedForMember(() -> auditLog.page(null, PageRequest.of(0, 10)));
    }

    @Test
    void a_manager_reads_only_their_teams_people_and_policies_and_changes_nothing() {
        var other = testData.team("Not Morgan's");
        var stranger = testData.member("Stranger", other.id());
        var emea = SignedInAs.call(users, DemoAccounts.MANAGER_EMEA, () -> teams.choices());
        assertThat(emea).extracting(t -> t.name()).containsExactly("EMEA Sales");

        var seen = SignedInAs.call(users, DemoAccounts.MANAGER_EMEA,
                () -> accounts.page(new AccountFilter(null, null, null, true), PageRequest.of(0, 500)).getContent());
        assertThat(seen).extracting(AccountSummary::teamName).containsOnly("EMEA Sales");
        assertThat(SignedInAs.call(users, DemoAccounts.MANAGER_EMEA, () -> accounts.find(stranger.id()))).isEmpty();
        assertThatThrownBy(() -> SignedInAs.call(users, DemoAccounts.MANAGER_EMEA, () -> teams.policy(other.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> SignedInAs
                    .run(users, DemoAccounts.MANAGER_EMEA,
                            () -> accounts.invite(new AccountDraft("Sneaky", "sneaky@acme.example", Role.MEMBER,
                                    emea.getFirst().id(), testData.tier("Free").id(), LocalDate.of(2026, 1, 1), null,
                                    null, Set.of()))))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> SignedInAs.call(users, DemoAccounts.MANAGER_EMEA, () -> signIn.signOutEverywhere(stranger.id())))
            .as("only admins end another person's sessions")
            .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    com.headroom.outreach.LedgerUpkeep upkeep;

    @Autowired
    com.headroom.outreach.OutreachService outreach;

    @Autowired
    com.headroom.outreach.OverrideService overrides;

    @Autowired
    com.headroom.outreach.MyDayService myDay;

    @Autowired
    com.headroom.outreach.TemplateService templates;

    @Test
    void a_member_may_not_run_the_ledger_jobs_read_another_team_or_decide_overrides() {
        var other = testData.team("Not Dana's");
        var stranger = testData.member("Other Rep", other.id());
        refusedForMember(() -> upkeep.grantCredits(stranger.id()));
        refusedForMember(() -> upkeep.remindWithdrawals(stranger.id()));
        refusedForMember(() -> seatHistories.seatHistory(stranger.id()));
        refusedForMember(() -> templates.page(other.id(), false, 0, 10));
        refusedForMember(() -> overrides.overridesToDecide());
        refusedForMember(() -> overrides.approveOverride(1L, "no"));
        refusedForMember(() -> overrides.loggedPastALimit());
    }

    @Test
    void an_admin_runs_headroom_but_does_not_prospect_or_read_a_teams_templates() {
        var team = testData.team("Admin-free");
        assertThatThrownBy(
                () -> SignedInAs.run(users, DemoAccounts.ADMIN, () -> templates.page(team.id(), false, 0, 10)))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedInAs.call(users, DemoAccounts.ADMIN, () -> outreach.myHeadroom())).isEmpty();
    }

    @Autowired
    com.headroom.content.ContentService content;

    @Autowired
    com.headroom.content.ContentTeamSettings settings;

    @Test
    void content_is_team_data_and_only_its_managers_set_review_and_cadence() {
        var team = testData.team("Posting");
        var member = testData.member("Poster", team.id());
        assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.ADMIN, () -> content.team(team.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> SignedInAs.run(users, member.email(), () -> settings.setRequireReview(team.id(), true)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedInAs.run(users, member.email(),
                () -> settings.addCadence(team.id(), com.headroom.content.Cadence.perMember(3))))
            .isInstanceOf(AccessDeniedException.class);
        refusedForMember(() -> content.team(team.id()));
    }

    @Autowired
    com.headroom.warmintro.WarmIntroService warmIntros;

    @Autowired
    com.headroom.warmintro.CompanyService companyNames;

    @Autowired
    com.headroom.prospect.ProspectCompanies prospectCompanies;

    @Autowired
    com.headroom.warmintro.IntroService intros;

    @Autowired
    com.headroom.outreach.Exchanges exchanges;

    @Test
    void networks_are_their_members_own_and_only_admins_change_how_company_names_meet() {
        var team = testData.team("Networking");
        testData.member("Networker", team.id());
        // Administrators have no network and see no team's paths; another team's members
        // see nothing.
        assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.ADMIN, () -> warmIntros.myNetwork()))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.ADMIN,
                () -> warmIntros.search(team.id(), "Acme", null, null, 0, 10)))
            .isInstanceOf(AccessDeniedException.class);
        refusedForMember(() -> warmIntros.search(team.id(), "Acme", null, null, 0, 10));
        refusedForMember(() -> intros.stats(team.id()));
        refusedForMember(() -> exchanges.between(team.id(), java.util.List.of(1L), java.util.List.of("x"),
                java.time.Instant.now()));
        refusedForMember(() -> companyNames.addAlias("P&G", "Procter & Gamble"));
        // The companies every team's prospects name are for the administrators'
        // company-name screen only.
        refusedForMember(() -> companyNames.suggestedAliases());
        refusedForMember(() -> prospectCompanies.each(10, company -> {
        }));
        assertThatThrownBy(() -> warmIntros.myNetwork()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    com.headroom.outreach.TeamOutreach teamOutreach;

    @Autowired
    com.headroom.content.ContentForManagers contentForManagers;

    @Autowired
    com.headroom.prospect.TeamPipeline teamPipeline;

    @Autowired
    com.headroom.dashboard.OverviewService overview;

    @Autowired
    com.headroom.dashboard.ResultsService results;

    @Autowired
    com.headroom.dashboard.MemberOverviewService memberOverview;

    /**
     * The manager's screens read every service below: members get none of it, a manager
     * only their own teams, an administrator every team (and "All teams").
     */
    @Test
    void the_manager_overview_is_for_the_teams_one_manages_and_for_admins() {
        var americas = SystemAuthentication.callAsSystem(() -> teams.choices())
            .stream()
            .filter(t -> t.name().equals("Americas Sales"))
            .findFirst()
            .orElseThrow()
            .id();
        var emea = SystemAuthentication.callAsSystem(() -> teams.choices())
            .stream()
            .filter(t -> t.name().equals("EMEA Sales"))
            .findFirst()
            .orElseThrow()
            .id();
        long priya = SystemAuthentication
            .callAsSystem(() -> accounts.page(AccountFilter.everyone(), PageRequest.of(0, 500)).getContent())
            .stream()
            .filter(a -> a.email().equals("priya@acme.example"))
            .findFirst()
            .orElseThrow()
            .id();
        var day = java.time.LocalDate.of(2026, 11, 30);
        var since = java.time.Instant.parse("2026-11-01T00:00:00Z");
        var period = com.headroom.dashboard.ResultsPeriod.of(com.headroom.dashboard.ResultsPeriod.Kind.LAST_WEEK, day);
        List<Runnable> americasCalls = List.of(() -> teamOutreach.statusOf(americas),
                () -> teamOutreach.days(americas, day, day), () -> teamOutreach.now(americas, day, day),
                () -> teamOutreach.daysOf(priya, day, day), () -> teamOutreach.seated(americas),
                () -> teamOutreach.seatOf(priya), () -> teamOutreach.waitingOverrides(americas),
                () -> templates.statsOf(priya), () -> contentForManagers.slips(americas, day, day),
                () -> contentForManagers.inboundByAuthor(americas, day, day), () -> intros.waitingInTeam(americas),
                () -> teamPipeline.reached(americas, since, since.plusSeconds(86400)),
                () -> teamPipeline.pipelineOf(americas, priya), () -> teamPipeline.accountConflicts(americas, since),
                () -> myDay.dayOf(priya), () -> overview.overview(americas), () -> results.results(americas, period),
                () -> results.today(americas), () -> memberOverview.member(priya));
        for (var call : americasCalls) {
            refusedForMember(call);
            assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.MANAGER_EMEA, call))
                .isInstanceOf(AccessDeniedException.class);
            SignedInAs.run(users, DemoAccounts.ADMIN, call);
            SignedInAs.run(users, "jordan@acme.example", call);
        }
        refusedForMember(() -> overview.teams());
        refusedForMember(() -> overview.attentionCount());
        assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.MANAGER_EMEA, () -> overview.overview(null)))
            .as("only admins see all teams at once")
            .isInstanceOf(AccessDeniedException.class);
        var all = SignedInAs.call(users, DemoAccounts.ADMIN, () -> overview.overview(null));
        assertThat(all.rows()).extracting(r -> r.teamName()).contains("EMEA Sales", "Americas Sales");
        assertThat(SignedInAs.call(users, DemoAccounts.MANAGER_EMEA, () -> overview.overview(emea)).rows())
            .extracting(r -> r.teamName())
            .containsOnly("EMEA Sales");
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> tiers.offeredTiers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> teams.choices()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.mySeat()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> signIn.myOpenSessions(null))
            .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> signIn.signOutEverywhereElse(null))
            .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> myDay.myDay()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private <T> T asMember(java.util.function.Supplier<T> work) {
        return SignedInAs.call(users, DemoAccounts.MEMBER_DANA, work);
    }

    private void refusedForMember(Runnable work) {
        assertThatThrownBy(() -> SignedInAs.run(users, DemoAccounts.MEMBER_DANA, work))
            .isInstanceOf(AccessDeniedException.class);
    }

}

package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.base.AuditLog;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamPolicySettings;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamPolicyViewTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    private TeamSummary team;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = testData.team("Policy");
    }

    @Test
    void the_policy_opens_with_the_defaults_of_design_md() {
        open(DemoAccounts.ADMIN);
        assertThat(field("Warn at").getValue()).isEqualTo(500);
        assertThat(field("Block new invitations at").getValue()).isEqualTo(700);
        assertThat(field("Acceptance-rate target").getValue()).isEqualTo(70);
        assertThat(field("Remind to withdraw invitations pending for").getValue()).isEqualTo(21);
        assertThat(days().getValue()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void an_admin_saves_new_figures_and_the_audit_log_keeps_old_and_new() {
        open(DemoAccounts.ADMIN);
        _setValue(field("Warn at"), 400);
        CheckboxGroupKt.selectByLabel(days(), "Mon", "Tue", "Wed", "Thu");
        zone().setValue("America/Chicago");
        _click(_get(Button.class, spec -> spec.withText("Save policy")));

        assertThat(notificationTexts()).contains("Policy of " + team.name() + " saved.");
        var stored = stored();
        assertThat(stored.pendingInvitationsWarnAt()).isEqualTo(400);
        assertThat(stored.workingDays()).hasSize(4).doesNotContain(DayOfWeek.FRIDAY);
        assertThat(stored.timeZone()).isEqualTo("America/Chicago");
        var history = SystemAuthentication.callAsSystem(() -> auditLog.historyOf("Team policy", team.id()));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("Pending invitations: warn at");
            assertThat(e.oldValue()).isEqualTo("500");
            assertThat(e.newValue()).isEqualTo("400");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("Working days");
            assertThat(e.oldValue()).isEqualTo("Mon–Fri");
            assertThat(e.newValue()).isEqualTo("Mon–Thu");
        });
    }

    @Test
    void warning_at_or_above_the_block_is_refused_and_nothing_is_stored() {
        open(DemoAccounts.ADMIN);
        _setValue(field("Warn at"), 800);
        _click(_get(Button.class, spec -> spec.withText("Save policy")));

        var block = field("Block new invitations at");
        assertThat(block.isInvalid()).isTrue();
        assertThat(block.getErrorMessage()).isEqualTo(TeamPolicySettings.WARN_NOT_BELOW_BLOCK);
        assertThat(stored().pendingInvitationsWarnAt()).isEqualTo(500);
    }

    @Test
    void a_percentage_above_100_is_refused() {
        open(DemoAccounts.ADMIN);
        _setValue(field("Acceptance-rate target"), 120);
        _click(_get(Button.class, spec -> spec.withText("Save policy")));

        assertThat(field("Acceptance-rate target").getErrorMessage()).isEqualTo("A percentage is between 0 and 100");
        assertThat(stored().acceptanceRateTargetPercent()).isEqualTo(70);
    }

    @Test
    void the_very_low_threshold_must_stay_below_the_low_one() {
        open(DemoAccounts.ADMIN);
        _setValue(field("Very low acceptance: below"), 60);
        _click(_get(Button.class, spec -> spec.withText("Save policy")));

        assertThat(field("Very low acceptance: below").getErrorMessage())
            .isEqualTo(TeamPolicySettings.THRESHOLDS_OUT_OF_ORDER);
        assertThat(stored().veryLowAcceptanceBelowPercent()).isEqualTo(30);
    }

    @Test
    void a_week_without_working_days_is_refused() {
        open(DemoAccounts.ADMIN);
        _setValue(days(), Set.of());
        _click(_get(Button.class, spec -> spec.withText("Save policy")));

        assertThat(days().isInvalid()).isTrue();
        assertThat(days().getErrorMessage()).isEqualTo("Choose at least one working day");
        assertThat(stored().workingDays()).hasSize(5);
    }

    @Test
    void the_service_refuses_a_time_zone_that_is_not_in_the_iana_list() {
        var bad = TeamPolicySettings.defaults("Europe/Atlantis");
        var current = SystemAuthentication.callAsSystem(() -> teams.policy(team.id()));
        assertThatThrownBy(
                () -> SystemAuthentication.runAsSystem(() -> teams.updatePolicy(team.id(), current.version(), bad)))
            .hasMessage(TeamPolicySettings.UNKNOWN_TIME_ZONE);
        assertThat(stored().timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void the_teams_manager_reads_the_policy_but_cannot_change_it() {
        var manager = testData.person("Policy Manager", Role.MANAGER, team.id(), "Sales Navigator Core");
        open(manager.email());
        assertThat(field("Warn at").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Save policy"));
    }

    @Test
    void a_manager_of_another_team_cannot_open_it() {
        login(DemoAccounts.MANAGER_EMEA);
        assertThatThrownBy(() -> navigate("teams/" + team.id() + "/policy")).isInstanceOf(NotFoundError.class)
            .hasMessageContaining("No such team of yours");
        _assertNone(TeamPolicyView.class);
    }

    @Test
    void an_admin_picks_target_regions_from_the_teams_prospects_types_an_industry_and_sets_warm_up_days() {
        var rep = testData.member("Tara Target", team.id());
        testData.as(rep,
                () -> prospects.add(team.id(), new ProspectDraft("Lu", "Lyon", "CFO", "Acme",
                        "https://www.linkedin.com/in/lu-" + java.util.UUID.randomUUID(), "", EmailStatus.UNKNOWN,
                        "Lyon, Auvergne-Rhône-Alpes, France", "Banking", null, Set.of(), "")));
        open(DemoAccounts.ADMIN);
        var regions = picker("Target regions");
        assertThat(regions.getListDataView().getItems()).contains("France", "Lyon, Auvergne-Rhône-Alpes, France");
        assertThat(picker("Target industries").getListDataView().getItems()).contains("Banking");
        regions.setValue(Set.of("France"));
        var industries = picker("Target industries");
        ComponentUtil.fireEvent(industries,
                new ComboBoxBase.CustomValueSetEvent<>(industries, true, "  Oil  and Gas "));
        assertThat(industries.getValue()).containsExactly("Oil and Gas");
        _setValue(field("Warmed up after engagement on"), 15);
        _click(_get(Button.class, spec -> spec.withText("Save policy")));
        assertThat(field("Warmed up after engagement on").getErrorMessage())
            .isEqualTo("Enter 14 days or less: warm-up counts the 14 days before an invitation");
        assertThat(stored().warmUpDays()).isEqualTo(2);

        _setValue(field("Warmed up after engagement on"), 3);
        _setValue(field("Warn when more than"), 25);
        _click(_get(Button.class, spec -> spec.withText("Save policy")));
        assertThat(notificationTexts()).contains("Policy of " + team.name() + " saved.");
        var stored = stored();
        assertThat(stored.targetRegions()).containsExactly("France");
        assertThat(stored.targetIndustries()).containsExactly("Oil and Gas");
        assertThat(stored.warmUpDays()).isEqualTo(3);
        assertThat(stored.targetSpreadWarnPercent()).isEqualTo(25);
        var history = SystemAuthentication.callAsSystem(() -> auditLog.historyOf("Team policy", team.id()));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("Target regions");
            assertThat(e.newValue()).isEqualTo("France");
        });
        // Read back as saved when the page opens again.
        open(DemoAccounts.ADMIN);
        assertThat(picker("Target industries").getValue()).containsExactly("Oil and Gas");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> picker(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private void open(String email) {
        login(email);
        navigate("teams/" + team.id() + "/policy");
        _get(TeamPolicyView.class);
    }

    private TeamPolicySettings stored() {
        return SystemAuthentication.callAsSystem(() -> teams.policy(team.id())).settings();
    }

    private static IntegerField field(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<DayOfWeek> days() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Working days"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> zone() {
        return _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
    }

}

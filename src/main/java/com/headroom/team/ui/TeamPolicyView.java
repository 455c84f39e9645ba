package com.headroom.team.ui;

import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.team.Days;
import com.headroom.team.TeamPolicyDetails;
import com.headroom.team.TeamPolicySettings;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** One team's pacing policy: admins edit it, the team's managers read it. */
@Route("teams/:" + TeamPolicyView.TEAM_ID + "/policy")
@PageTitle("Team policy")
@RolesAllowed({ AppRoles.ADMIN, AppRoles.MANAGER })
class TeamPolicyView extends Main implements BeforeEnterObserver {

    static final String TEAM_ID = "teamId";

    private final TeamService teamService;

    private final InputValidator validator;

    private final boolean admin;

    private final BeanValidationBinder<TeamPolicySettings> binder = new BeanValidationBinder<>(
            TeamPolicySettings.class);

    private final H2 title = new H2();

    private final IntegerField pendingInvitationsWarnAt = field("Warn at", "pending invitations");

    private final IntegerField pendingInvitationsBlockAt = field("Block new invitations at", "pending invitations");

    private final IntegerField acceptanceRateTargetPercent = field("Acceptance-rate target", "%");

    private final IntegerField lowAcceptanceBelowPercent = field("Low acceptance: below", "%");

    private final IntegerField lowAcceptanceBudgetPercent = field("Weekly budget at low acceptance", "%");

    private final IntegerField veryLowAcceptanceBelowPercent = field("Very low acceptance: below", "%");

    private final IntegerField veryLowAcceptanceBudgetPercent = field("Weekly budget at very low acceptance", "%");

    private final IntegerField rampUpFirstWeekDaily = field("First week", "a day");

    private final IntegerField rampUpWeeklyStep = field("Then each week", "more a day");

    private final IntegerField dailyInvitationPace = field("Suggested daily pace", "a day");

    private final IntegerField dailyInvitationCap = field("Invitations a day, at most", "a day");

    private final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>("Working days");

    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");

    private final IntegerField withdrawReminderDays = field("Remind to withdraw invitations pending for", "days");

    private final IntegerField reinviteLockoutDays = field("After a withdrawal, re-invite after", "days");

    private final IntegerField restrictionCooldownDays = field("After a LinkedIn restriction, pause", "days");

    private final IntegerField restrictionRepeatWindowDays = field("Double it on repeats within", "days");

    private final IntegerField burstRequestCount = field("Flag a burst above", "requests");

    private final IntegerField burstWindowMinutes = field("Within", "minutes");

    private final IntegerField quietAfterWorkingDays = field("A rep counts as quiet after",
            "working days without" + " activity");

    private final MultiSelectComboBox<String> targetRegions = TargetPicker.create("Target regions",
            "Where the team sells, like Germany or United States: a prospect is inside when every word of a region"
                    + " is in their location. Type a region that is not listed and press Enter.");

    private final MultiSelectComboBox<String> targetIndustries = TargetPicker.create("Target industries",
            "Whom the team sells to, like Software Development: matched by words against prospects' industries.");

    private final IntegerField targetSpreadWarnPercent = field("Warn when more than",
            "% of a week's invitations" + " go outside them");

    private final IntegerField warmUpDays = field("Warmed up after engagement on",
            "different days in the 14 before" + " inviting (0: off)");

    private final Button save = new Button("Save policy", e -> save());

    private final Button defaults = new Button("Back to defaults", e -> resetToDefaults());

    private TeamPolicyDetails policy;

    TeamPolicyView(TeamService teamService, InputValidator validator, AuthenticationContext authenticationContext) {
        this.teamService = teamService;
        this.validator = validator;
        this.admin = authenticationContext.hasRole(AppRoles.ADMIN);
        addClassName("view");

        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(Days::shortName);
        timeZone.setItems(TeamPolicySettings.TIME_ZONES);

        binder.forField(pendingInvitationsWarnAt).bind("pendingInvitationsWarnAt");
        binder.forField(pendingInvitationsBlockAt).bind("pendingInvitationsBlockAt");
        binder.forField(acceptanceRateTargetPercent).bind("acceptanceRateTargetPercent");
        binder.forField(lowAcceptanceBelowPercent).bind("lowAcceptanceBelowPercent");
        binder.forField(lowAcceptanceBudgetPercent).bind("lowAcceptanceBudgetPercent");
        binder.forField(veryLowAcceptanceBelowPercent).bind("veryLowAcceptanceBelowPercent");
        binder.forField(veryLowAcceptanceBudgetPercent).bind("veryLowAcceptanceBudgetPercent");
        binder.forField(rampUpFirstWeekDaily).bind("rampUpFirstWeekDaily");
        binder.forField(rampUpWeeklyStep).bind("rampUpWeeklyStep");
        binder.forField(dailyInvitationPace).bind("dailyInvitationPace");
        binder.forField(dailyInvitationCap).bind("dailyInvitationCap");
        binder.forField(workingDays).bind("workingDays");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(withdrawReminderDays).bind("withdrawReminderDays");
        binder.forField(reinviteLockoutDays).bind("reinviteLockoutDays");
        binder.forField(restrictionCooldownDays).bind("restrictionCooldownDays");
        binder.forField(restrictionRepeatWindowDays).bind("restrictionRepeatWindowDays");
        binder.forField(burstRequestCount).bind("burstRequestCount");
        binder.forField(burstWindowMinutes).bind("burstWindowMinutes");
        binder.forField(quietAfterWorkingDays).bind("quietAfterWorkingDays");
        binder.forField(targetRegions).bind("targetRegions");
        binder.forField(targetIndustries).bind("targetIndustries");
        binder.forField(targetSpreadWarnPercent).bind("targetSpreadWarnPercent");
        binder.forField(warmUpDays).bind("warmUpDays");

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.add(FormSection.titled("Pending invitations"), 2);
        form.add(pendingInvitationsWarnAt, pendingInvitationsBlockAt);
        form.add(FormSection.titled("Acceptance rate"), 2);
        form.add(acceptanceRateTargetPercent, 2);
        form.add(lowAcceptanceBelowPercent, lowAcceptanceBudgetPercent, veryLowAcceptanceBelowPercent,
                veryLowAcceptanceBudgetPercent);
        form.add(FormSection.titled("Pacing"), 2);
        form.add(dailyInvitationPace, dailyInvitationCap);
        form.add(timeZone, workingDays);
        form.add(FormSection.titled("Ramp-up for new or returning LinkedIn accounts"), 2);
        form.add(rampUpFirstWeekDaily, rampUpWeeklyStep);
        form.add(FormSection.titled("Withdrawals and restrictions"), 2);
        form.add(withdrawReminderDays, reinviteLockoutDays, restrictionCooldownDays, restrictionRepeatWindowDays);
        form.add(FormSection.titled("Burst warning"), 2);
        form.add(burstRequestCount, burstWindowMinutes);
        form.add(FormSection.titled("Targeting and warming up"), 2);
        form.add(targetRegions, targetIndustries, targetSpreadWarnPercent, warmUpDays);
        form.add(FormSection.titled("Team overview"), 2);
        form.add(quietAfterWorkingDays, 2);
        form.setMaxWidth("48rem");

        save.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(save, defaults);
        buttons.addClassName("toolbar");
        var back = new Anchor("teams", "← All teams");
        add(back, title);
        if (!admin) {
            binder.setReadOnly(true);
            var readOnly = new Paragraph("Only administrators change a team's policy.");
            readOnly.addClassName("hint");
            add(readOnly);
        }
        add(form);
        if (admin) {
            add(buttons);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long teamId;
        try {
            teamId = Long.parseLong(event.getRouteParameters().get(TEAM_ID).orElse(""));
            policy = teamService.policy(teamId);
        }
        catch (NumberFormatException | RuleViolation | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "No such team of yours");
            return;
        }
        show(policy);
    }

    private void show(TeamPolicyDetails details) {
        this.policy = details;
        title.setText("How " + details.teamName() + " paces outreach");
        var choices = teamService.targetChoices(details.teamId());
        TargetPicker.offer(targetRegions, choices.regions(), details.settings().targetRegions());
        TargetPicker.offer(targetIndustries, choices.industries(), details.settings().targetIndustries());
        binder.readRecord(details.settings());
    }

    private void save() {
        TeamPolicySettings settings;
        try {
            settings = binder.writeRecord();
        }
        catch (ValidationException e) {
            return;
        }
        if (FieldErrors.showAll(validator.problems(settings), fieldsByProperty())) {
            return;
        }
        try {
            show(teamService.updatePolicy(policy.teamId(), policy.version(), settings));
            Notifications.success("Policy of " + policy.teamName() + " saved.");
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fieldsByProperty());
        }
        catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error("Someone else saved this policy at the same moment. Reload to see their changes.");
        }
    }

    private void resetToDefaults() {
        binder.readRecord(TeamPolicySettings
            .defaults(timeZone.getValue() == null ? TeamService.DEFAULT_TIME_ZONE : timeZone.getValue()));
        Notifications.success("Defaults filled in. Save to keep them.");
    }

    /**
     * Fields by property come from the binder; the rules that span fields name the field
     * to mark.
     */
    private FieldErrors.Fields fieldsByProperty() {
        return FieldErrors.fieldsOf(binder, Map.of("warnBelowBlock", "pendingInvitationsBlockAt", "veryLowBelowLow",
                "veryLowAcceptanceBelowPercent", "veryLowCutDeeper", "veryLowAcceptanceBudgetPercent", "capAtLeastPace",
                "dailyInvitationCap", "timeZoneKnown", "timeZone", "targetsWithinBounds", "targetRegions"));
    }

    private static IntegerField field(String label, String unit) {
        var field = new IntegerField(label);
        var suffix = new Span(unit);
        suffix.addClassName("hint");
        field.setSuffixComponent(suffix);
        return field;
    }

}

package com.headroom.team.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.security.Role;
import com.headroom.team.AccountDetails;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.PasswordLink;
import com.headroom.team.TeamChoice;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Invite (details null) or edit an account. Nothing is stored until Save and every field
 * is valid.
 */
final class AccountDialog extends Dialog {

    /** What the dialog needs from the People screen. */
    record Deps(AccountService accounts, AccountSignIn signIn, TierService tiers, InputValidator validator, Clock clock,
            List<TeamChoice> teams, Runnable refresh, java.util.function.BiConsumer<String, PasswordLink> showLink) {
    }

    private final Deps deps;

    private final AccountDetails existing;

    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);

    private final TextField displayName = new TextField("Name");

    private final TextField email = new TextField("E-mail (signs in with it)");

    private final Select<Role> accountRole = new Select<>();

    private final ComboBox<TeamChoice> accountTeam = new ComboBox<>("Team");

    private final ComboBox<TierDetails> tier = new ComboBox<>("LinkedIn tier");

    private final DatePicker seatStartedOn = Pickers.date("Seat started");

    private final TextField linkedInProfileUrl = new TextField("LinkedIn profile");

    private final DatePicker linkedInStartedOn = Pickers.date("LinkedIn account started");

    private final MultiSelectComboBox<TeamChoice> managedTeams = new MultiSelectComboBox<>("Manages teams");

    AccountDialog(Deps deps, AccountDetails existing) {
        this.deps = deps;
        this.existing = existing;
        setHeaderTitle(existing == null ? "Invite a person" : existing.draft().displayName());
        setWidth("min(48rem, 95vw)");

        Map<Long, TeamChoice> teamsById = deps.teams()
            .stream()
            .collect(Collectors.toMap(TeamChoice::id, Function.identity()));
        List<TierDetails> tierChoices = new java.util.ArrayList<>(deps.tiers().offeredTiers());
        if (existing != null && existing.draft().tierId() != null
                && tierChoices.stream().noneMatch(t -> t.id() == existing.draft().tierId())) {
            deps.tiers().find(existing.draft().tierId()).ifPresent(tierChoices::add); // keep
                                                                                      // a
                                                                                      // retired
                                                                                      // tier
        }
        Map<Long, TierDetails> tiersById = tierChoices.stream()
            .collect(Collectors.toMap(TierDetails::id, Function.identity()));

        displayName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        accountRole.setLabel("Role");
        accountRole.setItems(Role.values());
        accountRole.setItemLabelGenerator(Role::label);
        accountTeam.setItems(deps.teams());
        accountTeam.setItemLabelGenerator(TeamChoice::name);
        tier.setItems(tierChoices);
        tier.setItemLabelGenerator(t -> t.retired() ? t.name() + " (retired)" : t.name());
        seatStartedOn.setHelperText("Its day of the month is the billing day on which InMail credits renew");
        linkedInProfileUrl.setPlaceholder("https://www.linkedin.com/in/…");
        linkedInStartedOn
            .setHelperText("New or returning LinkedIn accounts ramp up slowly; leave empty if" + " established");
        managedTeams.setItems(deps.teams());
        managedTeams.setItemLabelGenerator(TeamChoice::name);
        managedTeams.setHelperText("Their own team if you choose none");

        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(accountRole).bind("role");
        binder.forField(accountTeam)
            .withConverter(t -> t == null ? null : t.id(), id -> id == null ? null : teamsById.get(id))
            .bind("teamId");
        binder.forField(tier)
            .withConverter(t -> t == null ? null : t.id(), id -> id == null ? null : tiersById.get(id))
            .bind("tierId");
        binder.forField(seatStartedOn).bind("seatStartedOn");
        binder.forField(linkedInProfileUrl).bind("linkedInProfileUrl");
        binder.forField(linkedInStartedOn).bind("linkedInStartedOn");
        binder.forField(managedTeams)
            .withConverter(
                    (Set<TeamChoice> set) -> set.stream()
                        .map(TeamChoice::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                    (Set<Long> ids) -> ids == null ? Set.<TeamChoice>of()
                            : ids.stream()
                                .map(teamsById::get)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
            .bind("managedTeamIds");
        accountRole.addValueChangeListener(e -> {
            managedTeams.setVisible(e.getValue() == Role.MANAGER);
            accountTeam.setRequiredIndicatorVisible(e.getValue() != Role.ADMIN);
            tier.setRequiredIndicatorVisible(e.getValue() != Role.ADMIN);
        });

        var today = LocalDate.now(deps.clock().withZone(ZoneOffset.UTC));
        binder.readRecord(existing == null ? AccountDraft.newMember(today) : existing.draft());
        managedTeams.setVisible(accountRole.getValue() == Role.MANAGER);
        accountTeam.setRequiredIndicatorVisible(accountRole.getValue() != Role.ADMIN);
        tier.setRequiredIndicatorVisible(accountRole.getValue() != Role.ADMIN);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(displayName, email, accountRole, accountTeam, tier, seatStartedOn, linkedInProfileUrl,
                linkedInStartedOn);
        form.add(managedTeams, 2);
        add(form);
        if (existing != null && !existing.active()) {
            add(new Paragraph("This account is deactivated: it cannot sign in. Its data stays."));
        }
        else if (existing != null && existing.invitationPending()) {
            add(new Paragraph("Invited, but no password chosen yet. Send a new link if the first one is lost."));
        }

        var save = new Button(existing == null ? "Invite" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()));
        if (existing != null) {
            if (existing.active()) {
                var link = new Button(existing.invitationPending() ? "New invitation link" : "New password link",
                        e -> issueLink());
                link.addThemeVariants(ButtonVariant.TERTIARY);
                var deactivate = new Button("Deactivate", e -> confirmDeactivate());
                deactivate.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                int open = deps.signIn().openSessionCount(existing.id());
                add(new Paragraph(open == 0 ? "Not signed in anywhere now."
                        : "Signed in on " + open + (open == 1 ? " browser" : " browsers") + " now."));
                // A lost laptop or a shared computer: end the sessions without locking
                // the person out.
                var signOut = new Button("Sign out of all browsers", e -> signOutEverywhere());
                signOut.addThemeVariants(ButtonVariant.TERTIARY);
                signOut.setEnabled(open > 0);
                getFooter().add(link, signOut, deactivate);
            }
            else {
                getFooter().add(new Button("Reactivate", e -> reactivate()));
            }
        }
        getFooter().add(save);
    }

    private void save() {
        AccountDraft draft;
        try {
            draft = binder.writeRecord();
        }
        catch (ValidationException e) {
            return;
        }
        if (FieldErrors.showAll(deps.validator().problems(draft), fields())) {
            return; // a rule across fields, like a member without a team
        }
        try {
            if (existing == null) {
                var link = deps.accounts().invite(draft);
                close();
                deps.showLink().accept(draft.displayName().strip(), link);
            }
            else {
                deps.accounts().update(existing.id(), existing.version(), draft);
                Notifications.success(draft.displayName().strip() + " saved.");
                close();
            }
            deps.refresh().run();
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fields());
        }
        catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error("Someone else saved this account at the same moment. Nothing of yours was"
                    + " saved; reopen it to see their changes.");
        }
    }

    private void issueLink() {
        try {
            var link = deps.signIn().newPasswordLink(existing.id());
            close();
            deps.showLink().accept(existing.draft().displayName(), link);
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
    }

    private void signOutEverywhere() {
        try {
            int ended = deps.signIn().signOutEverywhere(existing.id());
            Notifications.success(existing.draft().displayName() + " is signed out of " + ended
                    + (ended == 1 ? " browser." : " browsers."));
            close();
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
    }

    private void confirmDeactivate() {
        String name = existing.draft().displayName();
        var confirm = new ConfirmDialog("Deactivate " + name + "?", name
                + " will be signed out and can no longer sign in. Their prospects, outreach and history" + " stay.",
                "Deactivate", e -> deactivate(), "Cancel", e -> {
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void deactivate() {
        try {
            deps.signIn().deactivate(existing.id());
            Notifications.success(existing.draft().displayName() + " deactivated.");
            close();
            deps.refresh().run();
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
    }

    private void reactivate() {
        deps.signIn().reactivate(existing.id());
        Notifications.success(existing.draft().displayName() + " can sign in again.");
        close();
        deps.refresh().run();
    }

    /** The binder's fields, and for each rule spanning fields the field it names. */
    private FieldErrors.Fields fields() {
        return FieldErrors.fieldsOf(binder, Map.of("teamSetForSeatHolders", "teamId", "tierSetForSeatHolders", "tierId",
                "seatStartSetWithTier", "seatStartedOn"));
    }

}

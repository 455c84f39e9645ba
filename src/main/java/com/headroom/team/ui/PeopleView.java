package com.headroom.team.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.base.InputValidator;
import com.headroom.base.TimeZones;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.AppUrls;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.security.Role;
import com.headroom.team.AccountDetails;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSummary;
import com.headroom.team.PasswordLink;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** People: admins invite accounts, give them a role, a team and a LinkedIn seat, and deactivate leavers. */
@Route("people")
@PageTitle("People")
@Menu(order = 40, icon = "vaadin:users", title = "People")
@RolesAllowed({AppRoles.ADMIN, AppRoles.MANAGER})
class PeopleView extends Main implements BeforeEnterObserver {

    static final String TEAM_PARAMETER = "team";

    private final AccountService accountService;
    private final TimeZones timeZones;
    private final TeamService teamService;
    private final TierService tierService;
    private final Clock clock;
    private final InputValidator validator;
    private final boolean admin;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<TeamChoice> team = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final Checkbox showDeactivated = new Checkbox("Show deactivated");
    private final List<TeamChoice> teams;

    PeopleView(AccountService accountService, TeamService teamService, TierService tierService, Clock clock,
            InputValidator validator, AuthenticationContext authenticationContext, TimeZones timeZones) {
        this.timeZones = timeZones;
        this.accountService = accountService;
        this.teamService = teamService;
        this.tierService = tierService;
        this.clock = clock;
        this.validator = validator;
        this.admin = authenticationContext.hasRole(AppRoles.ADMIN);
        this.teams = teamService.choices();
        addClassName("view");
        setSizeFull();

        search.setPlaceholder("Search name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search name or e-mail");
        team.setPlaceholder("All teams");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setClearButtonVisible(true);
        team.setAriaLabel("Team");
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        role.setAriaLabel("Role");
        search.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        showDeactivated.addValueChangeListener(e -> refresh());

        var toolbar = new Div();
        toolbar.addClassName("toolbar");
        if (admin) {
            var invite = new Button("Invite person", VaadinIcon.PLUS.create(), e -> new AccountDialog(null).open());
            invite.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(invite);
        }
        toolbar.add(search, team, role, showDeactivated);

        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(AccountSummary::email).setHeader("E-mail").setSortProperty("email").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(a -> a.role().label()).setHeader("Role").setSortProperty("role").setAutoWidth(true);
        grid.addColumn(AccountSummary::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(AccountSummary::tierName).setHeader("LinkedIn tier").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            var status = new Span(a.status());
            status.addClassName("status-" + a.status().toLowerCase(java.util.Locale.ROOT));
            return status;
        }).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(admin
                ? "Nobody matches. Clear the filters, or invite someone with \"Invite person\"."
                : "Nobody in your teams matches. Clear the filters.");
        if (admin) {
            grid.addItemClickListener(e -> accountService.find(e.getItem().id())
                    .ifPresentOrElse(details -> new AccountDialog(details).open(),
                            () -> Notifications.error("That account no longer exists.")));
        }
        grid.setSizeFull();
        refresh();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(TEAM_PARAMETER).ifPresent(id -> teams.stream()
                .filter(t -> Long.toString(t.id()).equals(id)).findFirst().ifPresent(team::setValue));
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), team.getValue() == null ? null : team.getValue().id(),
                role.getValue(), showDeactivated.getValue());
    }

    private void refresh() {
        var filter = filter();
        grid.setItemsPageable(pageable -> accountService.page(filter, sorted(pageable)).getContent(),
                pageable -> accountService.count(filter));
    }

    private static Pageable sorted(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName"));
    }

    /** Invite (details null) or edit an account. Nothing is stored until Save and every field is valid. */
    private final class AccountDialog extends Dialog {

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

        AccountDialog(AccountDetails existing) {
            this.existing = existing;
            setHeaderTitle(existing == null ? "Invite a person" : existing.draft().displayName());
            setWidth("min(48rem, 95vw)");

            Map<Long, TeamChoice> teamsById = teams.stream()
                    .collect(Collectors.toMap(TeamChoice::id, Function.identity()));
            List<TierDetails> tierChoices = new java.util.ArrayList<>(tierService.offeredTiers());
            if (existing != null && existing.draft().tierId() != null
                    && tierChoices.stream().noneMatch(t -> t.id() == existing.draft().tierId())) {
                tierService.find(existing.draft().tierId()).ifPresent(tierChoices::add); // keep a retired tier
            }
            Map<Long, TierDetails> tiersById = tierChoices.stream()
                    .collect(Collectors.toMap(TierDetails::id, Function.identity()));

            displayName.setRequiredIndicatorVisible(true);
            email.setRequiredIndicatorVisible(true);
            accountRole.setLabel("Role");
            accountRole.setItems(Role.values());
            accountRole.setItemLabelGenerator(Role::label);
            accountTeam.setItems(teams);
            accountTeam.setItemLabelGenerator(TeamChoice::name);
            tier.setItems(tierChoices);
            tier.setItemLabelGenerator(t -> t.retired() ? t.name() + " (retired)" : t.name());
            seatStartedOn.setHelperText("Its day of the month is the billing day on which InMail credits renew");
            linkedInProfileUrl.setPlaceholder("https://www.linkedin.com/in/…");
            linkedInStartedOn.setHelperText("New or returning LinkedIn accounts ramp up slowly; leave empty if"
                    + " established");
            managedTeams.setItems(teams);
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
                    .withConverter((Set<TeamChoice> set) -> set.stream().map(TeamChoice::id)
                                    .collect(Collectors.toCollection(LinkedHashSet::new)),
                            (Set<Long> ids) -> ids == null ? Set.<TeamChoice>of() : ids.stream().map(teamsById::get)
                                    .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)))
                    .bind("managedTeamIds");
            accountRole.addValueChangeListener(e -> {
                managedTeams.setVisible(e.getValue() == Role.MANAGER);
                accountTeam.setRequiredIndicatorVisible(e.getValue() != Role.ADMIN);
                tier.setRequiredIndicatorVisible(e.getValue() != Role.ADMIN);
            });

            var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
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
            } else if (existing != null && existing.invitationPending()) {
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
                    getFooter().add(link, deactivate);
                } else {
                    getFooter().add(new Button("Reactivate", e -> reactivate()));
                }
            }
            getFooter().add(save);
        }

        private void save() {
            AccountDraft draft;
            try {
                draft = binder.writeRecord();
            } catch (ValidationException e) {
                return;
            }
            if (FieldErrors.showAll(validator.problems(draft), fields())) {
                return; // a rule across fields, like a member without a team
            }
            try {
                if (existing == null) {
                    var link = accountService.invite(draft);
                    close();
                    showLink(draft.displayName().strip(), link);
                } else {
                    accountService.update(existing.id(), existing.version(), draft);
                    Notifications.success(draft.displayName().strip() + " saved.");
                    close();
                }
                grid.getDataProvider().refreshAll();
            } catch (RuleViolation violation) {
                FieldErrors.show(violation, fields());
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error("Someone else saved this account at the same moment. Nothing of yours was"
                        + " saved; reopen it to see their changes.");
            }
        }

        private void issueLink() {
            try {
                var link = accountService.newPasswordLink(existing.id());
                close();
                showLink(existing.draft().displayName(), link);
            } catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        }

        private void confirmDeactivate() {
            String name = existing.draft().displayName();
            var confirm = new ConfirmDialog("Deactivate " + name + "?",
                    name + " will be signed out and can no longer sign in. Their prospects, outreach and history"
                            + " stay.", "Deactivate", e -> deactivate(), "Cancel", e -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }

        private void deactivate() {
            try {
                accountService.deactivate(existing.id());
                Notifications.success(existing.draft().displayName() + " deactivated.");
                close();
                grid.getDataProvider().refreshAll();
            } catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        }

        private void reactivate() {
            accountService.reactivate(existing.id());
            Notifications.success(existing.draft().displayName() + " can sign in again.");
            close();
            grid.getDataProvider().refreshAll();
        }

        private Map<String, HasValidation> fields() {
            Map<String, HasValidation> map = new HashMap<>();
            map.put("displayName", displayName);
            map.put("email", email);
            map.put("role", accountRole);
            map.put("teamId", accountTeam);
            map.put("teamSetForSeatHolders", accountTeam);
            map.put("tierId", tier);
            map.put("tierSetForSeatHolders", tier);
            map.put("seatStartedOn", seatStartedOn);
            map.put("seatStartSetWithTier", seatStartedOn);
            map.put("linkedInProfileUrl", linkedInProfileUrl);
            map.put("linkedInStartedOn", linkedInStartedOn);
            map.put("managedTeamIds", managedTeams);
            return map;
        }
    }

    /** Shows the one-time link once: Headroom sends no e-mail, so the admin passes it on. */
    private void showLink(String name, PasswordLink link) {
        String url = AppUrls.absolute(link.path());
        var zone = timeZones.forAccount(link.accountId());
        var dialog = new Dialog("Send this link to " + name);
        var address = new TextField("One-time link");
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        dialog.add(new Paragraph("With it " + name + " (" + link.email() + ") chooses a password and can then sign"
                + " in. It works once, until " + Formats.dayTime(link.expiresAt(), zone) + " (" + zone.getId()
                + " time)."), address);
        var copy = new Button("Copy link", VaadinIcon.COPY.create(), e -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Notifications.success("Link copied.");
        });
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()), copy);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}

package com.headroom.prospect.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactRule;
import com.headroom.prospect.DoNotContactService;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The team's do-not-contact list: anyone in the team adds an entry, managers remove them.
 */
@Route("do-not-contact")
@PageTitle("Do not contact")
@Menu(order = 20, icon = "vaadin:ban", title = "Do not contact")
@RolesAllowed(AppRoles.MEMBER)
class DoNotContactView extends Main {

    private final DoNotContactService service;

    private final boolean manager;

    private final ComboBox<TeamChoice> team = new ComboBox<>("Team");

    private final Select<DoNotContactKind> kind = new Select<>();

    private final TextField value = new TextField();

    private final TextField reason = new TextField("Reason");

    private final Grid<DoNotContactRule> grid = new Grid<>();

    private final TeamService teams;

    private java.time.ZoneId teamZone = ZoneOffset.UTC;

    DoNotContactView(DoNotContactService service, TeamService teams, AccountService accounts,
            AuthenticationContext authenticationContext) {
        this.teams = teams;
        this.service = service;
        this.manager = authenticationContext.hasRole(AppRoles.MANAGER);
        addClassName("view");
        setSizeFull();

        var myTeams = teams.choices();
        team.setItems(myTeams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setVisible(myTeams.size() > 1);
        Optional<Long> home = accounts.mySeat().teamId();
        myTeams.stream()
            .filter(t -> home.isPresent() && t.id() == home.get())
            .findFirst()
            .or(() -> myTeams.stream().findFirst())
            .ifPresent(team::setValue);
        team.addValueChangeListener(e -> refresh());

        kind.setLabel("Block");
        kind.setItems(DoNotContactKind.values());
        kind.setItemLabelGenerator(DoNotContactKind::label);
        kind.addValueChangeListener(e -> value.setLabel(e.getValue() == null ? "" : e.getValue().valueLabel()));
        kind.setValue(DoNotContactKind.PERSON);
        reason.setPlaceholder("Asked us to stop, existing customer, competitor…");
        reason.setMaxLength(300);
        reason.setWidth("22rem");
        value.setWidth("22rem");
        var add = new Button("Add to the list", e -> add());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(team, kind, value, reason, add);
        form.addClassName("toolbar");

        grid.addColumn(r -> r.kind().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(DoNotContactRule::shownAs).setHeader("Who").setFlexGrow(2);
        grid.addColumn(DoNotContactRule::reason).setHeader("Why").setFlexGrow(2);
        grid.addColumn(DoNotContactRule::addedBy).setHeader("Added by").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.addedAt(), teamZone)).setHeader("Added").setAutoWidth(true);
        if (manager) {
            grid.addComponentColumn(r -> {
                var remove = new Button("Remove", e -> confirmRemove(r));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setKey("remove").setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(
                "Nobody on the list. Add a person, a company or an e-mail domain your team must leave" + " alone.");
        grid.setSizeFull();

        var hint = new Paragraph("Prospects that match are marked DO NOT CONTACT at once, can't move along the"
                + " pipeline, and imports report them." + (manager ? "" : " Managers remove entries."));
        hint.addClassName("hint");
        add(form, hint, grid);
        refresh();
    }

    private void refresh() {
        if (team.getValue() == null) {
            return;
        }
        long teamId = team.getValue().id();
        teamZone = java.time.ZoneId.of(teams.pacing(teamId).timeZone());
        grid.setItemsPageable(
                pageable -> service.page(teamId,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                                Sort.by(Sort.Direction.DESC, "addedAt")))
                    .getContent(),
                pageable -> service.count(teamId));
    }

    private void add() {
        if (team.getValue() == null) {
            return;
        }
        value.setInvalid(false);
        reason.setInvalid(false);
        try {
            int marked = service.add(team.getValue().id(), kind.getValue(), value.getValue(), reason.getValue());
            Notifications.success("Added to the do-not-contact list" + (marked == 0 ? "." : "; "
                    + Formats.number(marked) + (marked == 1 ? " prospect" : " prospects") + " marked do not contact."));
            value.clear();
            reason.clear();
            grid.getDataProvider().refreshAll();
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("value", value, "profileUrl", value, "reason", reason));
        }
    }

    private void confirmRemove(DoNotContactRule rule) {
        var confirm = new ConfirmDialog("Remove " + rule.shownAs() + "?",
                "Prospects no other entry matches can be" + " contacted again.", "Remove", e -> {
                    service.remove(rule.id());
                    Notifications.success(rule.shownAs() + " removed from the do-not-contact list.");
                    grid.getDataProvider().refreshAll();
                }, "Cancel", e -> {
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

}

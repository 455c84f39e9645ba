package com.headroom.team.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.team.TeamCurrencies;
import com.headroom.team.TeamPolicySettings;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Teams: admins create and rename them; managers see the teams they manage. */
@Route("teams")
@PageTitle("Teams")
@Menu(order = 30, icon = "vaadin:group", title = "Teams")
@RolesAllowed({ AppRoles.ADMIN, AppRoles.MANAGER })
class TeamsView extends Main {

    private final TeamService teamService;

    private final TeamCurrencies currencies;

    /** The shown page's default currencies, read with the page. */
    private Map<Long, String> shownCurrencies = Map.of();

    private final boolean admin;

    private final Grid<TeamSummary> grid = new Grid<>();

    TeamsView(TeamService teamService, TeamCurrencies currencies, AuthenticationContext authenticationContext) {
        this.teamService = teamService;
        this.currencies = currencies;
        this.admin = authenticationContext.hasRole(AppRoles.ADMIN);
        addClassName("view");
        setSizeFull();

        var toolbar = new Div();
        toolbar.addClassName("toolbar");
        if (admin) {
            var create = new Button("New team", VaadinIcon.PLUS.create(), e -> openNameDialog(null));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        var hint = new Span(admin ? "Each team has its own pacing policy and time zone."
                : "The teams you manage. Ask an administrator to change them.");
        hint.addClassName("hint");
        toolbar.add(hint);

        grid.addColumn(TeamSummary::name).setHeader("Team").setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(TeamSummary::timeZone).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(TeamSummary::activeAccounts).setHeader("People").setAutoWidth(true);
        grid.addColumn(t -> t.managers().isEmpty() ? "none yet" : String.join(", ", t.managers()))
            .setHeader("Managers")
            .setAutoWidth(true)
            .setFlexGrow(1);
        grid.addColumn(t -> shownCurrencies.getOrDefault(t.id(), ""))
            .setHeader("Currency")
            .setKey("currency")
            .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(admin ? "No teams yet. Create the first one with \"New team\"."
                : "You manage no team yet. Ask an administrator to make you a team's manager.");
        grid.setItemsPageable(pageable -> {
            var page = teamService
                .page(pageable.getSort().isSorted() ? pageable
                        : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name")))
                .getContent();
            shownCurrencies = currencies.of(page.stream().map(TeamSummary::id).toList());
            return page;
        }, pageable -> teamService.count());
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private Div actions(TeamSummary team) {
        var people = new Button("People", e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class,
                QueryParameters.of(PeopleView.TEAM_PARAMETER, Long.toString(team.id())))));
        var policy = new Button("Policy", e -> getUI().ifPresent(ui -> ui.navigate(TeamPolicyView.class,
                new RouteParameters(TeamPolicyView.TEAM_ID, Long.toString(team.id())))));
        people.addThemeVariants(ButtonVariant.TERTIARY);
        policy.addThemeVariants(ButtonVariant.TERTIARY);
        var box = new Div(people, policy);
        if (admin) {
            var rename = new Button("Edit", e -> openNameDialog(team));
            rename.addThemeVariants(ButtonVariant.TERTIARY);
            box.add(rename);
        }
        return box;
    }

    /** Creates a team (team null), or renames one and changes its currency. */
    private void openNameDialog(TeamSummary team) {
        var dialog = new Dialog(team == null ? "New team" : "Edit " + team.name());
        var name = new TextField("Team name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        name.setValue(team == null ? "" : team.name());
        var zone = new ComboBox<String>("Time zone");
        zone.setItems(TeamPolicySettings.TIME_ZONES);
        zone.setValue(TeamService.DEFAULT_TIME_ZONE);
        zone.setHelperText("Pacing spreads each week over the team's working days in this zone");
        var currency = new ComboBox<String>("Default currency");
        currency.setItems(TeamCurrencies.COMMON);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(
                e -> currency.setValue(e.getDetail().strip().toUpperCase(java.util.Locale.ROOT)));
        currency.setValue(team == null ? TeamCurrencies.DEFAULT : currencies.of(team.id()));
        currency.setHelperText("What the team's opportunities are valued in unless a rep picks another (ISO code)");
        var form = new FormLayout(name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (team == null) {
            form.add(zone);
        }
        form.add(currency);
        dialog.add(form);
        var save = new Button(team == null ? "Create team" : "Save", e -> {
            try {
                if (team == null) {
                    TeamCurrencies.checked(currency.getValue());
                    var created = teamService.create(name.getValue(), zone.getValue());
                    currencies.change(created.id(), currency.getValue());
                    Notifications.success("Team " + name.getValue().strip() + " created with the default policy.");
                }
                else {
                    currencies.change(team.id(), currency.getValue());
                    teamService.rename(team.id(), name.getValue());
                    Notifications.success(team.name().equals(name.getValue().strip()) ? team.name() + " saved."
                            : team.name() + " is now " + name.getValue().strip() + ".");
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
            catch (RuleViolation violation) {
                FieldErrors.show(violation,
                        Map.of("name", name, "timeZone", zone, "timeZoneKnown", zone, "defaultCurrency", currency));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

}

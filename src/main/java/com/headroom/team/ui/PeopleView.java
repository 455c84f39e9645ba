package com.headroom.team.ui;

import com.headroom.base.InputValidator;
import com.headroom.base.TimeZones;
import com.headroom.base.ui.AppUrls;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.security.Role;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.AccountSummary;
import com.headroom.team.PasswordLink;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.headroom.tier.TierService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * People: admins invite accounts, give them a role, a team and a LinkedIn seat, and
 * deactivate leavers.
 */
@Route("people")
@PageTitle("People")
@Menu(order = 40, icon = "vaadin:users", title = "People")
@RolesAllowed({ AppRoles.ADMIN, AppRoles.MANAGER })
class PeopleView extends Main implements BeforeEnterObserver {

    static final String TEAM_PARAMETER = "team";

    private final AccountService accountService;

    private final AccountSignIn signIn;

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

    PeopleView(AccountService accountService, AccountSignIn signIn, TeamService teamService, TierService tierService,
            Clock clock, InputValidator validator, AuthenticationContext authenticationContext, TimeZones timeZones) {
        this.timeZones = timeZones;
        this.accountService = accountService;
        this.signIn = signIn;
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
            var invite = new Button("Invite person", VaadinIcon.PLUS.create(),
                    e -> new AccountDialog(dialogDeps(), null).open());
            invite.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(invite);
        }
        toolbar.add(search, team, role, showDeactivated);

        grid.addColumn(AccountSummary::displayName)
            .setHeader("Name")
            .setSortProperty("displayName")
            .setAutoWidth(true)
            .setFlexGrow(1);
        grid.addColumn(AccountSummary::email)
            .setHeader("E-mail")
            .setSortProperty("email")
            .setAutoWidth(true)
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
        grid.setEmptyStateText(admin ? "Nobody matches. Clear the filters, or invite someone with \"Invite person\"."
                : "Nobody in your teams matches. Clear the filters.");
        if (admin) {
            grid.addItemClickListener(e -> openAccount(e.getItem().id()));
        }
        grid.setSizeFull();
        refresh();
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
            .getQueryParameters()
            .getSingleParameter(TEAM_PARAMETER)
            .ifPresent(id -> teams.stream()
                .filter(t -> Long.toString(t.id()).equals(id))
                .findFirst()
                .ifPresent(team::setValue));
        // "people?open=12" opens that person for an admin, as "prospects?open=" does.
        event.getLocation().getQueryParameters().getSingleParameter("open").filter(id -> admin).ifPresent(id -> {
            try {
                openAccount(Long.parseLong(id));
            }
            catch (NumberFormatException notAnId) {
                Notifications.error(NO_SUCH_ACCOUNT);
            }
        });
    }

    private static final String NO_SUCH_ACCOUNT = "That account no longer exists.";

    private void openAccount(long id) {
        accountService.find(id)
            .ifPresentOrElse(details -> new AccountDialog(dialogDeps(), details).open(),
                    () -> Notifications.error(NO_SUCH_ACCOUNT));
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

    private AccountDialog.Deps dialogDeps() {
        return new AccountDialog.Deps(accountService, signIn, tierService, validator, clock, teams,
                () -> grid.getDataProvider().refreshAll(), this::showLink);
    }

    /**
     * Shows the one-time link once: Headroom sends no e-mail, so the admin passes it on.
     */
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

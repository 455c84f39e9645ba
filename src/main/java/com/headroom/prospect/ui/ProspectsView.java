package com.headroom.prospect.ui;

import com.headroom.base.ui.Downloads;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.ProspectListAction;
import com.headroom.prospect.ProspectExportService;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectOwnership;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.AppRoles;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team's prospect list: filter, sort, add, open, import and export.
 *
 * <p>
 * Over 400 lines since the tree was formatted (377 before): the filters, the list, the
 * pipeline chips and the deep links ({@code ?open=}, {@code ?team=&company=}) all read
 * and set one filter state. The next split is the filter bar into a component of its own
 * that hands the view a {@link ProspectFilter}.
 */
@Route("prospects")
@PageTitle("Prospects")
@Menu(order = 10, icon = "vaadin:user-card", title = "Prospects")
@RolesAllowed(AppRoles.MEMBER)
class ProspectsView extends Main implements BeforeEnterObserver {

    /** Filter values of the owner box beyond the teammates themselves. */
    private static final Teammate ANYONE = new Teammate(-1, "Anyone", null, true);

    private static final Teammate MINE = new Teammate(-2, "Mine", null, true);

    private static final String DO_NOT_CONTACT = "Do not contact";

    private final ProspectService prospects;

    private final ProspectOwnership owners;

    private final TeamService teams;
    static final int NARROW_BELOW_PX = 700;

    private final Button filtersToggle = new Button("Filters", VaadinIcon.FILTER.create());

    /** The chosen team's time zone, in which its dates read. */
    private ZoneId teamZone = ZoneOffset.UTC;

    private final HeadroomUser me;

    private final Clock clock;

    private final Grid<ProspectRow> grid = new Grid<>();

    private final ComboBox<TeamChoice> team;

    private final TextField search = new TextField();

    private final Select<Object> stage = new Select<>();

    private final ComboBox<Teammate> owner = new ComboBox<>();

    private final ComboBox<String> tag = new ComboBox<>();

    private final TextField company = new TextField();

    private final PipelineChips pipeline = new PipelineChips(DO_NOT_CONTACT,
            chip -> stage.setValue(chip.equals(stage.getValue()) ? null : chip));

    private Map<Long, Teammate> teammates = Map.of();

    private final List<ProspectDetailSection> sections;

    /** The filter the list shows, for the export, which runs outside the session lock. */
    private volatile ProspectFilter shownFilter;

    ProspectsView(ProspectService prospects, ProspectOwnership owners, ProspectExportService exports, TeamService teams,
            AccountService accounts, AuthenticationContext authenticationContext, Clock clock,
            List<ProspectDetailSection> sections, List<ProspectListAction> listActions) {
        this.prospects = prospects;
        this.owners = owners;
        this.teams = teams;
        this.sections = sections;
        this.clock = clock;
        this.me = authenticationContext.getAuthenticatedUser(HeadroomUser.class).orElseThrow();
        addClassName("view");
        setSizeFull();

        List<TeamChoice> myTeams = teams.choices();
        team = TeamPicker.create(myTeams, accounts);

        search.setPlaceholder("Search name, company, headline");
        search.setAriaLabel("Search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setAriaLabel("Stage");
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("Any stage");
        stage.setItems(stageChoices());
        stage.setItemLabelGenerator(s -> s == null ? "Any stage" : s instanceof Stage st ? st.label() : s.toString());
        owner.setAriaLabel("Owner");
        owner.setItemLabelGenerator(Teammate::displayName);
        tag.setAriaLabel("Tag");
        tag.setPlaceholder("Any tag");
        tag.setClearButtonVisible(true);
        company.setPlaceholder("Company");
        company.setAriaLabel("Company");
        company.setClearButtonVisible(true);
        company.setValueChangeMode(ValueChangeMode.LAZY);

        var add = new Button("Add prospect", VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        var export = Downloads.button("Export CSV", VaadinIcon.DOWNLOAD.create(), exportHandler(exports));

        // On a phone the filters fold behind one button, so the list starts near the top.
        var folded = new Div(team, stage, owner, tag, company);
        folded.addClassName("folded-filters");
        filtersToggle
            .addClickListener(e -> folded.getElement().getClassList().set("open", !folded.hasClassName("open")));
        filtersToggle.addThemeVariants(ButtonVariant.TERTIARY);
        filtersToggle.addClassName("filters-toggle");
        var filters = new Div(search, filtersToggle, folded);
        filters.addClassName("toolbar");
        filters.addClassName("list-filters");
        var actions = new Div(add, importCsv, export);
        listActions.forEach(a -> actions.add(a.create(() -> Optional.ofNullable(shownFilter))));
        actions.addClassName("toolbar");

        grid.addColumn(ProspectRow::fullName)
            .setHeader("Name")
            .setKey("name")
            .setSortable(true)
            .setAutoWidth(true)
            .setFlexGrow(1);
        grid.addColumn(r -> r.headline() == null ? "" : r.headline())
            .setHeader("Headline")
            .setKey("headline")
            .setFlexGrow(2);
        grid.addColumn(r -> r.company() == null ? "" : r.company())
            .setHeader("Company")
            .setKey("company")
            .setSortable(true)
            .setAutoWidth(true)
            .setFlexGrow(1);
        // A template, not a component per row: 50 rows of Spans cost each open list about
        // 50 KB on the server.
        grid.addColumn(LitRenderer.<ProspectRow>of("<span class=\"${item.badgeClass}\">${item.badge}</span>")
            .withProperty("badge", r -> r.doNotContact() ? "Do not contact" : r.stage().label())
            .withProperty("badgeClass", r -> r.doNotContact() ? "badge-dnc" : "badge-stage"))
            .setHeader("Stage")
            .setKey("stage")
            .setSortable(true)
            .setAutoWidth(true);
        grid.addColumn(r -> ownerName(r.ownerId())).setHeader("Owner").setKey("owner").setAutoWidth(true);
        var lastActivity = grid.addColumn(r -> Formats.day(r.lastActivityAt(), teamZone))
            .setHeader("Last activity")
            .setKey("lastActivity")
            .setSortable(true)
            .setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(lastActivity, SortDirection.DESCENDING)));
        // On a phone one column says it all: the name, then stage, last activity and
        // company. Lit
        // binds the values as text, never as HTML.
        grid.addColumn(LitRenderer
            .<ProspectRow>of(
                    "<div class=\"row-summary\"><strong>${item.name}</strong>" + "<span>${item.line}</span></div>")
            .withProperty("name", ProspectRow::fullName)
            .withProperty("line",
                    r -> r.stage().label() + " · " + Formats.day(r.lastActivityAt(), teamZone)
                            + (r.company() == null || r.company().isBlank() ? "" : " · " + r.company())))
            .setHeader("Prospect")
            .setKey("summary")
            .setFlexGrow(1)
            .setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();

        team.addValueChangeListener(e -> teamChanged());
        search.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        company.addValueChangeListener(e -> refresh());
        // A phone shows the columns that fit: who, where in the pipeline, and when last.
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
            var resizing = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitTo(r.getWidth()));
            addDetachListener(d -> {
                resizing.remove();
                d.unregisterListener();
            });
        });

        if (myTeams.isEmpty()) {
            var none = new Div(new Span("You are in no team yet, so there is no prospect list to show. Ask your"
                    + " Headroom administrator to add you to a team."));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        add(filters, actions, pipeline, grid);
        teamChanged();
    }

    /**
     * Below a tablet's width the columns don't fit beside each other: one summary column
     * shows instead.
     */
    void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_BELOW_PX;
        for (String key : List.of("name", "headline", "company", "stage", "owner", "lastActivity")) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.getColumnByKey("summary").setVisible(narrow);
    }

    private DownloadHandler exportHandler(ProspectExportService exports) {
        return Downloads.text(() -> "prospects-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv", "text/csv",
                out -> {
                    var filter = Optional.ofNullable(shownFilter);
                    if (filter.isPresent()) {
                        exports.exportCsv(filter.get(), out);
                    }
                });
    }

    private static List<Object> stageChoices() {
        List<Object> choices = new ArrayList<>(List.of((Object[]) Stage.values()));
        choices.add(DO_NOT_CONTACT);
        return choices;
    }

    private void teamChanged() {
        if (team.getValue() == null) {
            return;
        }
        long teamId = team.getValue().id();
        teamZone = zone(teamId);
        teammates = owners.teammates(teamId);
        List<Teammate> owners = new ArrayList<>(List.of(ANYONE, MINE));
        teammates.values()
            .stream()
            .filter(t -> t.role() != Role.ADMIN)
            .sorted(Comparator.comparing(Teammate::displayName))
            .forEach(owners::add);
        owner.setItems(owners);
        owner.setValue(ANYONE);
        tag.setItems(prospects.tags(teamId));
        refresh();
    }

    /** The filter the controls describe; empty while no team is chosen. */
    Optional<ProspectFilter> filter() {
        if (team.getValue() == null) {
            return Optional.empty();
        }
        var filter = ProspectFilter.team(team.getValue().id())
            .withText(search.getValue())
            .withTag(tag.getValue())
            .withCompany(company.getValue());
        Teammate chosen = owner.getValue();
        if (chosen != null && chosen != ANYONE) {
            filter = filter.withOwner(chosen == MINE ? me.accountId() : chosen.id());
        }
        if (stage.getValue() instanceof Stage chosenStage) {
            filter = filter.withStage(chosenStage);
        }
        else if (DO_NOT_CONTACT.equals(stage.getValue())) {
            filter = filter.onlyDoNotContact();
        }
        return Optional.of(filter);
    }

    void refresh() {
        var current = filter();
        if (current.isEmpty()) {
            return;
        }
        var f = current.get();
        shownFilter = f;
        // The pipeline counts already hold the list's size: one query fewer per change of
        // filter.
        var counts = prospects.pipeline(f);
        long size = f.doNotContact() ? counts.doNotContact()
                : f.stage() != null ? counts.inStage(f.stage()) : counts.total();
        grid.setItemsPageable(pageable -> prospects.search(f, sorted(pageable)), pageable -> size);
        boolean filtering = f.text() != null && !f.text().isBlank() || f.stage() != null || f.doNotContact()
                || f.ownerId() != null || f.tag() != null || f.company() != null && !f.company().isBlank();
        grid.setEmptyStateText(filtering ? "No prospect matches these filters. Clear a filter to see more."
                : "No prospects yet. Add one with \"Add prospect\", or bring a list in with \"Import CSV\".");
        // With what the filter's deals are worth, per currency, beside the counts.
        pipeline.show(counts, stage.getValue(), prospects.value(f).summary());
        int folded = (f.stage() != null || f.doNotContact() ? 1 : 0) + (f.ownerId() != null ? 1 : 0)
                + (f.tag() != null ? 1 : 0) + (f.company() != null && !f.company().isBlank() ? 1 : 0);
        filtersToggle.setText(folded == 0 ? "Filters" : "Filters (" + folded + ")");
    }

    private static Pageable sorted(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "lastActivity"));
    }

    private String ownerName(long ownerId) {
        var mate = teammates.get(ownerId);
        return mate == null ? "" : mate.displayName();
    }

    private ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    private void openNew() {
        new ProspectDialog(prospects, owners, team.getValue().id(), zone(team.getValue().id()), null, teammates,
                this::afterChange, this::open, sections)
            .open();
    }

    private void open(long id) {
        new ProspectDialog(prospects, owners, team.getValue().id(), zone(team.getValue().id()), prospects.details(id),
                teammates, this::afterChange, this::open, sections)
            .open();
    }

    /**
     * "prospects?open=42" opens that prospect, as the links of "My day" do;
     * "prospects?team=3&amp;company=Siemens" lists a team's prospects at one company, as
     * Team overview's account conflicts link.
     */
    private static final String NO_SUCH_PROSPECT = "That prospect no longer exists.";

    private static final Logger LOG = LoggerFactory.getLogger(ProspectsView.class);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("team")
            .ifPresent(id -> team.getListDataView()
                .getItems()
                .filter(t -> String.valueOf(t.id()).equals(id))
                .findFirst()
                .ifPresent(team::setValue));
        parameters.getSingleParameter("company").ifPresent(company::setValue);
        var open = parameters.getSingleParameter("open");
        if (open.isPresent() && team.getValue() != null) {
            try {
                long id = Long.parseLong(open.get());
                var details = prospects.details(id);
                new ProspectDialog(prospects, owners, details.teamId(), zone(details.teamId()), details, teammates,
                        this::afterChange, this::open, sections)
                    .open();
            }
            catch (NumberFormatException | com.headroom.base.RuleViolation notFound) {
                Notifications.error(NO_SUCH_PROSPECT);
            }
            catch (AccessDeniedException otherTeam) {
                // The same answer as for an id that does not exist: nothing says another
                // team holds it.
                LOG.warn("Refused to open prospect {} of a team the signed-in person is not in", open.get());
                Notifications.error(NO_SUCH_PROSPECT);
            }
        }
    }

    private void afterChange() {
        if (team.getValue() != null) {
            tag.setItems(prospects.tags(team.getValue().id()));
        }
        refresh();
    }

}

package com.headroom.content.ui;

import com.headroom.base.Dates;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Notifications;
import com.headroom.content.CadenceFinding;
import com.headroom.content.ContentFilter;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentPerformance;
import com.headroom.content.ContentReview;
import com.headroom.content.ContentService;
import com.headroom.prospect.MetPeople;
import com.headroom.content.ContentTeamSettings;
import com.headroom.content.ContentStatus;
import com.headroom.content.ContentTeam;
import com.headroom.content.ContentType;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team's content calendar: a month or a week of everyone's items, coloured by type,
 * with the list of the same items beside it and the gaps and slips against the team's
 * cadence. Drag an item to another day to move it; click a day to plan something on it.
 *
 * <p>
 * The month and week grids are {@link ContentCalendar}; this view keeps the filters, the
 * list beside them and what a click or a drag asks for.
 */
@Route("content")
@PageTitle("Content")
@Menu(order = 17, icon = "vaadin:calendar", title = "Content")
@RolesAllowed(AppRoles.MEMBER)
class ContentView extends Main {

    enum Mode {

        MONTH("Month"), WEEK("Week"), LIST("All items");

        final String label;

        Mode(String label) {
            this.label = label;
        }

    }

    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ContentService content;

    private final ContentReview review;

    private final ContentPerformance performance;

    private final ContentTeamSettings settings;

    private final Clock clock;

    private final ComboBox<TeamChoice> team;

    private final Select<Mode> mode = new Select<>();

    private final Span period = new Span();

    private final ComboBox<ContentTeam.Author> author = new ComboBox<>();

    private final Select<ContentType> type = new Select<>();

    private final Select<ContentStatus> status = new Select<>();

    private final ComboBox<ContentTeam.Topic> topic = new ComboBox<>();

    private final ContentCalendar calendar = new ContentCalendar(new ContentCalendar.Actions() {

        @Override
        public void open(ContentItem item) {
            ContentView.this.open(item, null);
        }

        @Override
        public void plan(LocalDate day) {
            ContentView.this.open(null, day);
        }

        @Override
        public void move(ContentItem item, LocalDate day) {
            moveTo(item, day);
        }

    });

    private final Grid<ContentItem> beside = new Grid<>();

    private final Grid<ContentItem> all = new Grid<>();

    private final Div findings = new Div();

    private ContentTeam info;

    private final MetPeople metPeople;

    private LocalDate anchor;

    ContentView(ContentService content, ContentReview review, ContentPerformance performance,
            ContentTeamSettings settings, TeamService teams, AccountService accounts, Clock clock,
            MetPeople metPeople) {
        this.metPeople = metPeople;
        this.content = content;
        this.review = review;
        this.performance = performance;
        this.settings = settings;
        this.clock = clock;
        addClassName("view");
        addClassName("content-view");

        List<TeamChoice> myTeams = teams.choices();
        team = TeamPicker.create(myTeams, accounts);

        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m.label);
        mode.setValue(Mode.MONTH);
        mode.setAriaLabel("Show");
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> shift(-1));
        previous.setAriaLabel("Earlier");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> shift(1));
        next.setAriaLabel("Later");
        var today = new Button("Today", e -> {
            anchor = today();
            refresh();
        });
        period.addClassName("period-title");
        var add = new Button("New item", VaadinIcon.PLUS.create(), e -> open(null, null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var settingsLink = new Anchor("content/settings", "Topics, cadence and review");
        var analytics = new Anchor("content/analytics", "What brings connections");
        var links = new Div(analytics, settingsLink);
        links.addClassName("content-links");
        var navigation = new Div(team, mode, previous, today, next, period, add);
        navigation.addClassName("toolbar");

        author.setPlaceholder("Any author");
        author.setAriaLabel("Author");
        author.setItemLabelGenerator(ContentTeam.Author::name);
        author.setClearButtonVisible(true);
        type.setAriaLabel("Type");
        type.setItems(ContentType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        status.setAriaLabel("Status");
        status.setItems(ContentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status but archived");
        topic.setPlaceholder("Any topic");
        topic.setAriaLabel("Topic");
        topic.setItemLabelGenerator(ContentTeam.Topic::name);
        topic.setClearButtonVisible(true);
        var filters = new Div(author, type, status, topic, links);
        filters.addClassName("toolbar");
        var legend = new Div();
        legend.addClassName("content-legend");
        legend.getElement().setAttribute("aria-label", "Colours by type");
        for (var each : ContentType.values()) {
            var key = new Span(each.label());
            key.addClassName("legend-key");
            key.addClassName(typeClass(each));
            legend.add(key);
        }

        // Templates, not components per row: the calendar already holds a chip per item.
        beside.addColumn(LitRenderer
            .<ContentItem>of("<div class=\"content-listed ${item.type}\" title=\"${item.kind}\">"
                    + "<span class=\"listed-title\">${item.title}</span><span class=\"listed-meta\">${item.meta}</span></div>")
            .withProperty("type", i -> typeClass(i.type()))
            .withProperty("kind", i -> i.type().label())
            .withProperty("title", ContentItem::title)
            .withProperty("meta", this::listedMeta)).setHeader("In this period").setFlexGrow(1);
        beside.addItemClickListener(e -> open(e.getItem(), null));
        beside.setEmptyStateText("Nothing planned in this period. Click a day to plan something.");
        beside.addClassName("content-beside");
        all.addColumn(i -> i.plannedAt() == null ? "No date" : day(i)).setHeader("Planned").setAutoWidth(true);
        all.addColumn(LitRenderer.<ContentItem>of(
                "<div class=\"content-chip ${item.type} ${item.status}\" title=\"${item.tip}\"><span>${item.label}</span></div>")
            .withProperty("type", i -> typeClass(i.type()))
            .withProperty("status", ContentView::statusClass)
            .withProperty("tip", ContentView::chipTip)
            .withProperty("label", this::chipLabel)).setHeader("Item").setFlexGrow(2);
        all.addColumn(ContentItem::authorName).setHeader("Author").setAutoWidth(true);
        all.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        all.addItemClickListener(e -> open(e.getItem(), null));
        all.setEmptyStateText("No items yet. Start with \"New item\": an idea needs only a title.");

        var board = new Div(calendar, beside);
        board.addClassName("content-board");
        findings.addClassName("findings");
        add(navigation, filters, legend, findings, board, all);

        team.addValueChangeListener(e -> reload());
        mode.addValueChangeListener(e -> refresh());
        author.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        anchor = today();
        reload();
    }

    private void reload() {
        if (team.getValue() == null) {
            calendar.show("You are in no team yet, so there is no content calendar to show.");
            return;
        }
        info = content.team(team.getValue().id());
        author.setItems(info.authors());
        topic.setItems(info.topics().stream().filter(t -> !t.archived()).toList());
        refresh();
    }

    private void refresh() {
        if (info == null) {
            return;
        }
        var filter = filter();
        boolean list = mode.getValue() == Mode.LIST;
        calendar.getParent().ifPresent(p -> p.setVisible(!list));
        findings.setVisible(!list);
        all.setVisible(list);
        if (list) {
            period.setText("");
            all.setItems(q -> content.page(filter, q.getOffset(), q.getLimit()).stream(), q -> content.count(filter));
            return;
        }
        LocalDate from;
        LocalDate to;
        if (mode.getValue() == Mode.WEEK) {
            from = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            to = from.plusWeeks(1);
            period.setText("Week of " + Dates.day(from));
        }
        else {
            from = anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            to = from.plusWeeks(6);
            period.setText(MONTH_TITLE.format(anchor));
        }
        var items = content.between(filter, from.atStartOfDay(info.zone()).toInstant(),
                to.atStartOfDay(info.zone()).toInstant());
        var found = settings.findings(info.teamId(), from, to);
        calendar.draw(from, to, mode.getValue() == Mode.WEEK ? Optional.empty() : Optional.of(anchor.getMonth()),
                today(), items, this::localDay, found, this::chipLabel);
        beside.setItems(items);
        drawFindings(found);
    }

    private ContentFilter filter() {
        return new ContentFilter(info.teamId(), author.getValue() == null ? null : author.getValue().id(),
                type.getValue(), status.getValue(), topic.getValue() == null ? null : topic.getValue().id());
    }

    private String chipLabel(ContentItem item) {
        return (item.plannedAt() == null ? "" : Dates.time(item.plannedAt(), info.zone()) + " ") + item.title();
    }

    static String chipTip(ContentItem item) {
        return item.type().label() + " · " + item.status().label() + " · " + item.authorName();
    }

    static String statusClass(ContentItem item) {
        return "status-" + item.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * One row of the list beside the calendar: the whole title, then when, who and where
     * it stands.
     */
    private String listedMeta(ContentItem item) {
        var when = item.publishedAt() != null ? item.publishedAt() : item.plannedAt();
        return (when == null ? "No date" : Dates.dayTime(when, info.zone())) + " · " + item.authorName() + " · "
                + item.status().label();
    }

    static String typeClass(ContentType type) {
        return "type-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void drawFindings(List<CadenceFinding> found) {
        findings.removeAll();
        if (found.isEmpty()) {
            return;
        }
        long gaps = found.stream().filter(f -> f.kind() == CadenceFinding.Kind.GAP).count();
        long slips = found.size() - gaps;
        var list = new UnorderedList();
        var details = new Details(gaps + (gaps == 1 ? " gap" : " gaps") + " and " + slips
                + (slips == 1 ? " slip" : " slips") + " against your team's cadence in this period", list);
        // The sentences only once someone opens the list: a month can have dozens, and
        // most people read the count and the notes on the days.
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && list.getComponentCount() == 0) {
                found.forEach(f -> list.add(new ListItem(f.sentence())));
            }
        });
        findings.add(details);
    }

    /**
     * Keeps the time of day it had (9:00 for an item without one) and moves it to the
     * day.
     */
    private void moveTo(ContentItem item, LocalDate day) {
        var time = item.plannedAt() == null ? LocalTime.of(9, 0) : item.plannedAt().atZone(info.zone()).toLocalTime();
        try {
            content.move(item.id(), item.version(), LocalDateTime.of(day, time).atZone(info.zone()).toInstant());
            Notifications.success("Moved \"" + item.title() + "\" to " + Dates.day(day) + ".");
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
        refresh();
    }

    private void open(ContentItem item, LocalDate day) {
        var fresh = item == null ? null : content.find(item.id());
        new ContentDialog(content, review, performance, info, fresh, day, clock, this::refresh, metPeople).open();
    }

    private void shift(int direction) {
        anchor = mode.getValue() == Mode.WEEK ? anchor.plusWeeks(direction) : anchor.plusMonths(direction);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), info == null ? java.time.ZoneOffset.UTC : info.zone());
    }

    private LocalDate localDay(ContentItem item) {
        var at = item.publishedAt() != null ? item.publishedAt() : item.plannedAt();
        return at.atZone(info.zone()).toLocalDate();
    }

    private String day(ContentItem item) {
        return Dates.dayTime(item.plannedAt(), info.zone());
    }

}

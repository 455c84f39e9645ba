package com.headroom.dashboard.ui;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.Dates;
import com.headroom.base.ui.Downloads;
import com.headroom.dashboard.Attention;
import com.headroom.dashboard.DashboardCsv;
import com.headroom.dashboard.MemberRow;
import com.headroom.dashboard.OverviewService;
import com.headroom.dashboard.OverviewText;
import com.headroom.dashboard.TeamOverview;
import com.headroom.dashboard.TeamTotals;
import com.headroom.security.AppRoles;
import com.headroom.team.TeamChoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Team overview: a manager's Monday morning. Who needs help first and why, then every
 * seated member's figures as their own My day shows them, with the team's totals.
 */
@Route("overview")
@PageTitle("Team overview")
@Menu(order = 1, icon = "vaadin:dashboard", title = "Team overview")
@RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
class TeamOverviewView extends Main implements BeforeEnterObserver {

    private final OverviewService overviews;

    private final ComboBox<TeamChoice> team;

    private final Paragraph summary = new Paragraph();

    private final Div attention = new Div();

    private final Grid<Line> grid = new Grid<>();

    private final Div actions = new Div();

    /**
     * A member's line as the grid shows and sorts it: their figures as text and sort
     * keys, not their whole headroom (pending invitations, open InMails, lockouts), which
     * every open overview would otherwise hold for a team of 30.
     */
    record Line(long memberId, String name, String teamName, String health, String why, String theme, String part,
            int urgency, List<String> texts, List<Comparable<?>> keys) {
    }

    /** A column of figures: what it says and what it sorts by. */
    private record Figure(String key, String title, String counts, Function<MemberRow, String> text,
            Function<MemberRow, Comparable<?>> sortBy) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("invitations", "Invitations", "last 7 days, sent of budget", OverviewText::invitations,
                    r -> r.status().headroom().invitations().sentThisWeek()),
            new Figure("today", "Today", "invitations sent of suggested", OverviewText::today,
                    r -> r.status().headroom().invitations().sentToday()),
            new Figure("pending", "Pending", "invitations (warn, block)", OverviewText::pending,
                    r -> r.status().headroom().invitations().pending()),
            new Figure("acceptance30", "Acceptance", "of sent, 30 days",
                    r -> OverviewText.rate(r.status().headroom().invitations().acceptance30Days()),
                    r -> r.status().headroom().invitations().acceptance30Days().percent().orElse(-1)),
            new Figure("acceptance100", "Acceptance", "last 100 decided",
                    r -> OverviewText.rate(r.status().headroom().invitations().acceptanceLast100()),
                    r -> r.status().headroom().invitations().acceptanceLast100().percent().orElse(-1)),
            new Figure("inMail", "InMail credits", "(expiring in 14 days)", OverviewText::inMail,
                    r -> r.status().headroom().inMail().balance()),
            new Figure("inMailAnswered", "InMails answered", "of sent, 30 days",
                    r -> OverviewText.rate(r.status().inMailsAnswered()),
                    r -> r.status().inMailsAnswered().percent().orElse(-1)),
            new Figure("messages", "Messages", "today, of the daily limit", OverviewText::messages,
                    r -> r.status().headroom().messages().sentToday()),
            new Figure("paused", "Paused", "restriction or cooldown until", r -> OverviewText.pausedUntil(r).orElse(""),
                    r -> OverviewText.pausedUntil(r).isPresent() ? 0 : 1),
            new Figure("lastActivity", "Last activity", "logged by them", MemberRow::lastActivity,
                    r -> r.status().lastActivityAt().map(at -> -at.getEpochSecond()).orElse(Long.MAX_VALUE)),
            new Figure("waiting", "Waiting", "overrides, intro requests to answer", OverviewText::waiting,
                    r -> -(r.overridesWaiting() + r.introsToAnswer())));

    private final AuditLog auditLog;

    TeamOverviewView(OverviewService overviews, AuditLog auditLog) {
        this.overviews = overviews;
        this.auditLog = auditLog;
        addClassName("view");
        team = OverviewTeams.create(overviews, true);
        summary.addClassName("hint");
        actions.addClassName("toolbar");
        var controls = new Div(team, actions);
        controls.addClassName("toolbar");
        buildGrid();
        team.addValueChangeListener(e -> refresh());
        add(new H2("Team overview"), controls, summary, attention, new H3("Every member now"), grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OverviewTeams.select(team, event.getLocation().getQueryParameters().getSingleParameter("team"));
    }

    private void buildGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        var member = grid.addColumn(Line::name)
            .setHeader("Member")
            .setKey("member")
            .setFrozen(true)
            .setAutoWidth(true)
            .setComparator(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER))
            .setFooter("Team");
        grid.addColumn(Line::teamName)
            .setHeader("Team")
            .setKey("team")
            .setAutoWidth(true)
            .setSortable(true)
            .setVisible(false);
        // Rendered in the browser from three properties: a hundred rows make no
        // server-side components.
        var health = grid
            .addColumn(LitRenderer
                .<Line>of("<span theme=\"badge ${item.theme}\" title=\"${item.why}\">" + "${item.label}</span>")
                .withProperty("label", Line::health)
                .withProperty("why", Line::why)
                .withProperty("theme", Line::theme))
            .setHeader(ColumnHeader.of("Health", "worst factor; hover for why"))
            .setKey("health")
            .setAutoWidth(true)
            .setComparator(Comparator.comparingInt(Line::urgency));
        health.setTooltipGenerator(Line::why);
        for (int i = 0; i < FIGURES.size(); i++) {
            int at = i;
            var figure = FIGURES.get(i);
            grid.addColumn(line -> line.texts().get(at))
                .setHeader(ColumnHeader.of(figure.title(), figure.counts()))
                .setKey(figure.key())
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.START)
                .setComparator(Comparator.comparing(line -> sortKey(line, at)));
        }
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("overview/member/" + e.getItem().memberId())));
        grid.setPartNameGenerator(Line::part);
        grid.addClassName("overview-grid");
        member.setSortable(true);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparable sortKey(Line line, int figure) {
        return (Comparable) line.keys().get(figure);
    }

    private Line line(MemberRow row) {
        String part = switch (row.status().headroom().health()) {
            case RED -> "health-red";
            case AMBER -> "health-amber";
            default -> row.quiet() ? "quiet" : null;
        };
        return new Line(row.status().memberId(), row.status().name(), row.teamName(), OverviewText.health(row),
                OverviewText.reasons(row), badgeTheme(row), part, row.urgency(),
                FIGURES.stream().map(f -> f.text().apply(row)).toList(),
                FIGURES.stream().<Comparable<?>>map(f -> f.sortBy().apply(row)).toList());
    }

    private static String badgeTheme(MemberRow row) {
        return switch (row.status().headroom().health()) {
            case RED -> "error";
            case AMBER -> "warning";
            case GREEN -> "success";
        };
    }

    private void refresh() {
        attention.removeAll();
        actions.removeAll();
        if (team.getValue() == null) {
            grid.setItems(List.of());
            summary.setText("You manage no team yet. An administrator makes you a manager of a team under People.");
            return;
        }
        Long teamId = OverviewTeams.teamId(team.getValue());
        var shown = overviews.overview(teamId);
        grid.getColumnByKey("team").setVisible(shown.teamId() == null);
        grid.setItems(shown.rows().stream().map(this::line).toList());
        grid.sort(List.of());
        footer(shown.totals());
        // The file is made when asked for, from the figures of that moment: the view
        // keeps only what its grid shows.
        var forDownload = new AtomicReference<TeamOverview>();
        var csv = Downloads.button("Download CSV", Downloads.text(() -> {
            forDownload.set(overviews.overview(teamId));
            return DashboardCsv.overviewFileName(forDownload.get());
        }, "text/csv", out -> {
            var overview = forDownload.getAndSet(null);
            auditLog.recordExport("Team overview (CSV)", List.of(new FieldChange("Team", null, overview.teamName())));
            DashboardCsv.overview(overview, out);
        }));
        var results = new Anchor("overview/results" + (shown.teamId() == null ? "" : "?team=" + shown.teamId()),
                "Results over time");
        actions.add(results, csv);
        var t = shown.totals();
        if (shown.rows().isEmpty()) {
            summary.setText("No one in " + shown.teamName() + " has a LinkedIn seat yet. An administrator seats"
                    + " people under People; their figures show here from their first logged action.");
            grid.setVisible(false);
        }
        else {
            grid.setVisible(true);
            summary.setText(shown.teamName() + " on " + Dates.day(shown.today()) + ": " + t.members()
                    + (t.members() == 1 ? " member" : " members") + " · " + t.red() + " to stop and fix · " + t.amber()
                    + " to watch · " + t.quiet() + " quiet. Click a member to see their day.");
        }
        attention.add(needsAttention(shown.attention()));
    }

    private void footer(TeamTotals t) {
        Map<String, String> cells = Map.ofEntries(Map.entry("health", t.red() + " red, " + t.amber() + " amber"),
                Map.entry("invitations", t.sentThisWeek() + " of " + t.weeklyBudget()),
                Map.entry("today", t.sentToday() + " of " + t.todayTarget()),
                Map.entry("pending", String.valueOf(t.pending())),
                Map.entry("acceptance30", t.acceptance30Days().describe()),
                Map.entry("acceptance100", t.acceptanceLast100().describe()),
                Map.entry("inMail",
                        t.inMailBalance()
                                + (t.inMailsExpiringSoon() > 0 ? " (" + t.inMailsExpiringSoon() + " expiring)" : "")),
                Map.entry("inMailAnswered", t.inMailsAnswered().describe()),
                Map.entry("messages", String.valueOf(t.messagesToday())),
                Map.entry("paused", t.paused() == 0 ? "" : t.paused() + " paused"),
                Map.entry("lastActivity", t.quiet() + " quiet"),
                Map.entry("waiting", t.overridesWaiting() + " overrides, " + t.introsToAnswer() + " intro requests"));
        cells.forEach((key, text) -> grid.getColumnByKey(key).setFooter(text));
        grid.getColumnByKey("member").setFooter("Team total (" + t.members() + ")");
    }

    /**
     * Lines of one kind shown before "Show all": a team of 100 can have dozens of one
     * kind.
     */
    static final int LINES_SHOWN = 5;

    private Component needsAttention(List<Attention> lines) {
        var box = new Div(new H3("Needs attention"));
        box.addClassName("attention");
        if (lines.isEmpty()) {
            var none = new Paragraph("Nothing needs you today: every member is healthy, has logged lately and is"
                    + " within their limits.");
            none.addClassName("empty-state");
            box.add(none);
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("figure-list");
        Map<Attention.Kind, List<Attention>> byKind = new java.util.EnumMap<>(Attention.Kind.class);
        lines.forEach(line -> byKind.computeIfAbsent(line.kind(), k -> new java.util.ArrayList<>()).add(line));
        byKind.forEach((kind, ofKind) -> {
            ofKind.stream().limit(LINES_SHOWN).forEach(line -> list.add(line(line)));
            if (ofKind.size() > LINES_SHOWN) {
                var more = new Button(
                        "Show all " + ofKind.size() + " " + kind.label().toLowerCase(java.util.Locale.ROOT) + " lines");
                more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                var holder = new ListItem(more);
                more.addClickListener(e -> {
                    int at = list.indexOf(holder);
                    list.remove(holder);
                    var rest = ofKind.subList(LINES_SHOWN, ofKind.size());
                    for (int i = 0; i < rest.size(); i++) {
                        list.addComponentAtIndex(at + i, line(rest.get(i)));
                    }
                });
                list.add(holder);
            }
        });
        box.add(list);
        return box;
    }

    private static ListItem line(Attention line) {
        var kind = new Span(line.kind().label());
        kind.getElement().getThemeList().add("badge " + switch (line.kind()) {
            case RED -> "error";
            case AMBER, PENDING_NEAR_BLOCK, LOW_ACCEPTANCE, CREDITS_EXPIRING -> "warning";
            default -> "contrast";
        });
        var item = new ListItem(kind, new Anchor(line.route(), line.who()));
        item.getElement().insertChild(1, Element.createText(" "));
        item.getElement().appendChild(Element.createText(": " + line.sentence()));
        return item;
    }

}

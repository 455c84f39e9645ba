package com.headroom.content.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.content.AnalyticsRow;
import com.headroom.content.ContentFigures.Dimension;
import com.headroom.content.ContentPerformance;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which types, topics and authors bring connection requests: a table and a chart over a
 * period.
 */
@Route("content/analytics")
@PageTitle("Content: what brings connections")
@RolesAllowed(AppRoles.MEMBER)
class ContentAnalyticsView extends Main {

    private final ContentPerformance content;

    private final ComboBox<TeamChoice> teamBox;

    private final DatePicker from = Pickers.date("Published from");

    private final DatePicker to = Pickers.date("until (including)");

    private final Select<Dimension> dimension = new Select<>();

    private final Grid<AnalyticsRow> table = new Grid<>();

    private final Div chart = new Div();

    private final Paragraph summary = new Paragraph();

    ContentAnalyticsView(ContentPerformance content, TeamService teams, AccountService accounts, Clock clock) {
        this.content = content;
        addClassName("view");
        List<TeamChoice> myTeams = teams.choices();
        teamBox = TeamPicker.create(myTeams, accounts);
        var today = LocalDate.ofInstant(clock.instant(), teamBox.getValue() == null ? java.time.ZoneOffset.UTC
                : java.time.ZoneId.of(teams.pacing(teamBox.getValue().id()).timeZone()));
        from.setValue(today.minusDays(29));
        to.setValue(today);
        dimension.setLabel("Per");
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(Dimension::label);
        dimension.setValue(Dimension.TYPE);
        var controls = new Div(teamBox, from, to, dimension);
        controls.addClassName("toolbar");

        table.addColumn(AnalyticsRow::group).setHeader("Group").setAutoWidth(true).setFlexGrow(1);
        table.addColumn(AnalyticsRow::posts).setHeader("Posts").setAutoWidth(true);
        table.addColumn(r -> r.measured() == 0 ? "–" : String.format(Locale.ENGLISH, "%,d", r.medianImpressions()))
            .setHeader("Median impressions")
            .setAutoWidth(true);
        table
            .addColumn(r -> r.measured() == 0 ? "–" : String.format(Locale.ENGLISH, "%.1f%%", 100 * r.engagementRate()))
            .setHeader("Engagement")
            .setAutoWidth(true);
        table.addColumn(r -> String.format(Locale.ENGLISH, "%.1f", r.inboundPerPost()))
            .setHeader("Connection requests per post")
            .setAutoWidth(true);
        table.addColumn(r -> String.format(Locale.ENGLISH, "%.1f", r.followersPerPost()))
            .setHeader("Followers per post")
            .setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.setEmptyStateText("Nothing published in this period. Mark items as published and log how they did.");
        chart.addClassName("chart");

        teamBox.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        dimension.addValueChangeListener(e -> refresh());
        add(new H2("What brings connections"), new Paragraph("Engagement is reactions, comments and reposts per"
                + " impression. A post's connection requests are the larger of the latest figure logged on it and the"
                + " people logged one by one from their prospect."), controls, summary, table, chart);
        refresh();
    }

    private void refresh() {
        chart.removeAll();
        if (teamBox.getValue() == null || from.getValue() == null || to.getValue() == null) {
            table.setItems(List.of());
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The period ends before it starts");
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        var rows = content.analytics(teamBox.getValue().id(), from.getValue(), to.getValue().plusDays(1),
                dimension.getValue());
        table.setItems(rows);
        int posts = rows.stream().mapToInt(AnalyticsRow::posts).sum();
        int inbound = rows.stream().mapToInt(AnalyticsRow::inboundRequests).sum();
        summary.setText(posts == 0 ? "" : posts + " posts brought " + inbound + " connection requests"
                + (rows.isEmpty() ? "." : "; most per post: " + rows.getFirst().group() + "."));
        if (!rows.isEmpty()) {
            var image = new Image(ContentChart.dataUrl(ContentChart.inboundPerPost(rows, dimension.getValue().label())),
                    "Connection requests per post, per " + dimension.getValue().label().toLowerCase(Locale.ROOT));
            image.setWidth("min(720px, 100%)");
            chart.add(image);
        }
    }

}

package com.headroom.dashboard.ui;

import com.headroom.base.Dates;
import com.headroom.base.RuleViolation;
import com.headroom.dashboard.OverviewService;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.dashboard.ResultsPeriod.Kind;
import com.headroom.dashboard.ResultsService;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The week's results (or any period's) laid out for paper: the browser's print dialog
 * saves it as a PDF. The menu and header do not print (styles.css).
 */
@Route("overview/results/print")
@PageTitle("Results to print")
@RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
class ResultsPrintView extends Main implements BeforeEnterObserver {

    private final ResultsService results;

    private final OverviewService overview;

    ResultsPrintView(ResultsService results, OverviewService overview) {
        this.results = results;
        this.overview = overview;
        addClassName("view");
        addClassName("print-layout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var q = event.getLocation().getQueryParameters();
        var teams = overview.teams();
        var team = q.getSingleParameter("team")
            .flatMap(id -> teams.stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst())
            .or(() -> teams.stream().findFirst());
        if (team.isEmpty()) {
            add(new Paragraph("You manage no team yet."));
            return;
        }
        long teamId = team.get().id();
        var today = results.today(teamId);
        ResultsPeriod period;
        try {
            String kind = q.getSingleParameter("period").orElse("THIS_WEEK");
            if (kind.equalsIgnoreCase("custom")) {
                period = ResultsPeriod.custom(day(q.getSingleParameter("from").orElse(null)),
                        day(q.getSingleParameter("to").orElse(null)), today);
            }
            else {
                period = ResultsPeriod.of(Arrays.stream(Kind.values())
                    .filter(k -> k != Kind.CUSTOM && k.name().equalsIgnoreCase(kind))
                    .findFirst()
                    .orElse(Kind.THIS_WEEK), today);
            }
        }
        catch (RuleViolation invalid) {
            add(new Paragraph(invalid.getMessage()));
            return;
        }
        var shown = results.results(teamId, period);
        var print = new Button("Print or save as PDF", e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addClassName("no-print");
        var table = ResultsTable.create();
        table.setItems(ResultsTable.rows(shown));
        var chart = new Image(WeeklyChart.dataUrl(WeeklyChart.svg(shown.weekly())),
                WeeklyChart.describe(shown.weekly()));
        chart.setWidth("min(720px, 100%)");
        add(print, new H1(shown.teamName() + ": results"),
                new Paragraph(period.label() + " · printed " + Dates.day(today) + " · from Headroom's ledger"),
                new Paragraph(ResultsTable.summary(shown)), table, new H3("Invitations per week, last 12 weeks"),
                chart);
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new RuleViolation("\"" + text + "\" is not a day (write it as 2026-12-10).");
        }
    }

}

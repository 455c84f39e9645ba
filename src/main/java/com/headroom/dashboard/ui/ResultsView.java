package com.headroom.dashboard.ui;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Downloads;
import com.headroom.base.ui.Pickers;
import com.headroom.dashboard.DashboardCsv;
import com.headroom.dashboard.OverviewService;
import com.headroom.dashboard.PipelineResultsService;
import com.headroom.dashboard.Results;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.dashboard.ResultsPeriod.Kind;
import com.headroom.dashboard.ResultsRow;
import com.headroom.dashboard.ResultsService;
import com.headroom.outreach.PlaybookService;
import com.headroom.security.AppRoles;
import com.headroom.team.TeamChoice;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Results over time: what a team's outreach turned into over a period, per member and in
 * all, with 12 weeks of invitations sent and accepted. What a manager shows their own
 * manager.
 */
@Route("overview/results")
@PageTitle("Results over time")
@RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
class ResultsView extends Main implements BeforeEnterObserver {

    /** The chart picker's entry for the whole team. */
    private static final ChartFor TEAM = new ChartFor(null, "The whole team");

    private final ResultsService results;

    private final ComboBox<TeamChoice> team;

    private final Select<Kind> period = new Select<>();

    private final DatePicker from = Pickers.date("First day");

    private final DatePicker to = Pickers.date("Last day (including)");

    private final Paragraph summary = new Paragraph();

    private final Paragraph error = new Paragraph();

    private final Grid<ResultsRow> table = ResultsTable.create();

    private final Select<ChartFor> chartFor = new Select<>();

    private final Div chart = new Div();

    private final Div actions = new Div();

    private Results shown;

    record ChartFor(Long memberId, String name) {
    }

    private final AuditLog auditLog;

    private final WarmUpTable warmUp;

    private final PipelineSection pipeline;

    ResultsView(ResultsService results, OverviewService overview, AuditLog auditLog, PlaybookService playbook,
            PipelineResultsService pipelineResults) {
        this.results = results;
        this.warmUp = new WarmUpTable(playbook);
        this.pipeline = new PipelineSection(pipelineResults);
        this.auditLog = auditLog;
        addClassName("view");
        team = OverviewTeams.create(overview, false);
        period.setLabel("Period");
        period.setItems(Kind.values());
        period.setItemLabelGenerator(Kind::label);
        period.setValue(Kind.LAST_FOUR_WEEKS);
        from.setVisible(false);
        to.setVisible(false);
        error.addClassName("error-text");
        summary.addClassName("summary");
        chartFor.setLabel("Chart for");
        chartFor.setItemLabelGenerator(ChartFor::name);
        actions.addClassName("toolbar");
        var controls = new Div(team, period, from, to, actions);
        controls.addClassName("toolbar");
        team.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> {
            boolean custom = e.getValue() == Kind.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom && shown != null && from.isEmpty()) {
                from.setValue(shown.period().from());
                to.setValue(shown.period().to());
            }
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        chartFor.addValueChangeListener(e -> drawChart());
        add(new H2("Results over time"), new Paragraph(new Anchor("overview", "← Team overview")), controls, error,
                summary, table, new H3("Invitations per week, last 12 weeks"), chartFor, chart, pipeline, warmUp);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        OverviewTeams.select(team, parameters.getSingleParameter("team"));
        parameters.getSingleParameter("period")
            .flatMap(p -> java.util.Arrays.stream(Kind.values())
                .filter(k -> k.name().equalsIgnoreCase(p) && k != Kind.CUSTOM)
                .findFirst())
            .ifPresent(period::setValue);
    }

    private void refresh() {
        actions.removeAll();
        error.setText("");
        if (team.getValue() == null) {
            summary.setText("You manage no team yet. An administrator makes you a manager of a team under People.");
            table.setItems(List.of());
            pipeline.clear();
            return;
        }
        long teamId = team.getValue().id();
        var today = results.today(teamId);
        ResultsPeriod chosen;
        try {
            chosen = period.getValue() == Kind.CUSTOM ? ResultsPeriod.custom(from.getValue(), to.getValue(), today)
                    : ResultsPeriod.of(period.getValue(), today);
        }
        catch (RuleViolation invalid) {
            error.setText(invalid.getMessage());
            return;
        }
        shown = results.results(teamId, chosen);
        warmUp.show(teamId, chosen);
        pipeline.show(teamId, chosen);
        table.setItems(ResultsTable.rows(shown));
        summary.setText(ResultsTable.summary(shown));
        actions.add(Downloads.button("Download CSV",
                Downloads.text(() -> DashboardCsv.resultsFileName(shown), "text/csv", out -> {
                    auditLog.recordExport("Results (CSV)", List.of(new FieldChange("Team", null, shown.teamName()),
                            new FieldChange("Period", null, shown.period().from() + " to " + shown.period().to())));
                    DashboardCsv.results(shown, out);
                })));
        var print = new Anchor(
                "overview/results/print?team=" + teamId + "&period=" + (chosen.kind() == Kind.CUSTOM
                        ? "custom&from=" + chosen.from() + "&to=" + chosen.to() : chosen.kind().name()),
                "Print layout");
        print.setTarget("_blank");
        actions.add(print);
        List<ChartFor> choices = new ArrayList<>(List.of(TEAM));
        shown.members().forEach(r -> choices.add(new ChartFor(r.memberId(), r.name())));
        var current = chartFor.getValue();
        chartFor.setItems(choices);
        chartFor.setValue(choices.stream()
            .filter(c -> current != null && java.util.Objects.equals(c.memberId(), current.memberId()))
            .findFirst()
            .orElse(TEAM));
        drawChart();
    }

    private void drawChart() {
        chart.removeAll();
        if (shown == null || chartFor.getValue() == null) {
            return;
        }
        var weeks = chartFor.getValue().memberId() == null ? shown.weekly()
                : shown.weeklyByMember().getOrDefault(chartFor.getValue().memberId(), List.of());
        var image = new Image(WeeklyChart.dataUrl(WeeklyChart.svg(weeks)), WeeklyChart.describe(weeks));
        image.setWidth("min(720px, 100%)");
        image.addClassName("chart");
        chart.add(image);
    }

    PipelineSection pipeline() {
        return pipeline;
    }

    Results shown() {
        return shown;
    }

}

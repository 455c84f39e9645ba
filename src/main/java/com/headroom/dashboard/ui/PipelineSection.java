package com.headroom.dashboard.ui;

import com.headroom.base.Dates;
import com.headroom.dashboard.PipelineResults;
import com.headroom.dashboard.PipelineResults.MemberValue;
import com.headroom.dashboard.PipelineResults.SourceRow;
import com.headroom.dashboard.PipelineResultsService;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.prospect.PipelineValue;
import com.headroom.prospect.Stage;
import com.headroom.prospect.StageConversion;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;

/**
 * The metrics that matter under results over time: pipeline value, conversion between
 * stages, won value and quality connections per member, and which sources pay. Each
 * figure says what it counts.
 */
class PipelineSection extends Div {

    private final PipelineResultsService service;

    private final UnorderedList value = new UnorderedList();

    private final UnorderedList conversions = new UnorderedList();

    private final Grid<MemberValue> members = new Grid<>();

    private final Grid<SourceRow> sources = new Grid<>();

    private PipelineResults shown;

    PipelineSection(PipelineResultsService service) {
        this.service = service;
        addClassName("pipeline-results");
        value.addClassName("figure-list");
        conversions.addClassName("figure-list");

        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setAllRowsVisible(true);
        members.addColumn(MemberValue::name).setHeader("Member").setKey("member").setAutoWidth(true);
        members.addColumn(m -> PipelineValue.sentence(m.won(), "deal", "deals"))
            .setHeader(ColumnHeader.of("Won", "deals moved to Won in the period, by value"))
            .setKey("won")
            .setAutoWidth(true);
        members
            .addColumn(m -> m.quality().quality() + " of " + m.quality().accepted() + " accepted"
                    + m.quality().percent().map(p -> " (" + p + "%)").orElse(""))
            .setHeader(ColumnHeader.of("Quality connections", "accepted invitations with ICP fit 4 or 5"))
            .setKey("quality")
            .setAutoWidth(true);
        members.setPartNameGenerator(m -> m.memberId() == null ? "total" : null);
        members.setEmptyStateText("No one in this team has a LinkedIn seat yet.");

        sources.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sources.setAllRowsVisible(true);
        sources.addColumn(r -> r.funnel().source().label()).setHeader("Source").setKey("source").setAutoWidth(true);
        sources.addColumn(r -> r.funnel().name() == null ? "" : r.funnel().name())
            .setHeader("Name")
            .setKey("name")
            .setAutoWidth(true);
        sources.addColumn(r -> Dates.day(r.funnel().date())).setHeader("Day").setKey("day").setAutoWidth(true);
        sources.addColumn(r -> r.funnel().added())
            .setHeader(ColumnHeader.of("Added", "people added in the period"))
            .setKey("added")
            .setAutoWidth(true);
        sources.addColumn(r -> r.funnel().invited())
            .setHeader(ColumnHeader.of("Invited", "of those added, since"))
            .setKey("invited")
            .setAutoWidth(true);
        sources.addColumn(r -> rate(r.funnel().accepted(), r.funnel().acceptanceRate()))
            .setHeader(ColumnHeader.of("Accepted", "% of invited"))
            .setKey("accepted")
            .setAutoWidth(true);
        sources.addColumn(r -> rate(r.funnel().replied(), r.funnel().replyRate()))
            .setHeader(ColumnHeader.of("Replied", "% of invited or messaged"))
            .setKey("replied")
            .setAutoWidth(true);
        sources.addColumn(r -> r.won().isEmpty() ? "" : PipelineValue.sentence(r.won(), "deal", "deals"))
            .setHeader(ColumnHeader.of("Won", "deals won in the period"))
            .setKey("won")
            .setAutoWidth(true);
        sources.setEmptyStateText("Nobody was added in this period.");

        add(new H3("Pipeline value"), hint("The team's deals now, whenever they were opened: a sum per currency,"
                + " never euros added to dollars. Won and lost deals keep their value."), value);
        add(new H3("From one stage to the next"),
                hint("Prospects that reached a stage in the period (or skipped past it), and how many of them"
                        + " have reached the next stage since."),
                conversions);
        add(new H3("Won and quality connections per member"),
                hint("Won: deals moved to Won in the period, by their owner now. Quality connections: invitations"
                        + " accepted in the period by people whose fit with your ideal customer is 4 or 5 of 5."),
                members);
        add(new H3("Where people came from"),
                hint("People added in the period, by source (events, LinkedIn groups, webinars, Lives, by hand,"
                        + " CSV), and what became of them since: invited, accepted (of those invited), replied to a"
                        + " message or InMail (of those invited or messaged). Each person counts once."),
                sources);
    }

    void show(long teamId, ResultsPeriod period) {
        shown = service.of(teamId, period);
        value.removeAll();
        for (Stage stage : PipelineValue.VALUED) {
            value.add(new ListItem(stage.label() + ": " + shown.value().sentence(stage) + "."));
        }
        conversions.removeAll();
        for (StageConversion step : shown.conversions()) {
            conversions.add(new ListItem(step.sentence()));
        }
        members.setItems(shown.members());
        sources.setItems(shown.sources());
    }

    void clear() {
        shown = null;
        value.removeAll();
        conversions.removeAll();
        members.setItems(java.util.List.of());
        sources.setItems(java.util.List.of());
    }

    PipelineResults shown() {
        return shown;
    }

    private static String rate(int count, Optional<Integer> rate) {
        return count + rate.map(p -> " (" + p + "%)").orElse("");
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

}

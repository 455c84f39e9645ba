package com.headroom.dashboard.ui;

import com.headroom.dashboard.ResultsPeriod;
import com.headroom.outreach.PlaybookService;
import com.headroom.outreach.WarmUpRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Results' "Does warming up pay?": acceptance of warmed against cold invitations, per
 * member and for the team, with the same significance wording as the template comparison.
 */
final class WarmUpTable extends Div {

    private final PlaybookService playbook;

    private final Paragraph summary = new Paragraph();

    private final Grid<WarmUpRow> grid = new Grid<>(WarmUpRow.class, false);

    /**
     * The comparison reads every member's invitations of the period and the two weeks
     * before: worked out when asked for, so that Results open at their usual speed.
     */
    private final Button compare = new Button("Compare warmed-up and cold invitations", e -> {
        opened = true;
        refresh();
    });

    private boolean opened;

    private long teamId;

    private ResultsPeriod period;

    WarmUpTable(PlaybookService playbook) {
        this.playbook = playbook;
        addClassName("warm-up-results");
        summary.addClassName("summary");
        grid.addColumn(WarmUpRow::name).setHeader("Member").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> share(r.warmedAccepted(), r.warmedSent(), r.warmedPercent()))
            .setHeader(ColumnHeader.of("Warmed up", "Invitations to people engaged with beforehand: accepted of sent"))
            .setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true);
        grid.addColumn(r -> share(r.coldAccepted(), r.coldSent(), r.coldPercent()))
            .setHeader(ColumnHeader.of("Cold", "Invitations with too little engagement beforehand: accepted of sent"))
            .setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true);
        grid.addColumn(WarmUpRow::verdict).setHeader("What it says").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3("Does warming up pay?"), summary, compare, grid);
    }

    void show(long teamId, ResultsPeriod period) {
        this.teamId = teamId;
        this.period = period;
        refresh();
    }

    private void refresh() {
        compare.setVisible(!opened);
        grid.setVisible(opened);
        if (!opened) {
            summary.setText("Acceptance of invitations sent after engaging with the person, against those sent cold,"
                    + " per member and for the team.");
            return;
        }
        var results = playbook.warmUpResults(teamId, period.from(), period.to());
        if (results.warmUpDays() == 0) {
            summary.setText("The team's policy asks for no warm-up before inviting, so every invitation counts as"
                    + " warmed. An administrator sets the warm-up days in the team policy.");
        }
        else {
            summary.setText("An invitation is warmed up when its sender viewed the person's profile or engaged with a"
                    + " post on " + results.warmUpDays() + " different days in the 14 before it. Counts invitations"
                    + " sent in the period and how many were accepted by now. " + results.team().verdict());
        }
        List<WarmUpRow> rows = new ArrayList<>(results.members());
        rows.add(results.team());
        grid.setItems(rows);
    }

    private static String share(int accepted, int sent, Optional<Integer> percent) {
        return sent == 0 ? "none sent" : accepted + " of " + sent + percent.map(p -> " (" + p + "%)").orElse("");
    }

}

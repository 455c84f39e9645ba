package com.headroom.dashboard.ui;

import com.headroom.dashboard.OverviewText;
import com.headroom.dashboard.Results;
import com.headroom.dashboard.ResultsRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Results as a table: a row per member, the team's total last; shared by the screen and the print layout. */
final class ResultsTable {

    private ResultsTable() {
    }

    static Grid<ResultsRow> create() {
        var grid = new Grid<ResultsRow>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.memberId() == null ? "Team total" : r.name()).setHeader("Member").setKey("member")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(ResultsRow::sent).setHeader("Invitations sent").setKey("sent").setAutoWidth(true);
        grid.addColumn(r -> withRate(r.accepted(), r.acceptanceRate())).setHeader("Accepted (of sent)")
                .setKey("accepted").setAutoWidth(true);
        grid.addColumn(r -> withRate(r.replies(), r.replyRate())).setHeader("Replies (of accepted)").setKey("replies")
                .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.meetings(), r.meetingRate())).setHeader("Meetings (of replies)")
                .setKey("meetings").setAutoWidth(true);
        grid.addColumn(r -> withRate(r.opportunities(), r.opportunityRate())).setHeader("Opportunities (of meetings)")
                .setKey("opportunities").setAutoWidth(true);
        grid.addColumn(r -> withRate(r.won(), r.winRate())).setHeader("Won (of opportunities)").setKey("won")
                .setAutoWidth(true);
        grid.addColumn(r -> OverviewText.days(r.daysToAccept())).setHeader("Median days to accept")
                .setKey("daysToAccept").setAutoWidth(true);
        grid.addColumn(r -> OverviewText.days(r.daysToReply())).setHeader("Median days accept → reply")
                .setKey("daysToReply").setAutoWidth(true);
        grid.addColumn(r -> r.creditsGranted() + " / " + r.inMailsSent() + " / " + r.creditsRefunded() + " / "
                + r.creditsExpired()).setHeader("InMail credits: granted / used / refunded / expired unused")
                .setKey("inMail").setAutoWidth(true);
        grid.addColumn(ResultsRow::inbound).setHeader("Inbound requests from content").setKey("inbound")
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.memberId() == null ? "total" : null);
        grid.setEmptyStateText("No one in this team has a LinkedIn seat yet.");
        return grid;
    }

    static List<ResultsRow> rows(Results results) {
        List<ResultsRow> rows = new ArrayList<>(results.members());
        if (!rows.isEmpty()) {
            rows.add(results.team());
        }
        return rows;
    }

    static String withRate(int count, Optional<Integer> rate) {
        return count + rate.map(p -> " (" + p + "%)").orElse("");
    }

    /** One sentence a manager can read out: what the team's outreach turned into. */
    static String summary(Results results) {
        var t = results.team();
        return results.teamName() + ", " + results.period().label() + ": " + t.sent() + " invitations sent, "
                + withRate(t.accepted(), t.acceptanceRate()) + " accepted, " + t.replies() + " replies, " + t.meetings()
                + " meetings, " + t.opportunities() + " opportunities, " + t.won() + " won.";
    }
}

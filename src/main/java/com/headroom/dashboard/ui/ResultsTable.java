package com.headroom.dashboard.ui;

import com.headroom.dashboard.OverviewText;
import com.headroom.dashboard.Results;
import com.headroom.dashboard.ResultsRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Results as a table: a row per member, the team's total last; shared by the screen and
 * the print layout.
 */
final class ResultsTable {

    private ResultsTable() {
    }

    static Grid<ResultsRow> create() {
        var grid = new Grid<ResultsRow>();
        grid.addClassName("results-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.memberId() == null ? "Team total" : r.name())
            .setHeader("Member")
            .setKey("member")
            .setAutoWidth(true)
            .setFrozen(true);
        grid.addColumn(ResultsRow::sent)
            .setHeader(ColumnHeader.of("Invitations", "sent"))
            .setKey("sent")
            .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.accepted(), r.acceptanceRate()))
            .setHeader(ColumnHeader.of("Accepted", "of those sent"))
            .setKey("accepted")
            .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.replies(), r.replyRate()))
            .setHeader(ColumnHeader.of("Replies", "of accepted"))
            .setKey("replies")
            .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.meetings(), r.meetingRate()))
            .setHeader(ColumnHeader.of("Meetings", "of replies"))
            .setKey("meetings")
            .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.opportunities(), r.opportunityRate()))
            .setHeader(ColumnHeader.of("Opportunities", "of meetings"))
            .setKey("opportunities")
            .setAutoWidth(true);
        grid.addColumn(r -> withRate(r.won(), r.winRate()))
            .setHeader(ColumnHeader.of("Won", "of opportunities"))
            .setKey("won")
            .setAutoWidth(true);
        grid.addColumn(r -> OverviewText.days(r.daysToAccept()))
            .setHeader(ColumnHeader.of("Days to accept", "median, invite → accept"))
            .setKey("daysToAccept")
            .setAutoWidth(true);
        grid.addColumn(r -> OverviewText.days(r.daysToReply()))
            .setHeader(ColumnHeader.of("Days to reply", "median, accept → reply"))
            .setKey("daysToReply")
            .setAutoWidth(true);
        grid.addColumn(r -> r.creditsGranted() + " / " + r.inMailsSent() + " / " + r.creditsRefunded() + " / "
                + r.creditsExpired())
            .setHeader(ColumnHeader.of("InMail credits", "granted / used / refunded / expired unused"))
            .setKey("inMail")
            .setAutoWidth(true);
        grid.addColumn(r -> answered(r.channels().linkedInReplied(), r.channels().linkedInSent(),
                r.channels().linkedInReplyRate()))
            .setHeader(ColumnHeader.of("LinkedIn answered", "of messages and InMails sent"))
            .setKey("linkedInChannel")
            .setAutoWidth(true);
        grid.addColumn(
                r -> answered(r.channels().emailReplies(), r.channels().emailsSent(), r.channels().emailReplyRate())
                        + (r.channels().emailBounces() == 0 ? "" : ", " + r.channels().emailBounces() + " bounced"))
            .setHeader(ColumnHeader.of("E-mail replied", "of e-mails sent"))
            .setKey("emailChannel")
            .setAutoWidth(true);
        grid.addColumn(ResultsRow::inbound)
            .setHeader(ColumnHeader.of("Inbound", "requests from content"))
            .setKey("inbound")
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

    static String answered(int answered, int sent, Optional<Integer> rate) {
        return answered + " of " + sent + rate.map(p -> " (" + p + "%)").orElse("");
    }

    static String withRate(int count, Optional<Integer> rate) {
        return count + rate.map(p -> " (" + p + "%)").orElse("");
    }

    /** One sentence a manager can read out: what the team's outreach turned into. */
    static String summary(Results results) {
        var t = results.team();
        return results.teamName() + ", " + results.period().label() + ": "
                + OverviewText.count(t.sent(), "invitation", "invitations") + " sent, "
                + withRate(t.accepted(), t.acceptanceRate()) + " accepted, "
                + OverviewText.count(t.replies(), "reply", "replies") + ", "
                + OverviewText.count(t.meetings(), "meeting", "meetings") + ", "
                + OverviewText.count(t.opportunities(), "opportunity", "opportunities") + ", " + t.won() + " won; "
                + OverviewText.count(t.channels().emailsSent(), "e-mail", "e-mails") + " sent, "
                + withRate(t.channels().emailReplies(), t.channels().emailReplyRate()) + " replied.";
    }

}

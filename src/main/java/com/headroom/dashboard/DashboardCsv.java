package com.headroom.dashboard;

import com.headroom.base.SpreadsheetSafe;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Team overview and results as CSV files for a spreadsheet: one figure a column, so they
 * add up there, and every text cell made safe from formulas as the prospect export does.
 */
public final class DashboardCsv {

    static final List<String> OVERVIEW_HEADER = List.of("Member", "Team", "Tier", "Health", "Why",
            "Invitations sent in the last 7 days", "Weekly invitation budget", "Invitations sent today",
            "Suggested for today", "Pending invitations", "Pending: warn at", "Pending: blocked at",
            "Acceptance 30 days: accepted", "Acceptance 30 days: decided", "Acceptance last 100: accepted",
            "Acceptance last 100: decided", "InMail credits", "InMail credits expiring in 14 days",
            "InMails answered (30 days)", "InMails sent (30 days)", "Messages today", "Messages a day",
            "Restriction or pause", "Last activity logged", "Overrides waiting", "Intro requests to answer",
            "Needs attention");

    static final List<String> RESULTS_HEADER = List.of("Member", "Period from", "Period to", "Invitations sent",
            "Accepted", "Acceptance rate %", "Replies", "Reply rate %", "Meetings", "Meeting rate %", "Opportunities",
            "Opportunity rate %", "Won", "Win rate %", "Median days invite to accept", "Median days accept to reply",
            "InMail credits granted", "InMail credits used", "InMail credits refunded", "InMail credits expired unused",
            "Inbound requests from content", "LinkedIn messages and InMails sent", "LinkedIn answers",
            "LinkedIn answer rate %", "E-mails sent", "E-mail replies", "E-mail reply rate %", "E-mails bounced");

    private DashboardCsv() {
    }

    public static String overviewFileName(TeamOverview overview) {
        return "team-overview-" + slug(overview.teamName()) + "-" + overview.today() + ".csv";
    }

    public static String resultsFileName(Results results) {
        return "results-" + slug(results.teamName()) + "-" + results.period().from() + "-to-" + results.period().to()
                + ".csv";
    }

    public static void overview(TeamOverview overview, Writer out) throws IOException {
        try (var csv = new CSVPrinter(out, SpreadsheetSafe.csv(OVERVIEW_HEADER.toArray(String[]::new)))) {
            for (var row : overview.rows()) {
                var s = row.status();
                var h = s.headroom();
                var inv = h.invitations();
                List<Object> cells = new ArrayList<>(List.of(text(s.name()), text(row.teamName()), text(s.tierName()),
                        OverviewText.health(row), text(OverviewText.reasons(row)), inv.sentThisWeek(),
                        inv.weeklyBudget(), inv.sentToday(), inv.todayTarget(), inv.pending(), inv.pendingWarnAt(),
                        inv.pendingBlockAt(), inv.acceptance30Days().accepted(), inv.acceptance30Days().of(),
                        inv.acceptanceLast100().accepted(), inv.acceptanceLast100().of(), h.inMail().balance(),
                        h.inMail().expiringSoon(), s.inMailsAnswered().accepted(), s.inMailsAnswered().of(),
                        h.messages().sentToday(), h.messages().limit(), text(OverviewText.pausedUntil(row).orElse("")),
                        text(row.lastActivity()), row.overridesWaiting(), row.introsToAnswer(), text(String.join(" | ",
                                row.attention().stream().map(a -> a.kind().label() + ": " + a.sentence()).toList()))));
                csv.printRecord(cells);
            }
        }
    }

    public static void results(Results results, Writer out) throws IOException {
        try (var csv = new CSVPrinter(out, SpreadsheetSafe.csv(RESULTS_HEADER.toArray(String[]::new)))) {
            for (var row : results.members()) {
                csv.printRecord(resultCells(row, results.period()));
            }
            csv.printRecord(resultCells(results.team(), results.period()));
        }
    }

    private static List<Object> resultCells(ResultsRow r, ResultsPeriod period) {
        return List.of(text(r.memberId() == null ? "Team total: " + r.name() : r.name()), period.from().toString(),
                period.to().toString(), r.sent(), r.accepted(), number(r.acceptanceRate()), r.replies(),
                number(r.replyRate()), r.meetings(), number(r.meetingRate()), r.opportunities(),
                number(r.opportunityRate()), r.won(), number(r.winRate()),
                r.daysToAccept().map(String::valueOf).orElse(""), r.daysToReply().map(String::valueOf).orElse(""),
                r.creditsGranted(), r.inMailsSent(), r.creditsRefunded(), r.creditsExpired(), r.inbound(),
                r.channels().linkedInSent(), r.channels().linkedInReplied(), number(r.channels().linkedInReplyRate()),
                r.channels().emailsSent(), r.channels().emailReplies(), number(r.channels().emailReplyRate()),
                r.channels().emailBounces());
    }

    private static String number(java.util.Optional<Integer> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String text(String value) {
        return SpreadsheetSafe.cell(value);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "team" : slug;
    }

}

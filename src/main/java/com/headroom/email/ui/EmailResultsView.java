package com.headroom.email.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.UploadLimit;
import com.headroom.base.ui.CsvUpload;
import com.headroom.base.ui.Notifications;
import com.headroom.email.ActivityImportService;
import com.headroom.email.ActivityReport;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.ui.TeamPicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Reads an e-mail tool's activity export back: sent, replied and bounced become ledger
 * entries on the rep's prospects, with every row that was not logged and why.
 */
@Route("email-results")
@PageTitle("E-mail results")
@Menu(order = 12, icon = "vaadin:envelope-o", title = "E-mail results")
@RolesAllowed(AppRoles.MEMBER)
class EmailResultsView extends Main {

    static final UploadLimit UPLOAD_LIMIT = UploadLimit.megabytes(20,
            "Export one campaign at a time, or a shorter period.");

    private final ActivityImportService imports;

    private final Div report = new Div();

    private final com.vaadin.flow.component.combobox.ComboBox<com.headroom.team.TeamChoice> team;

    EmailResultsView(ActivityImportService imports, TeamService teams, AccountService accounts) {
        this.imports = imports;
        addClassName("view");
        add(new H2("E-mail results"));
        var how = new Paragraph("Export the activity of your campaigns from lemlist, Instantly, Apollo, HubSpot or"
                + " Salesforce (a CSV with the address, what happened and when) and drop it here. Headroom logs"
                + " e-mails sent, replies and bounces on your prospects with those addresses; a bounce marks the"
                + " address bounced. Importing the same file again changes nothing. Files up to " + UPLOAD_LIMIT.size()
                + ".");
        how.addClassName("hint");
        team = TeamPicker.create(teams, accounts);
        var upload = CsvUpload.inMemory(UPLOAD_LIMIT, this::received);
        upload.setDropLabel(new Span("Drop the activity CSV here"));
        report.addClassName("import-report");
        add(how, team, upload, report);
    }

    void received(String fileName, byte[] bytes) {
        if (team.getValue() == null) {
            Notifications.error("Choose the team first.");
            return;
        }
        try {
            show(fileName, imports.importActivity(team.getValue().id(), bytes));
        }
        catch (RuleViolation refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void show(String fileName, ActivityReport r) {
        report.removeAll();
        var summary = new Paragraph(fileName + (r.tool().isEmpty() ? "" : " (" + r.tool() + ")") + ": "
                + count(r.rowsRead(), "row", "rows") + " read; " + count(r.sent(), "e-mail", "e-mails") + " sent, "
                + count(r.replied(), "reply", "replies") + " and " + count(r.bounced(), "bounce", "bounces") + " logged"
                + (r.alreadyImported() == 0 ? "" : "; " + r.alreadyImported() + " imported before, left as they were")
                + (r.opens() == 0 ? "" : "; " + r.opens() + " opens not logged (opens are unreliable)")
                + (r.rejected().isEmpty() ? "." : "; " + r.rejected().size() + " not logged:"));
        summary.addClassName("report-summary");
        report.add(summary);
        if (!r.rejected().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("rejected-rows");
            r.rejected().forEach(row -> list.add(new ListItem(row.reason())));
            report.add(list);
        }
        if (r.logged() > 0) {
            Notifications
                .success(r.logged() + (r.logged() == 1 ? " entry" : " entries") + " logged from " + fileName + ".");
        }
    }

}

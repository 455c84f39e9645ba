package com.headroom.dashboard.ui;

import com.headroom.base.Dates;
import com.headroom.base.RuleViolation;
import com.headroom.dashboard.MemberOverview;
import com.headroom.dashboard.MemberOverviewService;
import com.headroom.dashboard.OverviewText;
import com.headroom.dashboard.Results.WeekPoint;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.TemplateStats;
import com.headroom.prospect.Stage;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * One member as their manager reads them: their gauges and health as their My day shows
 * them, their to-do counts, 12 weeks of invitations, their templates and their pipeline.
 * Read-only: a manager never logs for a member, and sees no private note and no
 * connection's e-mail.
 */
@Route("overview/member/:id")
@PageTitle("Member")
@RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
class MemberOverviewView extends Main implements BeforeEnterObserver {

    private final MemberOverviewService members;

    MemberOverviewView(MemberOverviewService members) {
        this.members = members;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().getLong("id");
        try {
            show(members.member(id.orElseThrow(() -> new RuleViolation("No such member."))));
        }
        catch (RuleViolation | AccessDeniedException notHere) {
            add(new H2("Member"),
                    empty("This person is not a seated member of a team you manage. Pick one on Team" + " overview."),
                    new Anchor("overview", "Back to Team overview"));
        }
    }

    private void show(MemberOverview m) {
        var day = m.day();
        var back = new Anchor("overview?team=" + m.teamId(), "← Team overview");
        add(back, new H2(m.name()));
        if (day.headroom().isEmpty()) {
            add(empty(m.name() + " has no LinkedIn seat."));
            return;
        }
        var h = day.headroom().get();
        var zone = day.zone();
        var subtitle = new Paragraph(h.tierName() + day.teamName().map(t -> " · " + t).orElse("") + " · as "
                + m.name().split(" ")[0] + "'s My day shows it on " + Dates.dayTime(h.at(), zone) + ". Read-only: "
                + m.name().split(" ")[0] + " logs their own actions.");
        subtitle.addClassName("hint");
        add(subtitle, health(h), figures(h, zone), todos(m), weeks(m.weeks()), templates(m.templates()), pipeline(m));
    }

    private Div health(Headroom h) {
        var badge = new Span(h.health().label());
        badge.addClassName("health-" + h.health().name().toLowerCase(Locale.ROOT));
        var card = new Div(new H3("Account health"), badge);
        card.addClassName("card");
        var list = new UnorderedList();
        list.addClassName("figure-list");
        if (h.reasons().isEmpty()) {
            list.add(new ListItem("Every limit is in good shape."));
        }
        h.reasons().forEach(r -> list.add(new ListItem(r.level().label() + ": " + r.sentence())));
        card.add(list);
        return card;
    }

    private Div figures(Headroom h, ZoneId zone) {
        var inv = h.invitations();
        var inMail = h.inMail();
        var m = h.messages();
        List<String> lines = new ArrayList<>();
        lines.add(inv.left() + " of " + inv.weeklyBudget() + " invitations left this week: " + inv.sentThisWeek()
                + " sent in the last 7 days"
                + (inv.pastTheBudget() > 0 ? ", " + inv.pastTheBudget() + " past the budget" : "") + ". "
                + inv.budgetReason() + ".");
        lines.add(inv.pausedUntil()
            .map(at -> "Invitations paused until " + Dates.dayTime(at, zone) + ".")
            .orElse(inv.sentToday() + " of " + inv.todayTarget() + " invitations today, as suggested. "
                    + inv.suggestionReason()));
        lines.add(inv.pending() + " invitations pending; the team warns at " + inv.pendingWarnAt() + " and blocks at "
                + inv.pendingBlockAt() + ".");
        lines.add("Acceptance: " + inv.acceptanceLast100().describe() + " of the last decided; "
                + inv.acceptance30Days().describe() + " of those sent in the last 30 days.");
        lines.add(inMail.balance() + " InMail credits" + (inMail.expiringSoon() > 0
                ? "; " + inMail.expiringSoon() + " expire by " + Dates.day(inMail.nextExpiry().orElseThrow(), zone)
                : "") + ".");
        lines.add(m.sentToday() + " of " + m.limit() + " messages sent today.");
        h.restriction()
            .ifPresent(c -> lines.add("LinkedIn restricted the account on " + Dates.day(c.reportedAt(), zone)
                    + "; the cooldown lasts until " + Dates.dayTime(c.until(), zone) + "."));
        var list = new UnorderedList();
        list.addClassName("figure-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        return new Div(new H3("Limits now"), list);
    }

    private Div todos(MemberOverview m) {
        var d = m.day();
        var list = new UnorderedList();
        list.addClassName("figure-list");
        list.add(new ListItem(OverviewText.count(d.withdraw().total(), "invitation", "invitations")
                + " to withdraw (pending past the team's reminder)"));
        list.add(new ListItem(
                OverviewText.count(d.followUp().total(), "new connection", "new connections") + " to message"));
        list.add(new ListItem(
                OverviewText.count(d.inMailsAwaiting().total(), "InMail", "InMails") + " with no answer after 7 days"));
        list.add(new ListItem(
                OverviewText.count(d.nextSteps().total(), "prospect", "prospects") + " waiting for their next step"));
        return new Div(new H3("Their to-do list"), list);
    }

    private Div weeks(List<WeekPoint> weeks) {
        var box = new Div(new H3("Last 12 weeks"));
        int sent = weeks.stream().mapToInt(WeekPoint::sent).sum();
        int accepted = weeks.stream().mapToInt(WeekPoint::accepted).sum();
        box.add(new Paragraph(sent + " invitations sent, " + accepted + " of them accepted so far."));
        var image = new Image(WeeklyChart.dataUrl(WeeklyChart.svg(weeks)), WeeklyChart.describe(weeks));
        image.setWidth("min(720px, 100%)");
        image.addClassName("chart");
        box.add(image);
        return box;
    }

    private Div templates(List<TemplateStats> stats) {
        var box = new Div(new H3("Their templates"));
        if (stats.isEmpty()) {
            box.add(empty("No action logged with a template yet."));
            return box;
        }
        var grid = new Grid<TemplateStats>();
        grid.addColumn(TemplateStats::name).setHeader("Template").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(TemplateStats::sent).setHeader("Sent with it").setAutoWidth(true);
        grid.addColumn(TemplateStats::accepted).setHeader("Accepted").setAutoWidth(true);
        grid.addColumn(TemplateStats::replied).setHeader("Replied").setAutoWidth(true);
        grid.addColumn(t -> t.successPercent().map(p -> p + "%").orElse("–"))
            .setHeader("Success rate")
            .setAutoWidth(true);
        grid.setItems(stats);
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    private Div pipeline(MemberOverview m) {
        var box = new Div(new H3("Their pipeline"));
        var list = new UnorderedList();
        list.addClassName("figure-list");
        for (var stage : Stage.values()) {
            list.add(new ListItem(stage.label() + ": " + m.pipeline().inStage(stage)));
        }
        if (m.pipeline().doNotContact() > 0) {
            list.add(new ListItem("On the do-not-contact list: " + m.pipeline().doNotContact()));
        }
        box.add(new Paragraph(m.pipeline().total() + " prospects in all."), list);
        return box;
    }

    private static Paragraph empty(String text) {
        var p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

}

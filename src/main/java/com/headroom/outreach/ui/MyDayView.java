package com.headroom.outreach.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.ChannelFunnel;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.MyDay;
import com.headroom.outreach.MyDayNotice;
import com.headroom.outreach.MyDayService;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OverrideRequest;
import com.headroom.outreach.PlaybookService;
import com.headroom.security.CurrentUser;
import com.headroom.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Where everyone lands. A rep sees what is left under each LinkedIn limit and why, the
 * health of their account, and today's to-do list; a manager also sees requests to
 * decide; an admin is pointed at the administration screens.
 */
@Route("")
@PageTitle("My day")
@Menu(order = 0, icon = "vaadin:sun-o", title = "My day")
@PermitAll
class MyDayView extends Main {

    private final OutreachService outreach;

    private final MyDayService myDay;

    private final Clock clock;

    private final ObjectProvider<MyDayNotice> notices;

    private final PlaybookService playbook;

    MyDayView(OutreachService outreach, MyDayService myDay, CurrentUser currentUser, Clock clock,
            ObjectProvider<MyDayNotice> notices, PlaybookService playbook) {
        this.playbook = playbook;
        this.outreach = outreach;
        this.myDay = myDay;
        this.clock = clock;
        this.notices = notices;
        addClassName("view");
        addClassName("my-day");
        if (currentUser.require().role() == Role.ADMIN) {
            showAdministration(currentUser.require().displayName());
        }
        else {
            show(myDay.myDay());
        }
    }

    private void show(MyDay day) {
        removeAll();
        add(new H2("Hello, " + day.firstName()));
        if (day.overridesToDecide() > 0) {
            var notice = new Paragraph(
                    day.overridesToDecide() == 1 ? "1 request to go past a limit waits for your" + " decision. "
                            : day.overridesToDecide() + " requests to go past a limit wait for your decision. ");
            notice.add(new Anchor("overrides", "Decide now"));
            notice.addClassName("notice");
            add(notice);
        }
        if (day.loggedPastALimit() > 0) {
            var notice = new Paragraph(
                    (day.loggedPastALimit() == 1 ? "1 action was" : day.loggedPastALimit() + " actions were")
                            + " logged past a limit in your teams in the last 7 days. ");
            notice.add(new Anchor("overrides", "See why"));
            notice.addClassName("notice");
            add(notice);
        }
        notices.orderedStream().forEach(n -> n.forMe().ifPresent(line -> {
            var notice = new Paragraph(line.sentence() + " ");
            notice.add(new Anchor(line.route(), line.linkText()));
            notice.addClassName("notice");
            add(notice);
        }));
        if (day.headroom().isEmpty()) {
            add(emptyState("You have no LinkedIn seat in Headroom yet, so there are no limits to pace. Ask your"
                    + " administrator to give you one."));
            return;
        }
        var h = day.headroom().get();
        var zone = day.zone();
        var subtitle = new Paragraph(
                h.tierName() + day.teamName().map(t -> " · " + t).orElse("") + " · times in " + zone.getId() + " · ");
        subtitle.add(new Anchor("limits", "how your limits are set"));
        subtitle.addClassName("hint");
        var restricted = new Button("LinkedIn restricted my account…", e -> reportRestriction(zone));
        restricted.addThemeVariants(ButtonVariant.TERTIARY);
        var header = new Div(subtitle, restricted);
        header.addClassName("toolbar");
        add(header);

        add(health(h));
        add(gauges(h, zone));
        if (!day.myOverrides().isEmpty()) {
            add(myRequests(day.myOverrides()));
        }
        add(todo(day, zone));
        add(KeepInTouchCard.of(day, playbook, () -> show(myDay.myDay())));
        add(channels(day.channels()));
    }

    /** LinkedIn and e-mail side by side, so a rep sees which channel answers. */
    static Div channels(ChannelFunnel c) {
        var list = new UnorderedList(
                new ListItem("LinkedIn: " + c.linkedInSent() + " messages and InMails sent, " + c.linkedInReplied()
                        + " answered" + c.linkedInReplyRate().map(r -> " (" + r + "%)").orElse("")),
                new ListItem("E-mail: " + c.emailsSent() + " sent, " + c.emailReplies() + " replied"
                        + c.emailReplyRate().map(r -> " (" + r + "%)").orElse("")
                        + (c.emailBounces() == 0 ? "" : ", " + c.emailBounces() + " bounced")));
        list.addClassName("figure-list");
        var card = new Div(new H3("Last 30 days by channel"), list);
        card.addClassName("card");
        card.addClassName("channels");
        return card;
    }

    private Div health(Headroom h) {
        var badge = new Span(h.health().label());
        badge.addClassName("health-" + h.health().name().toLowerCase(Locale.ROOT));
        var card = new Div(new H3("Account health"), badge);
        card.addClassName("card");
        card.addClassName("health-card");
        if (h.reasons().isEmpty()) {
            card.add(new Paragraph("Every limit is in good shape: pace your invitations as suggested below."));
        }
        else {
            var list = new UnorderedList();
            list.addClassName("figure-list");
            h.reasons().forEach(r -> list.add(new ListItem(r.sentence())));
            card.add(list);
        }
        return card;
    }

    private Div gauges(Headroom h, ZoneId zone) {
        var inv = h.invitations();
        var grid = new Div();
        grid.addClassName("gauges");
        String week = inv.sentThisWeek() + " of " + inv.weeklyBudget() + " sent in the last 7 days"
                + (inv.pastTheBudget() > 0 ? ", " + inv.pastTheBudget() + " past the budget" : "") + ". "
                + inv.budgetReason() + ".";
        if (inv.pausedUntil().isPresent()) {
            week = "Paused until " + Formats.dayTime(inv.pausedUntil().get(), zone) + " after a LinkedIn"
                    + " restriction: send none until then. " + week;
        }
        else {
            week += inv.nextFreesAt().map(t -> " The next one frees up " + Formats.dayTime(t, zone) + ".").orElse("");
        }
        grid.add(
                LimitGauges.gauge(Integer.toString(inv.left()),
                        inv.pausedUntil().isPresent() ? "invitations left this week: paused until "
                                + Formats.day(inv.pausedUntil().get(), zone) : "invitations left this week",
                        LimitGauges.fraction(inv.sentThisWeek(), inv.weeklyBudget()), week));
        grid.add(LimitGauges.today(inv, zone));
        String pendingDetail = "Your team warns at " + inv.pendingWarnAt() + " and blocks at " + inv.pendingBlockAt()
                + "." + (inv.withdrawDue().isEmpty() ? ""
                        : " " + inv.withdrawDue().size() + " waiting longer than the" + " reminder: withdraw them.");
        grid.add(LimitGauges.gauge(Integer.toString(inv.pending()), "invitations pending",
                LimitGauges.fraction(inv.pending(), inv.pendingBlockAt()), pendingDetail));
        grid.add(LimitGauges.acceptance(inv));
        grid.add(inMail(h, zone));
        grid.add(LimitGauges.network(h.network(), zone));
        var m = h.messages();
        grid.add(LimitGauges.gauge(Integer.toString(m.left()), "messages left today",
                LimitGauges.fraction(m.sentToday(), m.limit()),
                m.sentToday() + " of " + m.limit() + " sent today; the count starts again at "
                        + Formats.dayTime(m.nextDayStartsAt(), zone) + "."));
        if (inv.notesLeft().isPresent()) {
            grid.add(LimitGauges.gauge(Integer.toString(inv.notesLeft().getAsInt()),
                    "personalized notes left this month",
                    LimitGauges.fraction(inv.notesPerMonth() - inv.notesLeft().getAsInt(), inv.notesPerMonth()),
                    h.tierName() + " allows " + inv.notesPerMonth() + " notes a month; invitations without a note"
                            + " are not limited by this."));
        }
        h.restriction()
            .ifPresent(c -> grid.add(LimitGauges.gauge(Formats.day(c.until(), zone), "invitations paused until", -1,
                    "LinkedIn restricted your account on " + Formats.day(c.reportedAt(), zone) + ".")));
        return grid;
    }

    private Div inMail(Headroom h, ZoneId zone) {
        var inMail = h.inMail();
        String inMailDetail = (inMail.maxBalance() == 0 ? h.tierName() + " has no InMail credits."
                : "At most " + inMail.maxBalance() + " held at once.")
                + (inMail.expiringSoon() > 0 ? " " + inMail.expiringSoon() + " expire by "
                        + Formats.day(inMail.nextExpiry().orElseThrow(), zone) + "." : "")
                + inMail.nextGrantOn()
                    .map(d -> " The next " + inMail.monthlyGrant() + " arrive on " + Formats.date(d) + ".")
                    .orElse(inMail.monthlyGrant() == 0 && inMail.maxBalance() > 0 ? " Your tier grants none." : "");
        var gauge = LimitGauges.gauge(Integer.toString(inMail.balance()), "InMail credits",
                inMail.maxBalance() == 0 ? -1 : LimitGauges.fraction(inMail.balance(), inMail.maxBalance()),
                inMailDetail);
        if (inMail.maxBalance() > 0) {
            // The listener keeps the number, not the InMail figures (every open InMail).
            int maxBalance = inMail.maxBalance();
            var correct = new Button("LinkedIn shows another number…", e -> correctBalance(maxBalance));
            correct.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            gauge.add(correct);
        }
        return gauge;
    }

    /**
     * Headroom's balance starts as an estimate: the rep sets it to what LinkedIn shows.
     */
    private void correctBalance(int max) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Set your InMail balance");
        var balance = new IntegerField("Credits LinkedIn shows now");
        balance.setMin(0);
        balance.setMax(max);
        balance.setStepButtonsVisible(true);
        balance.setHelperText("In Sales Navigator or Premium, under InMail credits. At most " + max + ".");
        String key = UUID.randomUUID().toString();
        var save = new Button("Set my balance", e -> {
            try {
                outreach.correctInMailBalance(balance.getValue(), key);
                dialog.close();
                Notifications.success("Your InMail balance is now " + balance.getValue() + ", as LinkedIn shows.");
                show(myDay.myDay());
            }
            catch (RuleViolation violation) {
                balance.setErrorMessage(violation.getMessage());
                balance.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph("Headroom counts credits from what you log, starting from an estimate. Enter the"
                + " number LinkedIn shows, and Headroom counts on from there."), balance);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private Div myRequests(List<OverrideRequest> requests) {
        var list = new UnorderedList();
        list.addClassName("figure-list");
        for (var r : requests) {
            String line = r.action().label() + " to " + r.prospectName() + ": " + r.status().label()
                    + (r.decidedByName() != null ? " by " + r.decidedByName() + " (\"" + r.reason() + "\")" : "");
            list.add(new ListItem(line));
        }
        var card = new Div(new H3("Your requests to go past a limit"), list);
        card.addClassName("card");
        return card;
    }

    private Div todo(MyDay day, ZoneId zone) {
        var card = new Div(new H3("Today's to-do"));
        card.addClassName("card");
        boolean any = false;
        any |= section(card, "Warm up today", day.warmUp());
        any |= section(card, "Withdraw stale invitations", day.withdraw());
        any |= section(card, "Try e-mail instead", day.tryEmail());
        any |= section(card, "Follow up: they accepted", day.followUp());
        any |= section(card, "InMails waiting for an answer", day.inMailsAwaiting());
        any |= section(card, "Due for a next step", day.nextSteps());
        if (!any) {
            card.add(emptyState("Nothing is due. A good moment to find new prospects on the Prospects page, or to"
                    + " plan a post that brings people to you."));
        }
        return card;
    }

    private static boolean section(Div card, String title, MyDay.Todos todos) {
        if (todos.items().isEmpty()) {
            return false;
        }
        var list = new UnorderedList();
        list.addClassName("todo-list");
        for (var t : todos.items()) {
            var item = new ListItem(new Anchor("prospects?open=" + t.prospectId(), t.name()), new Span(
                    (t.company() == null || t.company().isBlank() ? "" : " · " + t.company()) + " — " + t.what()));
            list.add(item);
        }
        card.add(new Paragraph(title + (todos.total() > todos.items().size()
                ? " (the oldest " + todos.items().size() + " of " + todos.total() + ")" : " (" + todos.total() + ")")),
                list);
        return true;
    }

    private void reportRestriction(ZoneId zone) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("LinkedIn restricted your account");
        var now = LocalDateTime.ofInstant(clock.instant(), zone);
        var when = Pickers.dateTime("When did it happen?");
        when.setValue(now);
        when.setMax(now);
        when.setMin(now.minusDays(30));
        var ends = Pickers.date("When does it end, if LinkedIn said?");
        ends.setMin(now.toLocalDate().plusDays(1));
        ends.setHelperText("Leave empty if LinkedIn gave no date: your team's cooldown applies");
        String key = UUID.randomUUID().toString();
        var save = new Button("Pause my invitations", e -> {
            try {
                if (when.getValue() == null && (when.isInvalid() || Pickers.halfFilled(when))) {
                    throw new RuleViolation("occurredAt", Pickers.INCOMPLETE + ".");
                }
                outreach.reportRestriction(when.getValue() == null ? null : when.getValue().atZone(zone).toInstant(),
                        ends.getValue() == null ? null : ends.getValue().atStartOfDay(zone).toInstant(), key);
                dialog.close();
                Notifications.success("Logged. Headroom pauses your invitations for the cooldown.");
                show(myDay.myDay());
            }
            catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.add(
                new Paragraph("Headroom pauses your invitations for your team's cooldown, doubled if it happened"
                        + " before in the last 90 days, or until LinkedIn's own end date if that is later."),
                when, ends);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void showAdministration(String name) {
        add(new H2("Hello, " + name.split(" ")[0]));
        var admin = new Div(new H3("You administer Headroom"));
        admin.addClassName("card");
        var links = new UnorderedList(link("tiers", "Tiers", " — the limits LinkedIn enforces on each subscription"),
                link("teams", "Teams", " — teams and how each paces its outreach"),
                link("people", "People", " — invite people, give them a seat, deactivate leavers"),
                link("company-domains", "Company e-mail domains",
                        " — correct the mail domains Headroom learns for a company"),
                link("audit", "Audit log", " — every change, who made it and when"));
        links.addClassName("figure-list");
        admin.add(new Paragraph("Administrators have no LinkedIn seat: reps and managers log outreach, and their"
                + " limits come from the tiers and team policies you set."), links);
        add(admin);
    }

    private static ListItem link(String path, String title, String text) {
        return new ListItem(new Anchor(path, title), new Span(text));
    }

    private static Component emptyState(String text) {
        var p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

}

package com.headroom.outreach.ui;

import com.headroom.base.ui.Formats;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.PlaybookSentences;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.ZoneId;

/**
 * The gauges of My day: a number, what it counts, how full its limit is and the reason
 * behind it, for today's invitations and acceptance, and the shape every other gauge
 * shares.
 */
final class LimitGauges {

    private LimitGauges() {
    }

    /**
     * Today's invitations against today's suggestion ("8 of 20"), or why none should go
     * today; past the suggestion it says by how much, never moving the goalposts to what
     * was sent.
     */
    static Div today(Headroom.Invitations inv, ZoneId zone) {
        boolean ramping = inv.rampUp().filter(r -> r.daily() == inv.dailyCap()).isPresent();
        String detail = inv.suggestionReason();
        if (inv.pausedUntil().isEmpty()) {
            detail += " " + (ramping ? "Ramp-up allows" : "Your team allows") + " at most " + inv.dailyCap() + " a day."
                    + (inv.mayStillSendToday() > 0 ? " You may send " + inv.mayStillSendToday() + " more today." : "")
                    + inv.slowDownUntil()
                        .map(t -> " Slow down: the next one waits until " + Formats.dayTime(t, zone) + ".")
                        .orElse("");
        }
        String value;
        if (inv.pausedUntil().isPresent()) {
            value = "Paused";
        }
        else if (inv.todayTarget() == 0) {
            value = inv.sentToday() + " sent";
        }
        else {
            value = inv.sentToday() + " of " + inv.todayTarget();
            if (inv.sentToday() > inv.todayTarget()) {
                detail = (inv.sentToday() - inv.todayTarget()) + " over the suggested pace today. " + detail;
            }
        }
        return gauge(value, "invitations today, as suggested",
                inv.todayTarget() == 0 ? -1 : fraction(inv.sentToday(), inv.todayTarget()), detail);
    }

    /**
     * Two acceptance rates that answer different questions, each named: of the decided
     * ones (what cuts the budget), and of everything sent lately (which counts the
     * pending as not yet).
     */
    static Div acceptance(Headroom.Invitations inv) {
        var decided = inv.acceptanceLast100();
        var sent = inv.acceptance30Days();
        String detail = sent.of() == 0 ? "No invitations sent in the last 30 days."
                : "Of the " + sent.of() + " invitations you sent in the last 30 days, " + sent.accepted() + " ("
                        + sent.percent().orElse(0) + "%) are accepted so far; the rest are mostly still waiting"
                        + " for an answer, so this rate rises as they decide.";
        detail += " Decided means accepted, declined, withdrawn or expired; the decided rate is what cuts the weekly"
                + " budget.";
        return gauge(decided.percent().map(p -> p + "%").orElse("–"),
                decided.of() == 0 ? "acceptance: none of your invitations decided yet"
                        : "accepted of your last " + decided.of() + " decided invitations",
                -1, detail);
    }

    /**
     * The member's first-degree connections against LinkedIn's 30,000, and where the
     * count comes from.
     */
    static Div network(Headroom.Network n, ZoneId zone) {
        String detail = PlaybookSentences.network(n, zone);
        if (n.connections().isEmpty()) {
            return gauge("–", "connections: import your Connections.csv to count them", -1, detail);
        }
        var gauge = gauge(PlaybookSentences.count(n.connections().getAsInt()),
                "of " + PlaybookSentences.count(n.cap()) + " connections LinkedIn allows",
                fraction(n.connections().getAsInt(), n.cap()), detail);
        if (n.level() != Headroom.Health.GREEN) {
            gauge.addClassName("gauge-" + n.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        return gauge;
    }

    static double fraction(int used, int of) {
        return of <= 0 ? -1 : Math.min(1.0, Math.max(0.0, (double) used / of));
    }

    /**
     * A number, what it counts, how full the limit is, and the reason behind the number.
     */
    static Div gauge(String value, String counts, double used, String detail) {
        var number = new Span(value);
        number.addClassName("gauge-value");
        var label = new Span(counts);
        label.addClassName("gauge-label");
        var gauge = new Div(number, label);
        gauge.addClassName("gauge");
        if (used >= 0) {
            var bar = new ProgressBar(0, 1, used);
            bar.getElement().setAttribute("aria-label", counts);
            gauge.add(bar);
        }
        var why = new Paragraph(detail);
        why.addClassName("gauge-detail");
        gauge.add(why);
        return gauge;
    }

}

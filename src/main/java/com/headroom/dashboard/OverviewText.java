package com.headroom.dashboard;

import com.headroom.base.Dates;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Rate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How Team overview's cells read, on screen and in the printout: one place, so they never
 * differ.
 */
public final class OverviewText {

    private OverviewText() {
    }

    public static String health(MemberRow row) {
        return row.status().headroom().health().label();
    }

    /**
     * Every reason behind the health, worst first, for the hover and the expanded row.
     */
    public static String reasons(MemberRow row) {
        var reasons = row.status().headroom().reasons();
        if (reasons.isEmpty()) {
            return "Nothing to fix.";
        }
        return reasons.stream()
            .sorted((a, b) -> b.level().compareTo(a.level()))
            .map(HealthReason::sentence)
            .collect(Collectors.joining(" "));
    }

    public static String invitations(MemberRow row) {
        var inv = row.status().headroom().invitations();
        return inv.sentThisWeek() + " of " + inv.weeklyBudget();
    }

    public static String today(MemberRow row) {
        var inv = row.status().headroom().invitations();
        return inv.sentToday() + " of " + inv.todayTarget();
    }

    public static String pending(MemberRow row) {
        var inv = row.status().headroom().invitations();
        return inv.pending() + " (warn " + inv.pendingWarnAt() + ", block " + inv.pendingBlockAt() + ")";
    }

    public static String rate(Rate rate) {
        return rate.describe();
    }

    public static String inMail(MemberRow row) {
        var inMail = row.status().headroom().inMail();
        return inMail.balance() + (inMail.expiringSoon() > 0 ? " (" + inMail.expiringSoon() + " expiring)" : "");
    }

    public static String messages(MemberRow row) {
        var m = row.status().headroom().messages();
        return m.sentToday() + " of " + m.limit();
    }

    /**
     * The end of a LinkedIn restriction's cooldown, or of a pause on invitations; empty
     * when neither.
     */
    public static Optional<String> pausedUntil(MemberRow row) {
        var h = row.status().headroom();
        return h.restriction()
            .map(c -> "Restricted, cooldown until " + Dates.dayTime(c.until(), row.status().zone()))
            .or(() -> h.invitations()
                .pausedUntil()
                .map(at -> "Paused until " + Dates.dayTime(at, row.status().zone())));
    }

    public static String waiting(MemberRow row) {
        if (row.overridesWaiting() == 0 && row.introsToAnswer() == 0) {
            return "";
        }
        return (row.overridesWaiting() > 0
                ? row.overridesWaiting() + (row.overridesWaiting() == 1 ? " override" : " overrides") : "")
                + (row.overridesWaiting() > 0 && row.introsToAnswer() > 0 ? ", " : "")
                + (row.introsToAnswer() > 0
                        ? row.introsToAnswer() + (row.introsToAnswer() == 1 ? " intro request" : " intro requests")
                        : "");
    }

    public static String percent(Optional<Integer> percent) {
        return percent.map(p -> p + "%").orElse("–");
    }

    public static String days(Optional<Double> days) {
        return days.map(d -> d == Math.floor(d) ? String.valueOf(d.intValue()) : String.valueOf(d)).orElse("–");
    }

    /** "1 reply", "2 replies". */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

}

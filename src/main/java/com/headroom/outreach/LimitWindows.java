package com.headroom.outreach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How full the limit windows around one instant already are, counting what was logged
 * after it too. A rep who logs on Friday an invitation they sent on Tuesday put it into
 * every 7 days, day and 10 minutes that contain Tuesday's instant, including the later
 * invitations there: checking only what came before it would let a backdated entry slip
 * past the limits unmarked.
 *
 * @param weekMost invitations in the fullest rolling 7 days that contain the instant
 * @param dayInvitations invitations on the instant's calendar day, in the team's zone
 * @param burstMost invitations in the fullest burst window that contains the instant
 * @param dayMessages messages on the instant's calendar day
 * @param day that day
 * @param backdated the instant is not now: sentences name the day instead of "today"
 */
record LimitWindows(int weekMost, int dayInvitations, int burstMost, int dayMessages, LocalDate day,
        boolean backdated) {

    /** Logged longer ago than this, an action is read as backdated. */
    private static final Duration JUST_NOW = Duration.ofMinutes(1);

    static LimitWindows around(List<LedgerEntry> ledger, Instant at, Instant now, ZoneId zone, Duration burstWindow) {
        List<Instant> invitations = new ArrayList<>();
        int dayMessages = 0;
        LocalDate day = at.atZone(zone).toLocalDate();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (var e : LimitsEngine.effective(ledger, now)) {
            if (e.type() == OutreachType.INVITATION_SENT) {
                invitations.add(e.at());
            }
            else if (e.type() == OutreachType.MESSAGE_SENT && !e.at().isBefore(dayStart) && e.at().isBefore(dayEnd)) {
                dayMessages++;
            }
        }
        Collections.sort(invitations);
        int dayInvitations = countIn(invitations, dayStart.minusNanos(1), dayEnd.minusNanos(1));
        return new LimitWindows(fullest(invitations, at, LimitsEngine.WEEK), dayInvitations,
                fullest(invitations, at, burstWindow), dayMessages, day, at.isBefore(now.minus(JUST_NOW)));
    }

    /**
     * The most entries in one window (t - length, t] that contains the instant: the
     * window ends at the instant, or at a later entry less than a window's length after
     * it.
     */
    private static int fullest(List<Instant> sorted, Instant at, Duration length) {
        int most = countIn(sorted, at.minus(length), at);
        Instant until = at.plus(length);
        for (int i = firstAfter(sorted, at); i < sorted.size() && sorted.get(i).isBefore(until); i++) {
            Instant t = sorted.get(i);
            most = Math.max(most, countIn(sorted, t.minus(length), t));
        }
        return most;
    }

    /** Entries in (from, to]. */
    private static int countIn(List<Instant> sorted, Instant from, Instant to) {
        return firstAfter(sorted, to) - firstAfter(sorted, from);
    }

    private static int firstAfter(List<Instant> sorted, Instant instant) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).isAfter(instant)) {
                high = mid;
            }
            else {
                low = mid + 1;
            }
        }
        return low;
    }
}

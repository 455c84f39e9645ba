package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.Rate;
import com.headroom.outreach.Headroom.RampUp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every sentence a rep reads from the limits engine and the action checks, together, so
 * that they can be read and reworded in one place: the health reasons, the weekly
 * budget's why, today's suggestion and what logging an action would meet. The numbers
 * come in; the words are here.
 */
final class RepSentences {

    private RepSentences() {
    }

    // ---- Health reasons: what My limits and the manager's overview list, worst first.
    // ----

    static String restricted(Cooldown c, int repeatWindowDays, ZoneId zone) {
        return "LinkedIn restricted your account on " + Dates.day(c.reportedAt(), zone) + ". Send no invitations until "
                + Dates.dayTime(c.until(), zone) + (c.repeats() > 0
                        ? " (the pause doubles for each repeat within " + repeatWindowDays + " days)." : ".");
    }

    static String veryLowAcceptance(Rate last100, int belowPercent, int budgetPercent) {
        return "Only " + last100.describe() + " of your last decided invitations were accepted, below " + belowPercent
                + "%. Your budget is cut to " + budgetPercent
                + "% until more are accepted: invite people closer to you.";
    }

    static String lowAcceptance(Rate last100, int belowPercent, int budgetPercent) {
        return last100.describe() + " of your last decided invitations were accepted, below " + belowPercent
                + "%: your budget is cut to " + budgetPercent + "%.";
    }

    static String acceptanceBelowTarget(Rate last100, int targetPercent) {
        return "Acceptance of your last decided invitations, " + last100.describe() + ", is below the team's target of "
                + targetPercent + "%.";
    }

    static String pendingBlocked(int pending, int blockAt) {
        return pending + " invitations are pending; the team blocks new ones at " + blockAt + ". Withdraw the oldest.";
    }

    static String pendingWarned(int pending, int warnAt, int blockAt) {
        return pending + " invitations are pending; the team warns at " + warnAt + " and blocks at " + blockAt + ".";
    }

    static String withdrawDue(int due, int reminderDays) {
        return due + (due == 1 ? " invitation has" : " invitations have") + " been pending for more than "
                + reminderDays + " days: withdraw " + (due == 1 ? "it" : "them")
                + " to keep room under the pending limit.";
    }

    static String burst(int burst, int windowMinutes, int allowed) {
        return burst + " invitations in the last " + windowMinutes + " minutes: more than " + allowed
                + " looks automated to LinkedIn. Slow down.";
    }

    static String inMailExpiring(int credits, Instant nextExpiry, ZoneId zone) {
        return credits + " InMail credits expire by " + Dates.day(nextExpiry, zone) + ": use them.";
    }

    /**
     * What was logged past a team limit in the last 7 days, by kind of action and by
     * limit.
     */
    static String loggedPastLimits(Map<OutreachType, Integer> byType, Map<Limit, Integer> byLimit, Instant latest,
            ZoneId zone) {
        List<String> actions = new ArrayList<>();
        byType.forEach((type, n) -> actions.add(n + " " + actionNoun(type, n)));
        List<String> limits = new ArrayList<>();
        byLimit
            .forEach((limit, n) -> limits.add(limit.label().toLowerCase(Locale.ROOT) + (n > 1 ? " " + n + "×" : "")));
        return String.join(" and ", actions) + " logged past the team's limits in the last 7 days ("
                + String.join(", ", limits) + "), the latest on " + Dates.dayTime(latest, zone) + ".";
    }

    static String pastLimitsUnapproved(String logged, int actions) {
        return logged + " Your managers see " + (actions == 1 ? "it" : "them")
                + ": keep to the limits or ask a manager before you send.";
    }

    static String pastLimitsApproved(String logged, int approved) {
        return logged + " A manager approved " + (approved == 1 ? "it" : "each") + " beforehand.";
    }

    private static String actionNoun(OutreachType type, int n) {
        String noun = switch (type) {
            case INVITATION_SENT -> "invitation";
            case MESSAGE_SENT -> "message";
            case INMAIL_SENT -> "InMail";
            default -> "action";
        };
        return n == 1 ? noun : noun + "s";
    }

    // ---- The weekly budget's why ("Premium Business allows 100 a week; ..."). ----

    static String tierAllows(String tierName, int weekly) {
        return tierName + " allows " + weekly + " a week";
    }

    static String acceptanceCuts(int percent, int budgetPercent) {
        return "; acceptance " + percent + "% cuts it to " + budgetPercent + "%";
    }

    static String rampUpAllows(RampUp ramp, int workingDays) {
        return "; ramp-up week " + ramp.week() + " of a new LinkedIn account allows " + ramp.daily() + " a day over "
                + workingDays + " working days = " + ramp.weekly();
    }

    // ---- Today's suggestion. ----

    static String pausedToday(Instant until, ZoneId zone) {
        return "Paused after a LinkedIn restriction until " + Dates.dayTime(until, zone) + ".";
    }

    static String withdrawFirst(int pending) {
        return "Withdraw old invitations first: " + pending + " are pending.";
    }

    static String dayOff(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " is not one of the team's working days.";
    }

    static String weekUsed(Optional<Instant> nextFreesAt, ZoneId zone) {
        return "This week's budget is used"
                + nextFreesAt.map(t -> "; the next invitation frees up " + Dates.dayTime(t, zone)).orElse("") + ".";
    }

    static String teamPace(int daily) {
        return "the team's suggested pace of " + daily + " a day";
    }

    static String rampUpPace(int daily) {
        return "ramp-up's " + daily + " a day";
    }

    static String spread(int left, int workingDaysLeft, int perDay, String cap, int sentToday) {
        return left + " left over " + workingDaysLeft + " working days is " + perDay + " a day; at most " + cap
                + (sentToday > 0 ? "; " + sentToday + " sent today" : "") + ".";
    }

    // ---- What logging an invitation would meet. ----

    static String reinviteLockout(Instant withdrawn, Instant until, ZoneId zone) {
        return "You withdrew your invitation to this person on " + Dates.day(withdrawn, zone) + ". LinkedIn blocks"
                + " a new invitation to the same person for up to three weeks: you can invite them again from "
                + Dates.dayTime(until, zone) + ".";
    }

    static String alreadyConnected() {
        return "You are already connected with this person: send a message instead.";
    }

    static String alreadyPending() {
        return "An invitation to this person is already pending. Log its outcome, or withdraw it first.";
    }

    static String noteTooLong(int length, String tierName, int allowed) {
        return "The note has " + length + " characters; " + tierName + " allows " + allowed + ".";
    }

    static String notesUsed(int perMonth, String tierName, LocalDate nextMonth) {
        return "Personalized notes used: " + perMonth + " of " + perMonth + " this month on " + tierName
                + ". Send it without a note, or wait until " + Dates.day(nextMonth) + ".";
    }

    static String pausedAfterRestriction(Cooldown c, ZoneId zone) {
        return "Paused after LinkedIn restricted your account on " + Dates.day(c.reportedAt(), zone)
                + ": no invitations until " + Dates.dayTime(c.until(), zone) + ".";
    }

    static String pendingFull(int pending, int blockAt, int withdrawDue, int reminderDays) {
        return "Pending invitations: " + pending + " of " + blockAt + " your team allows. Withdraw old ones first ("
                + withdrawDue + " are older than " + reminderDays + " days).";
    }

    static String weekUsedUp(int most, int budget) {
        return "Weekly budget used: " + most + " of " + budget;
    }

    static String around(String used, LocalDate day) {
        return used + " in the 7 days around " + Dates.day(day) + ".";
    }

    static String nextFreesUp(String used, Optional<Instant> nextFreesAt, ZoneId zone) {
        return used + "."
                + nextFreesAt.map(t -> " Next invitation frees up " + Dates.dayTime(t, zone) + ".").orElse("");
    }

    /** ": 25 of 25, the most your team allows in a day." */
    static String dayFull(int sent, int cap, Optional<Integer> rampUpWeek) {
        return ": " + sent + " of " + cap + ", the most "
                + rampUpWeek.map(w -> "ramp-up week " + w + " allows").orElse("your team allows") + " in a day.";
    }

    static String invitationsOn(LocalDate day, String full) {
        return "Invitations on " + Dates.day(day) + full;
    }

    static String invitationsToday(String full, Instant nextDay, ZoneId zone) {
        return "Invitations today" + full + " More can go from " + Dates.dayTime(nextDay, zone) + ".";
    }

    static String burstWith(int withThisOne, int windowMinutes, Optional<Instant> backdatedTo, int allowed,
            ZoneId zone) {
        return withThisOne + " invitations within " + windowMinutes + " minutes with this one"
                + backdatedTo.map(at -> ", around " + Dates.dayTime(at, zone)).orElse("") + "; your team allows "
                + allowed + ": more looks automated to LinkedIn.";
    }

    static String slowDown(Duration wait, String burst) {
        return "Slow down: wait " + minutes(wait) + ". " + burst;
    }

    static String mayStillSend(int mayStillSendToday, int suggestedToday) {
        return "You may send " + mayStillSendToday + " more today" + (suggestedToday < mayStillSendToday
                ? "; " + suggestedToday + " more keeps the suggested pace." : ".");
    }

    // ---- What logging a message would meet. ----

    static String messageTooLong(int length, int allowed) {
        return "The message has " + number(length) + " characters; LinkedIn allows " + number(allowed) + ".";
    }

    static String messagesOn(LocalDate day, int sent, int limit) {
        return "Messages on " + Dates.day(day) + ": " + sent + " of " + limit + ".";
    }

    static String messagesToday(int sent, int limit, Instant nextDay, ZoneId zone) {
        return "Messages today: " + sent + " of " + limit + ". You can send again from " + Dates.dayTime(nextDay, zone)
                + ".";
    }

    static String messagesLeft(int left) {
        return "You may send " + left + " more " + (left == 1 ? "message" : "messages") + " today.";
    }

    // ---- What logging an InMail would meet. ----

    static String noInMailOnTier(String tierName) {
        return tierName + " has no InMail credits: on it LinkedIn lets you message only your connections (a message"
                + " to an Open Profile is free: log it as a message).";
    }

    static String subjectTooLong(int length, int allowed) {
        return "The subject has " + length + " characters; InMail allows " + allowed + ".";
    }

    static String inMailTooLong(int length, int allowed) {
        return "The InMail has " + number(length) + " characters; InMail allows " + number(allowed) + ".";
    }

    static String secondInMail(String tierName, Instant firstSent, ZoneId zone) {
        return tierName + " refuses a second InMail to the same person until they answer the first (sent "
                + Dates.day(firstSent, zone) + ").";
    }

    static String noCreditCounted(Optional<LocalDate> nextGrantOn, int monthlyGrant) {
        return "Headroom counts no InMail credit left"
                + nextGrantOn.map(d -> " (the next " + monthlyGrant + " arrive on " + Dates.day(d) + ")").orElse("")
                + ". If LinkedIn let you send it, Headroom's count"
                + " is off: log it, then set your balance to the number LinkedIn shows.";
    }

    static String creditsLeft(int balance) {
        return balance + (balance == 1 ? " InMail credit left." : " InMail credits left.");
    }

    /** "8 minutes", "1 minute", rounded up: "wait 0 minutes" would be a lie. */
    private static String minutes(Duration wait) {
        long m = Math.max(1, (wait.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

}

package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.base.TextLength;
import com.headroom.tier.SecondInMailRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What logging one action would meet, from the member's headroom at its instant: a sentence
 * with the numbers and when it frees up for every limit in the way. Pure, like the engine.
 *
 * <p>Refused is only what cannot have happened on LinkedIn as typed (a note longer than the tier
 * allows) or what LinkedIn itself stops (a second invitation while one is pending, a re-invite
 * within its lockout). Team pacing is never a reason to lose a fact: the action is stored past
 * the limit. No InMail credit left in Headroom's count means the count is off, not the rep.
 */
final class ActionChecks {

    private ActionChecks() {
    }

    static ActionCheck invitation(Headroom h, MemberFacts facts, long prospectId, String note) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        var inv = h.invitations();
        if (h.lockouts().containsKey(prospectId)) {
            Instant until = h.lockouts().get(prospectId);
            Instant withdrawn = until.minus(Duration.ofDays(facts.policy().reinviteLockoutDays()));
            return refused(Limit.REINVITE_LOCKOUT, "You withdrew your invitation to this person on "
                    + Dates.day(withdrawn, zone) + ". LinkedIn blocks a new invitation to the same person for up to"
                    + " three weeks: you can invite them again from " + Dates.dayTime(until, zone) + ".");
        }
        if (inv.connectedProspects().contains(prospectId)) {
            return refused(Limit.ALREADY_CONNECTED, "You are already connected with this person: send a message"
                    + " instead.");
        }
        if (inv.pendingProspects().contains(prospectId)) {
            return refused(Limit.ALREADY_PENDING, "An invitation to this person is already pending. Log its outcome,"
                    + " or withdraw it first.");
        }
        boolean withNote = note != null && !note.isBlank();
        if (withNote) {
            int length = TextLength.of(note);
            if (length > tier.noteCharacterLimit()) {
                return refused(Limit.NOTE_LENGTH, "The note has " + length + " characters; " + tier.name()
                        + " allows " + tier.noteCharacterLimit() + ".");
            }
            if (inv.notesLeft().isPresent() && inv.notesLeft().getAsInt() == 0) {
                var nextMonth = h.at().atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1);
                return refused(Limit.MONTHLY_NOTES, "Personalized notes used: " + inv.notesPerMonth() + " of "
                        + inv.notesPerMonth() + " this month on " + tier.name() + ". Send it without a note, or wait"
                        + " until " + Dates.day(nextMonth) + ".");
            }
        }

        List<Refusal> past = new ArrayList<>();
        h.restriction().ifPresent(c -> past.add(new Refusal(Limit.RESTRICTION_COOLDOWN, "Paused after LinkedIn"
                + " restricted your account on " + Dates.day(c.reportedAt(), zone) + ": no invitations until "
                + Dates.dayTime(c.until(), zone) + ".")));
        if (inv.pending() >= inv.pendingBlockAt()) {
            past.add(new Refusal(Limit.PENDING_BLOCK, "Pending invitations: " + inv.pending() + " of "
                    + inv.pendingBlockAt() + " your team allows. Withdraw old ones first (" + inv.withdrawDue().size()
                    + " are older than " + facts.policy().withdrawReminderDays() + " days)."));
        }
        if (inv.sentThisWeek() >= inv.weeklyBudget()) {
            past.add(new Refusal(Limit.WEEKLY_BUDGET, "Weekly budget used: " + inv.sentThisWeek() + " of "
                    + inv.weeklyBudget() + "." + inv.nextFreesAt().map(t -> " Next invitation frees up "
                    + Dates.dayTime(t, zone) + ".").orElse("")));
        }
        if (inv.sentToday() >= inv.dailyCap()) {
            var nextDay = h.at().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            past.add(new Refusal(Limit.DAILY_INVITATIONS, "Invitations today: " + inv.sentToday() + " of "
                    + inv.dailyCap() + ", the most " + (inv.rampUp().filter(r -> r.daily() == inv.dailyCap())
                    .map(r -> "ramp-up week " + r.week() + " allows").orElse("your team allows")) + " in a day."
                    + " More can go from " + Dates.dayTime(nextDay, zone) + "."));
        }
        inv.slowDownUntil().ifPresent(until -> past.add(new Refusal(Limit.BURST, "Slow down: wait "
                + minutes(Duration.between(h.at(), until)) + ". " + inv.burst() + " invitations in the last "
                + facts.policy().burstWindowMinutes() + " minutes is the most your team allows; more looks automated"
                + " to LinkedIn.")));
        String allowance = inv.mayStillSendToday() == 0 ? "" : "You may send " + inv.mayStillSendToday()
                + " more today" + (inv.suggestedToday() < inv.mayStillSendToday() ? "; " + inv.suggestedToday()
                + " more keeps the suggested pace." : ".");
        return new ActionCheck(Optional.empty(), past, Optional.empty(), allowance);
    }

    static ActionCheck message(Headroom h, MemberFacts facts, String text) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        int length = TextLength.of(text);
        if (length > tier.messageCharacterLimit()) {
            return refused(Limit.MESSAGE_LENGTH, "The message has " + number(length) + " characters; LinkedIn"
                    + " allows " + number(tier.messageCharacterLimit()) + ".");
        }
        var m = h.messages();
        List<Refusal> past = new ArrayList<>();
        if (m.left() == 0) {
            past.add(new Refusal(Limit.DAILY_MESSAGES, "Messages today: " + m.sentToday() + " of " + m.limit()
                    + ". You can send again from " + Dates.dayTime(m.nextDayStartsAt(), zone) + "."));
        }
        String allowance = m.left() == 0 ? "" : "You may send " + m.left() + " more "
                + (m.left() == 1 ? "message" : "messages") + " today.";
        return new ActionCheck(Optional.empty(), past, Optional.empty(), allowance);
    }

    static ActionCheck inMail(Headroom h, MemberFacts facts, long prospectId, String subject, String body) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        if (tier.monthlyInMailCredits() == 0 && tier.inMailMaxBalance() == 0) {
            return refused(Limit.NO_INMAIL_ON_TIER, tier.name() + " has no InMail credits: on it LinkedIn lets you"
                    + " message only your connections (a message to an Open Profile is free: log it as a message).");
        }
        int subjectLength = TextLength.of(subject);
        int bodyLength = TextLength.of(body);
        if (subjectLength > tier.inMailSubjectLimit()) {
            return refused(Limit.INMAIL_SUBJECT_LENGTH, "The subject has " + subjectLength + " characters; InMail"
                    + " allows " + tier.inMailSubjectLimit() + ".");
        }
        if (bodyLength > tier.inMailBodyLimit()) {
            return refused(Limit.INMAIL_BODY_LENGTH, "The InMail has " + number(bodyLength) + " characters; InMail"
                    + " allows " + number(tier.inMailBodyLimit()) + ".");
        }
        var open = h.inMail().openInMails().get(prospectId);
        if (open != null && tier.secondInMailRule() == SecondInMailRule.WAIT_FOR_REPLY) {
            return refused(Limit.SECOND_INMAIL, tier.name() + " refuses a second InMail to the same person until they"
                    + " answer the first (sent " + Dates.day(open, zone) + ").");
        }
        int balance = h.inMail().balance();
        if (balance == 0) {
            var off = new Refusal(Limit.NO_INMAIL_CREDIT, "Headroom counts no InMail credit left"
                    + h.inMail().nextGrantOn().map(d -> " (the next " + tier.monthlyInMailCredits() + " arrive on "
                    + Dates.day(d) + ")").orElse("") + ". If LinkedIn let you send it, Headroom's count is off:"
                    + " log it, then set your balance to the number LinkedIn shows.");
            return new ActionCheck(Optional.empty(), List.of(), Optional.of(off), "");
        }
        return new ActionCheck(Optional.empty(), List.of(), Optional.empty(), balance + (balance == 1
                ? " InMail credit left." : " InMail credits left."));
    }

    private static ActionCheck refused(Limit limit, String sentence) {
        return new ActionCheck(Optional.of(new Refusal(limit, sentence)), List.of(), Optional.empty(), "");
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

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

    /** What logging this action would meet: the one place that knows which check each action has. */
    static ActionCheck forAction(OutreachType type, Headroom h, LimitWindows around, MemberFacts facts,
            long prospectId, String subject, String text) {
        return switch (type) {
            case INVITATION_SENT -> invitation(h, around, facts, prospectId, text);
            case MESSAGE_SENT -> message(h, around, facts, text);
            case INMAIL_SENT -> inMail(h, facts, prospectId, subject, text);
            default -> new ActionCheck(Optional.empty(), List.of(), Optional.empty(), "");
        };
    }

    /**
     * @param around how full the windows around the action's instant are, later entries included;
     *               the headroom is the member's at that instant
     */
    static ActionCheck invitation(Headroom h, LimitWindows around, MemberFacts facts, long prospectId, String note) {
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
        if (around.weekMost() >= inv.weeklyBudget()) {
            String used = "Weekly budget used: " + around.weekMost() + " of " + inv.weeklyBudget();
            past.add(around.backdated()
                    ? new Refusal(Limit.WEEKLY_BUDGET, used + " in the 7 days around " + Dates.day(around.day()) + ".")
                    : new Refusal(Limit.WEEKLY_BUDGET, used + "." + inv.nextFreesAt().map(t -> " Next invitation"
                            + " frees up " + Dates.dayTime(t, zone) + ".").orElse(""), used + "."));
        }
        if (around.dayInvitations() >= inv.dailyCap()) {
            String most = ": " + around.dayInvitations() + " of " + inv.dailyCap() + ", the most "
                    + (inv.rampUp().filter(r -> r.daily() == inv.dailyCap()).map(r -> "ramp-up week " + r.week()
                    + " allows").orElse("your team allows")) + " in a day.";
            var nextDay = around.day().plusDays(1).atStartOfDay(zone).toInstant();
            past.add(around.backdated()
                    ? new Refusal(Limit.DAILY_INVITATIONS, "Invitations on " + Dates.day(around.day()) + most)
                    : new Refusal(Limit.DAILY_INVITATIONS, "Invitations today" + most + " More can go from "
                            + Dates.dayTime(nextDay, zone) + ".", "Invitations on " + Dates.day(around.day()) + most));
        }
        int burstAllowed = facts.policy().burstRequestCount();
        if (around.burstMost() >= burstAllowed) {
            String facts10 = (around.burstMost() + 1) + " invitations within " + facts.policy().burstWindowMinutes()
                    + " minutes with this one" + (around.backdated() ? ", around " + Dates.dayTime(h.at(), zone) : "")
                    + "; your team allows " + burstAllowed + ": more looks automated to LinkedIn.";
            var wait = around.backdated() ? java.util.Optional.<Instant>empty() : inv.slowDownUntil();
            past.add(new Refusal(Limit.BURST, wait.map(until -> "Slow down: wait "
                    + minutes(Duration.between(h.at(), until)) + ". ").orElse("") + facts10, facts10));
        }
        String allowance = around.backdated() || inv.mayStillSendToday() == 0 ? "" : "You may send "
                + inv.mayStillSendToday() + " more today" + (inv.suggestedToday() < inv.mayStillSendToday() ? "; "
                + inv.suggestedToday() + " more keeps the suggested pace." : ".");
        return new ActionCheck(Optional.empty(), past, Optional.empty(), allowance);
    }

    static ActionCheck message(Headroom h, LimitWindows around, MemberFacts facts, String text) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        int length = TextLength.of(text);
        if (length > tier.messageCharacterLimit()) {
            return refused(Limit.MESSAGE_LENGTH, "The message has " + number(length) + " characters; LinkedIn"
                    + " allows " + number(tier.messageCharacterLimit()) + ".");
        }
        var m = h.messages();
        List<Refusal> past = new ArrayList<>();
        if (around.dayMessages() >= m.limit()) {
            String sent = ": " + around.dayMessages() + " of " + m.limit() + ".";
            past.add(around.backdated()
                    ? new Refusal(Limit.DAILY_MESSAGES, "Messages on " + Dates.day(around.day()) + sent)
                    : new Refusal(Limit.DAILY_MESSAGES, "Messages today" + sent + " You can send again from "
                            + Dates.dayTime(m.nextDayStartsAt(), zone) + ".",
                            "Messages on " + Dates.day(around.day()) + sent));
        }
        int left = Math.max(0, m.limit() - around.dayMessages());
        String allowance = around.backdated() || left == 0 ? "" : "You may send " + left + " more "
                + (left == 1 ? "message" : "messages") + " today.";
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

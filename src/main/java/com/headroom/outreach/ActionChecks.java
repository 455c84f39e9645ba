package com.headroom.outreach;

import com.headroom.base.TextLength;
import com.headroom.tier.SecondInMailRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What logging one action would meet, from the member's headroom at its instant: a
 * sentence with the numbers and when it frees up for every limit in the way. Pure, like
 * the engine.
 *
 * <p>
 * Refused is only what cannot have happened on LinkedIn as typed (a note longer than the
 * tier allows) or what LinkedIn itself stops (a second invitation while one is pending, a
 * re-invite within its lockout). Team pacing is never a reason to lose a fact: the action
 * is stored past the limit. No InMail credit left in Headroom's count means the count is
 * off, not the rep. The sentences are {@link RepSentences}'.
 */
final class ActionChecks {

    private ActionChecks() {
    }

    /**
     * What logging this action would meet: the one place that knows which check each
     * action has.
     */
    static ActionCheck forAction(OutreachType type, Headroom h, LimitWindows around, MemberFacts facts, long prospectId,
            String subject, String text) {
        return switch (type) {
            case INVITATION_SENT -> invitation(h, around, facts, prospectId, text);
            case MESSAGE_SENT -> message(h, around, facts, text);
            case INMAIL_SENT -> inMail(h, facts, prospectId, subject, text);
            default -> new ActionCheck(Optional.empty(), List.of(), Optional.empty(), "");
        };
    }

    /**
     * @param around how full the windows around the action's instant are, later entries
     * included; the headroom is the member's at that instant
     */
    static ActionCheck invitation(Headroom h, LimitWindows around, MemberFacts facts, long prospectId, String note) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        var inv = h.invitations();
        if (h.lockouts().containsKey(prospectId)) {
            Instant until = h.lockouts().get(prospectId);
            Instant withdrawn = until.minus(Duration.ofDays(facts.policy().reinviteLockoutDays()));
            return refused(Limit.REINVITE_LOCKOUT, RepSentences.reinviteLockout(withdrawn, until, zone));
        }
        if (inv.connectedProspects().contains(prospectId)) {
            return refused(Limit.ALREADY_CONNECTED, RepSentences.alreadyConnected());
        }
        if (inv.pendingProspects().contains(prospectId)) {
            return refused(Limit.ALREADY_PENDING, RepSentences.alreadyPending());
        }
        if (h.network().full()) {
            return refused(Limit.NETWORK_FULL, PlaybookSentences.networkFull(h.network(), zone));
        }
        boolean withNote = note != null && !note.isBlank();
        if (withNote) {
            int length = TextLength.of(note);
            if (length > tier.noteCharacterLimit()) {
                return refused(Limit.NOTE_LENGTH,
                        RepSentences.noteTooLong(length, tier.name(), tier.noteCharacterLimit()));
            }
            if (inv.notesLeft().isPresent() && inv.notesLeft().getAsInt() == 0) {
                var nextMonth = h.at().atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1);
                return refused(Limit.MONTHLY_NOTES,
                        RepSentences.notesUsed(inv.notesPerMonth(), tier.name(), nextMonth));
            }
        }

        List<Refusal> past = new ArrayList<>();
        h.restriction()
            .ifPresent(c -> past
                .add(new Refusal(Limit.RESTRICTION_COOLDOWN, RepSentences.pausedAfterRestriction(c, zone))));
        if (inv.pending() >= inv.pendingBlockAt()) {
            past.add(new Refusal(Limit.PENDING_BLOCK, RepSentences.pendingFull(inv.pending(), inv.pendingBlockAt(),
                    inv.withdrawDue().size(), facts.policy().withdrawReminderDays())));
        }
        if (around.weekMost() >= inv.weeklyBudget()) {
            String used = RepSentences.weekUsedUp(around.weekMost(), inv.weeklyBudget());
            past.add(around.backdated() ? new Refusal(Limit.WEEKLY_BUDGET, RepSentences.around(used, around.day()))
                    : new Refusal(Limit.WEEKLY_BUDGET, RepSentences.nextFreesUp(used, inv.nextFreesAt(), zone),
                            used + "."));
        }
        if (around.dayInvitations() >= inv.dailyCap()) {
            String full = RepSentences.dayFull(around.dayInvitations(), inv.dailyCap(),
                    inv.rampUp().filter(r -> r.daily() == inv.dailyCap()).map(Headroom.RampUp::week));
            var nextDay = around.day().plusDays(1).atStartOfDay(zone).toInstant();
            String onTheDay = RepSentences.invitationsOn(around.day(), full);
            past.add(around.backdated() ? new Refusal(Limit.DAILY_INVITATIONS, onTheDay) : new Refusal(
                    Limit.DAILY_INVITATIONS, RepSentences.invitationsToday(full, nextDay, zone), onTheDay));
        }
        int burstAllowed = facts.policy().burstRequestCount();
        if (around.burstMost() >= burstAllowed) {
            String burst = RepSentences.burstWith(around.burstMost() + 1, facts.policy().burstWindowMinutes(),
                    around.backdated() ? Optional.of(h.at()) : Optional.empty(), burstAllowed, zone);
            var wait = around.backdated() ? Optional.<Instant>empty() : inv.slowDownUntil();
            past.add(new Refusal(Limit.BURST,
                    wait.map(until -> RepSentences.slowDown(Duration.between(h.at(), until), burst)).orElse(burst),
                    burst));
        }
        String allowance = around.backdated() || inv.mayStillSendToday() == 0 ? ""
                : RepSentences.mayStillSend(inv.mayStillSendToday(), inv.suggestedToday());
        return new ActionCheck(Optional.empty(), past, Optional.empty(), allowance);
    }

    static ActionCheck message(Headroom h, LimitWindows around, MemberFacts facts, String text) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        int length = TextLength.of(text);
        if (length > tier.messageCharacterLimit()) {
            return refused(Limit.MESSAGE_LENGTH, RepSentences.messageTooLong(length, tier.messageCharacterLimit()));
        }
        var m = h.messages();
        List<Refusal> past = new ArrayList<>();
        if (around.dayMessages() >= m.limit()) {
            String onTheDay = RepSentences.messagesOn(around.day(), around.dayMessages(), m.limit());
            past.add(around.backdated() ? new Refusal(Limit.DAILY_MESSAGES, onTheDay)
                    : new Refusal(Limit.DAILY_MESSAGES,
                            RepSentences.messagesToday(around.dayMessages(), m.limit(), m.nextDayStartsAt(), zone),
                            onTheDay));
        }
        int left = Math.max(0, m.limit() - around.dayMessages());
        String allowance = around.backdated() || left == 0 ? "" : RepSentences.messagesLeft(left);
        return new ActionCheck(Optional.empty(), past, Optional.empty(), allowance);
    }

    static ActionCheck inMail(Headroom h, MemberFacts facts, long prospectId, String subject, String body) {
        var zone = ZoneId.of(facts.policy().timeZone());
        var tier = facts.tierAt(h.at());
        if (tier.monthlyInMailCredits() == 0 && tier.inMailMaxBalance() == 0) {
            return refused(Limit.NO_INMAIL_ON_TIER, RepSentences.noInMailOnTier(tier.name()));
        }
        int subjectLength = TextLength.of(subject);
        int bodyLength = TextLength.of(body);
        if (subjectLength > tier.inMailSubjectLimit()) {
            return refused(Limit.INMAIL_SUBJECT_LENGTH,
                    RepSentences.subjectTooLong(subjectLength, tier.inMailSubjectLimit()));
        }
        if (bodyLength > tier.inMailBodyLimit()) {
            return refused(Limit.INMAIL_BODY_LENGTH, RepSentences.inMailTooLong(bodyLength, tier.inMailBodyLimit()));
        }
        var open = h.inMail().openInMails().get(prospectId);
        if (open != null && tier.secondInMailRule() == SecondInMailRule.WAIT_FOR_REPLY) {
            return refused(Limit.SECOND_INMAIL, RepSentences.secondInMail(tier.name(), open, zone));
        }
        int balance = h.inMail().balance();
        if (balance == 0) {
            var off = new Refusal(Limit.NO_INMAIL_CREDIT,
                    RepSentences.noCreditCounted(h.inMail().nextGrantOn(), tier.monthlyInMailCredits()));
            return new ActionCheck(Optional.empty(), List.of(), Optional.of(off), "");
        }
        return new ActionCheck(Optional.empty(), List.of(), Optional.empty(), RepSentences.creditsLeft(balance));
    }

    private static ActionCheck refused(Limit limit, String sentence) {
        return new ActionCheck(Optional.of(new Refusal(limit, sentence)), List.of(), Optional.empty(), "");
    }

}

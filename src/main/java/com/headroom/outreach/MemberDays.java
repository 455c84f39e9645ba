package com.headroom.outreach;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's ledger added up per calendar day in the team's zone: invitations sent and
 * how many of them were accepted (counted on the day they were sent), decisions, messages
 * and replies, InMail credits. Pure: the same ledger gives the same days, whichever node
 * adds them up.
 */
final class MemberDays {

    private MemberDays() {
    }

    /**
     * The days with anything to count, oldest first, from the ledger as of an instant.
     */
    static List<MemberDay> of(long memberId, long teamId, ZoneId zone, List<LedgerEntry> ledger, Instant at) {
        Map<LocalDate, Day> days = new TreeMap<>();
        var effective = LimitsEngine.effective(ledger, at);
        // Who accepted when, to time the first reply after it.
        var acceptedAt = new Long2ObjectOpenHashMap<Instant>();
        var book = new InvitationBook(effective.size(), (invitation, sentAt, by, accepted) -> {
            days.computeIfAbsent(day(by.at(), zone), Day::new).decided++;
            if (accepted) {
                days.computeIfAbsent(day(by.at(), zone), Day::new).decidedAccepted++;
                var sentDay = days.computeIfAbsent(day(sentAt, zone), Day::new);
                sentDay.accepted++;
                sentDay.acceptDays.add((int) Duration.between(sentAt, by.at()).toDays());
                acceptedAt.put(by.prospectId(), by.at());
            }
        });
        for (var e : effective) {
            var type = e.type();
            if (type == OutreachType.INVITATION_SENT || type.isInvitationOutcome()) {
                book.accept(e);
            }
            if (e.pastLimits() != null) {
                days.computeIfAbsent(day(e.at(), zone), Day::new).pastLimit++;
            }
            switch (type) {
                case INVITATION_SENT -> days.computeIfAbsent(day(e.at(), zone), Day::new).invitations++;
                case MESSAGE_SENT -> days.computeIfAbsent(day(e.at(), zone), Day::new).messages++;
                case MESSAGE_REPLIED -> {
                    days.computeIfAbsent(day(e.at(), zone), Day::new).replies++;
                    var accepted = acceptedAt.remove(e.prospectId());
                    if (accepted != null && !e.at().isBefore(accepted)) {
                        days.computeIfAbsent(day(accepted, zone), Day::new).replyDays
                            .add((int) Duration.between(accepted, e.at()).toDays());
                    }
                }
                case INMAIL_SENT -> days.computeIfAbsent(day(e.at(), zone), Day::new).inMails++;
                case INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED ->
                    days.computeIfAbsent(day(e.at(), zone), Day::new).inMailsAnswered++;
                case INMAIL_CREDITS_GRANTED ->
                    days.computeIfAbsent(day(e.at(), zone), Day::new).creditsGranted += e.credits();
                case INMAIL_CREDIT_REFUNDED -> days.computeIfAbsent(day(e.at(), zone), Day::new).creditsRefunded++;
                case INMAIL_CREDITS_EXPIRED ->
                    days.computeIfAbsent(day(e.at(), zone), Day::new).creditsExpired += e.credits();
                case EMAIL_SENT -> days.computeIfAbsent(day(e.at(), zone), Day::new).emailsSent++;
                case EMAIL_REPLIED -> days.computeIfAbsent(day(e.at(), zone), Day::new).emailReplies++;
                case EMAIL_BOUNCED -> days.computeIfAbsent(day(e.at(), zone), Day::new).emailBounces++;
                default -> {
                    // not counted per day
                }
            }
        }
        List<MemberDay> result = new ArrayList<>(days.size());
        days.forEach((date,
                d) -> result.add(new MemberDay(memberId, date, teamId, zone.getId(), d.invitations, d.accepted,
                        d.decided, d.decidedAccepted, d.messages, d.replies, d.inMails, d.inMailsAnswered,
                        d.creditsGranted, d.creditsRefunded, d.creditsExpired, d.pastLimit, d.emailsSent,
                        d.emailReplies, d.emailBounces, d.acceptDays, d.replyDays)));
        return result;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** One day's counts while they are added up. */
    private static final class Day {

        int invitations;

        int accepted;

        int decided;

        int decidedAccepted;

        int messages;

        int replies;

        int inMails;

        int inMailsAnswered;

        int creditsGranted;

        int creditsRefunded;

        int creditsExpired;

        int pastLimit;

        int emailsSent;

        int emailReplies;

        int emailBounces;

        final List<Integer> acceptDays = new ArrayList<>();

        final List<Integer> replyDays = new ArrayList<>();

        Day(LocalDate ignored) {
        }

    }

}

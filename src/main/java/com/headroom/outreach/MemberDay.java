package com.headroom.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A member's outreach on one calendar day, in the team's time zone: what results over
 * time add up.
 *
 * @param accepted invitations sent this day that were accepted, whenever they were
 * @param decided invitations decided this day (accepted, declined, withdrawn, expired,
 * sent again)
 * @param decidedAccepted of those, accepted
 * @param replies messages the member got a reply to, logged this day
 * @param inMails InMails sent: credits used
 * @param inMailsAnswered answers to InMails logged this day
 * @param pastLimit actions logged past a team limit this day
 * @param emailsSent e-mails sent (the second channel, outside LinkedIn's limits)
 * @param emailReplies e-mail replies logged this day
 * @param emailBounces e-mails that bounced, logged this day
 * @param acceptDays for each acceptance of an invitation sent this day, the days it took
 * @param replyDays for each connection accepted this day that replied later, the days
 * until the reply
 */
public record MemberDay(long memberId, LocalDate day, long teamId, String zone, int invitations, int accepted,
        int decided, int decidedAccepted, int messages, int replies, int inMails, int inMailsAnswered,
        int creditsGranted, int creditsRefunded, int creditsExpired, int pastLimit, int emailsSent, int emailReplies,
        int emailBounces, List<Integer> acceptDays, List<Integer> replyDays) {

    public MemberDay {
        acceptDays = List.copyOf(acceptDays);
        replyDays = List.copyOf(replyDays);
    }

    static String joined(List<Integer> days) {
        return days.isEmpty() ? null : days.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> split(String stored) {
        List<Integer> days = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (var part : stored.split(",")) {
                days.add(Integer.parseInt(part.strip()));
            }
        }
        return days;
    }
}

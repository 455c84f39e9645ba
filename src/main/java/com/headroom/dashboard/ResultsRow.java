package com.headroom.dashboard;

import com.headroom.outreach.ChannelFunnel;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one member's (or the team's) outreach turned into over a period.
 *
 * @param memberId null for the team row
 * @param accepted of the invitations sent in the period, those accepted (whenever)
 * @param replies replies to messages logged in the period
 * @param meetings prospects that first reached a meeting (or past it) in the period
 * @param daysToAccept median days from invitation to acceptance, for invitations sent in
 * the period
 * @param daysToReply median days from acceptance to the first reply, for acceptances in
 * the period
 * @param inMailsSent InMail credits used
 * @param creditsExpired InMail credits that expired unused
 * @param inbound connection requests brought by the member's posts published in the
 * period
 * @param channels LinkedIn messages and InMails beside e-mails: sent, answered, bounced
 */
public record ResultsRow(@Nullable Long memberId, String name, int sent, int accepted, int replies, int meetings,
        int opportunities, int won, Optional<Double> daysToAccept, Optional<Double> daysToReply, int creditsGranted,
        int inMailsSent, int creditsRefunded, int creditsExpired, int inbound, ChannelFunnel channels) {

    /** Accepted of sent, as a percentage. */
    public Optional<Integer> acceptanceRate() {
        return percent(accepted, sent);
    }

    public Optional<Integer> replyRate() {
        return percent(replies, accepted);
    }

    public Optional<Integer> meetingRate() {
        return percent(meetings, replies);
    }

    public Optional<Integer> opportunityRate() {
        return percent(opportunities, meetings);
    }

    public Optional<Integer> winRate() {
        return percent(won, opportunities);
    }

    static Optional<Integer> percent(int part, int of) {
        return of == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / of));
    }

    static Optional<Double> median(List<Integer> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        var sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0);
    }
}

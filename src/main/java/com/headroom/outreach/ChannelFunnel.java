package com.headroom.outreach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * LinkedIn and e-mail side by side over a period: what was sent, what got an answer.
 * LinkedIn counts messages and InMails sent and their answers (an InMail declined is an
 * answer, as in LinkedIn's own response rate); invitations have their acceptance rate
 * elsewhere.
 */
public record ChannelFunnel(int linkedInSent, int linkedInReplied, int emailsSent, int emailReplies, int emailBounces) {

    public static final ChannelFunnel NONE = new ChannelFunnel(0, 0, 0, 0, 0);

    public static ChannelFunnel of(MemberDay day) {
        return new ChannelFunnel(day.messages() + day.inMails(), day.replies() + day.inMailsAnswered(),
                day.emailsSent(), day.emailReplies(), day.emailBounces());
    }

    /** The effective entries (reversals applied) of a ledger at or after an instant. */
    static ChannelFunnel since(List<LedgerEntry> effective, Instant from) {
        int liSent = 0, liReplied = 0, sent = 0, replied = 0, bounced = 0;
        for (var e : effective) {
            if (e.at().isBefore(from)) {
                continue;
            }
            switch (e.type()) {
                case MESSAGE_SENT, INMAIL_SENT -> liSent++;
                case MESSAGE_REPLIED, INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED -> liReplied++;
                case EMAIL_SENT -> sent++;
                case EMAIL_REPLIED -> replied++;
                case EMAIL_BOUNCED -> bounced++;
                default -> {
                    // not a message of either channel
                }
            }
        }
        return new ChannelFunnel(liSent, liReplied, sent, replied, bounced);
    }

    public ChannelFunnel plus(ChannelFunnel o) {
        return new ChannelFunnel(linkedInSent + o.linkedInSent, linkedInReplied + o.linkedInReplied,
                emailsSent + o.emailsSent, emailReplies + o.emailReplies, emailBounces + o.emailBounces);
    }

    /** Answers of sent, as a percentage. */
    public Optional<Integer> linkedInReplyRate() {
        return percent(linkedInReplied, linkedInSent);
    }

    public Optional<Integer> emailReplyRate() {
        return percent(emailReplies, emailsSent);
    }

    public Optional<Integer> emailBounceRate() {
        return percent(emailBounces, emailsSent);
    }

    private static Optional<Integer> percent(int part, int of) {
        return of == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / of));
    }

}

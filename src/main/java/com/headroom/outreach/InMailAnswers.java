package com.headroom.outreach;

import com.headroom.outreach.Headroom.Rate;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How many of a member's recent InMails were answered (replied to, accepted or declined:
 * an answer in LinkedIn's terms, which brings the credit back). Each answer settles the
 * person's open InMail.
 */
final class InMailAnswers {

    static final Duration WINDOW = Duration.ofDays(30);

    private InMailAnswers() {
    }

    /** Of the InMails sent in the 30 days before an instant, how many have an answer. */
    static Rate lastThirtyDays(List<LedgerEntry> ledger, Instant at) {
        Instant since = at.minus(WINDOW);
        var openByProspect = new Long2ObjectOpenHashMap<Instant>();
        int sent = 0;
        int answered = 0;
        for (var e : LimitsEngine.effective(ledger, at)) {
            switch (e.type()) {
                case INMAIL_SENT -> {
                    if (e.at().isAfter(since)) {
                        sent++;
                        openByProspect.put(e.prospectId(), e.at());
                    }
                    else {
                        openByProspect.remove(e.prospectId());
                    }
                }
                case INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED -> {
                    if (openByProspect.remove(e.prospectId()) != null) {
                        answered++;
                    }
                }
                default -> {
                    // not about InMail answers
                }
            }
        }
        return new Rate(answered, sent);
    }

}

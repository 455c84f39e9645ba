package com.headroom.outreach;

import java.util.HashMap;
import java.time.Instant;
import java.util.List;

/**
 * Warmed against cold invitations sent in a period, and how many of each were accepted
 * (by now): whether warming up pays. Pure: one pass over a member's effective ledger.
 */
final class WarmUpTally {

    int warmedSent;

    int warmedAccepted;

    int coldSent;

    int coldAccepted;

    /**
     * @param effective the member's ledger without undone entries, in time order, from at
     * least 14 days before the period
     * @param from the period's first instant
     * @param to the instant after the period
     */
    static WarmUpTally of(List<LedgerEntry> effective, WarmUp warmUp, Instant from, Instant to) {
        var tally = new WarmUpTally();
        // Invitations sent in the period, by entry: warmed or not.
        var inPeriod = new HashMap<Long, Boolean>();
        var book = new InvitationBook(effective.size(), (invitationEntryId, sentAt, decidedBy, accepted) -> {
            if (accepted && inPeriod.containsKey(invitationEntryId)) {
                if (inPeriod.get(invitationEntryId)) {
                    tally.warmedAccepted++;
                }
                else {
                    tally.coldAccepted++;
                }
            }
        });
        for (var e : effective) {
            if (e.type() == OutreachType.INVITATION_SENT && !e.at().isBefore(from) && e.at().isBefore(to)) {
                boolean warmed = warmUp.before(e.prospectId(), e.at()).warmed();
                inPeriod.put(e.id(), warmed);
                if (warmed) {
                    tally.warmedSent++;
                }
                else {
                    tally.coldSent++;
                }
            }
            switch (e.type()) {
                case INVITATION_SENT, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_WITHDRAWN,
                        INVITATION_EXPIRED ->
                    book.accept(e);
                default -> {
                    // only invitations and their outcomes
                }
            }
        }
        return tally;
    }

    void plus(WarmUpTally other) {
        warmedSent += other.warmedSent;
        warmedAccepted += other.warmedAccepted;
        coldSent += other.coldSent;
        coldAccepted += other.coldAccepted;
    }

    WarmUpRow row(Long memberId, String name) {
        var verdict = RateComparison.compare(
                new RateComparison.Side("warmed-up invitations", warmedAccepted, warmedSent, true),
                new RateComparison.Side("cold invitations", coldAccepted, coldSent, true), "accepted",
                "keep warming up and compare again");
        String sentence = Character.toUpperCase(verdict.sentence().charAt(0)) + verdict.sentence().substring(1);
        return new WarmUpRow(memberId, name, warmedSent, warmedAccepted, coldSent, coldAccepted, verdict.significant(),
                sentence);
    }

}

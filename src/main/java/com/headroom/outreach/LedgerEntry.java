package com.headroom.outreach;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a member's outreach ledger, as the limits engine reads it.
 *
 * @param prospectId 0 for entries about the account (restrictions, credits)
 * @param withNote an invitation sent with a personalized note
 * @param relatesTo the entry this one reverses (REVERSAL) or refunds (a credit refund)
 * @param restrictionEndsAt when LinkedIn said a restriction ends, if it did
 * @param credits InMail credits granted or expired; the balance LinkedIn showed, for a
 * correction
 * @param pastLimits the team limits this action went past ({@link Limit} names,
 * comma-separated); null when it stayed within them
 * @param approved a manager approved going past them before the rep sent it
 */
public record LedgerEntry(long id, long prospectId, OutreachType type, Instant at, boolean withNote,
        @Nullable Long relatesTo, @Nullable Instant restrictionEndsAt, int credits, @Nullable String pastLimits,
        boolean approved) {

    public LedgerEntry(long id, long prospectId, OutreachType type, Instant at, boolean withNote, Long relatesTo,
            Instant restrictionEndsAt, int credits) {
        this(id, prospectId, type, at, withNote, relatesTo, restrictionEndsAt, credits, null, false);
    }

    public static LedgerEntry of(long id, long prospectId, OutreachType type, Instant at) {
        return new LedgerEntry(id, prospectId, type, at, false, null, null, 0);
    }

    public boolean isPastLimit() {
        return pastLimits != null;
    }
}

package com.headroom.outreach;

import java.time.Instant;
import java.util.Optional;

/**
 * How warm a prospect is for an invitation: on how many different days of the 14 before
 * it the member engaged, of how many the team asks for.
 *
 * @param lastEngaged the latest engagement in those 14 days
 */
public record Warmth(int days, int needed, Optional<Instant> lastEngaged) {

    public boolean warmed() {
        return days >= needed;
    }

    /** Days of engagement still missing. */
    public int missing() {
        return Math.max(0, needed - days);
    }

}

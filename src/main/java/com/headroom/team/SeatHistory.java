package com.headroom.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's LinkedIn seat over time, as the limits engine needs it.
 *
 * @param periods the tiers of the seat, oldest first; a period with no tier means no seat
 * @param seatStartedOn the seat's first day (its day of month is the InMail billing day)
 * @param linkedInStartedOn when a new or returning LinkedIn account started, for the
 * ramp-up
 */
public record SeatHistory(long accountId, String displayName, Long teamId, List<Period> periods,
        LocalDate seatStartedOn, LocalDate linkedInStartedOn, boolean active) {

    public SeatHistory {
        periods = List.copyOf(periods);
    }

    /** Has a tier now: only seated people have LinkedIn limits to pace. */
    public boolean seated() {
        return !periods.isEmpty() && periods.getLast().tierId() != null;
    }

    /** A tier (or none) from an instant on. */
    public record Period(Instant from, Long tierId) {
    }
}

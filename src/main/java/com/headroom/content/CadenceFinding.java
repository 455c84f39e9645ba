package com.headroom.content;

import java.time.LocalDate;

/**
 * Where the calendar falls short of the team's cadence.
 *
 * @param day the day it concerns (the week's Monday for weekly gaps)
 */
public record CadenceFinding(Kind kind, LocalDate day, Long memberId, String sentence) {

    public enum Kind {

        /** Nothing planned where the cadence expects something. */
        GAP,
        /** Planned, but later than due, or its day passed without it being published. */
        SLIP

    }
}

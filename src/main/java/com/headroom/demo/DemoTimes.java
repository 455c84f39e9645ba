package com.headroom.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * When the demo's dated facts happened, relative to the instant it loads, chosen so that
 * each attention line of the managers' overview holds whatever day of the week that is.
 * Working days are counted whole, between the day of the fact and today.
 */
final class DemoTimes {

    /** How long LinkedIn said the demo's restrictions last. */
    static final Duration RESTRICTION_LASTS = Duration.ofDays(14);

    /**
     * Requests wait six calendar days: more than two full working days whatever today is
     * (five calendar days hold only two, from a Wednesday to a Monday).
     */
    static final Duration WAITING = Duration.ofDays(6);

    /**
     * A quiet rep last logged seven calendar days ago: at least four full working days in
     * between whatever today is, past the team's default of three (six calendar days hold
     * only three, from a Tuesday to a Monday).
     */
    static final Duration QUIET = Duration.ofDays(7);

    private DemoTimes() {
    }

    /**
     * When LinkedIn restricted Sam and Tomás: a little before they asked for an override.
     */
    static Instant restrictedAt(Instant now) {
        return now.minus(WAITING).minus(Duration.ofHours(3));
    }

    /** When the demo's waiting requests (overrides, introductions) were asked. */
    static Instant askedAt(Instant now) {
        return now.minus(WAITING);
    }

    /** The quiet rep's last logged action is no later than this. */
    static Instant quietSince(Instant now) {
        return now.minus(QUIET);
    }

}

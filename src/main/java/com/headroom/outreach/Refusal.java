package com.headroom.outreach;

/**
 * A limit in the way of one action: which, and a sentence with the numbers and when it frees up.
 * What the limit's {@link Limit#handling() handling} says decides whether the action is refused
 * or stored past the limit.
 */
public record Refusal(Limit limit, String sentence) {

    /** A manager may approve going past team pacing; not past what LinkedIn itself cannot do. */
    public boolean overridable() {
        return limit.overridable();
    }
}

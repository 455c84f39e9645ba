package com.headroom.outreach;

/**
 * A limit in the way of one action: which, and a sentence with the numbers and when it
 * frees up. What the limit's {@link Limit#handling() handling} says decides whether the
 * action is refused or stored past the limit.
 *
 * @param sentence what the rep reads before sending, advice included ("Slow down: wait 8
 * minutes.")
 * @param forTheRecord what the ledger keeps and managers read later: the facts without
 * the advice
 */
public record Refusal(Limit limit, String sentence, String forTheRecord) {

    public Refusal(Limit limit, String sentence) {
        this(limit, sentence, sentence);
    }

    /**
     * A manager may approve going past team pacing; not past what LinkedIn itself cannot
     * do.
     */
    public boolean overridable() {
        return limit.overridable();
    }
}

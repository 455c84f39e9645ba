package com.headroom.outreach;

import com.headroom.base.RuleViolation;

/**
 * Logging stopped before a limit: the sentence says which, the numbers, and when it frees
 * up.
 */
public class OutreachRefused extends RuleViolation {

    private final transient Refusal refusal;

    public OutreachRefused(Refusal refusal) {
        super(refusal.sentence());
        this.refusal = refusal;
    }

    protected OutreachRefused(Refusal refusal, String field, String message) {
        super(field, message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

}

package com.headroom.outreach;

import java.util.List;

/**
 * The action went past team pacing and the rep gave no reason: nothing was stored yet.
 * The form asks for the reason and logs again; the entry is then stored, marked past the
 * limit.
 */
public class PastLimitNeedsReason extends OutreachRefused {

    /** The form field the reason goes in, for the message to land on. */
    public static final String FIELD = "pastLimitReason";

    private final transient ActionCheck check;

    public PastLimitNeedsReason(ActionCheck check) {
        super(check.pastLimits().getFirst(), FIELD, check.pastLimitSentence()
                + " If you already sent it on LinkedIn, say why you went past the limit and log it: it is stored,"
                + " your health turns red and your managers see it.");
        this.check = check;
    }

    public ActionCheck check() {
        return check;
    }

}

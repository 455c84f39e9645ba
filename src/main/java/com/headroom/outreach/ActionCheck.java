package com.headroom.outreach;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What logging one action now would meet, for the form before the rep sends and for the
 * ledger when they log.
 *
 * @param refused what cannot have happened on LinkedIn as typed: nothing is stored
 * @param pastLimits team pacing limits the action goes past: stored with the rep's reason
 * @param countOff Headroom's own count (InMail credits) says it could not have happened:
 * stored, and the rep is asked for LinkedIn's figure
 * @param allowance what is left, in a sentence ("You may send 12 more today.")
 */
public record ActionCheck(Optional<Refusal> refused, List<Refusal> pastLimits, Optional<Refusal> countOff,
        String allowance) {

    public ActionCheck {
        pastLimits = List.copyOf(pastLimits);
    }

    public boolean clear() {
        return refused.isEmpty() && pastLimits.isEmpty() && countOff.isEmpty();
    }

    /** The limits' sentences, in one paragraph. */
    public String pastLimitSentence() {
        return pastLimits.stream().map(Refusal::sentence).collect(Collectors.joining(" "));
    }

    /** The limits' facts as the ledger keeps them and managers read them later. */
    public String pastLimitRecord() {
        return pastLimits.stream().map(Refusal::forTheRecord).collect(Collectors.joining(" "));
    }

    /** The limits' names as the ledger stores them. */
    String pastLimitNames() {
        return pastLimits.stream().map(r -> r.limit().name()).collect(Collectors.joining(","));
    }
}

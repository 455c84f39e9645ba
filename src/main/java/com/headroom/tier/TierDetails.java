package com.headroom.tier;

/**
 * A tier as the catalogue shows it.
 *
 * @param builtIn one of the seven LinkedIn subscriptions Headroom ships with
 * @param retired no longer offered for new seats
 * @param version for detecting that someone else saved the tier meanwhile
 */
public record TierDetails(long id, TierSettings settings, boolean builtIn, boolean retired, long version) {

    public String name() {
        return settings.name();
    }
}

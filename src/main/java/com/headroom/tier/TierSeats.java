package com.headroom.tier;

import java.util.List;

/**
 * Which active accounts hold a seat on a tier. Implemented by the feature that owns
 * accounts, so that the tier catalogue does not depend on it.
 */
public interface TierSeats {

    /**
     * @param someHolders up to a handful of names, to tell the admin whom to move
     */
    record Use(long count, List<String> someHolders) {
    }

    Use seatsOn(long tierId);

}

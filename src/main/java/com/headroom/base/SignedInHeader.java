package com.headroom.base;

/**
 * What the header says about the signed-in person: their name and, on a second line,
 * their team and LinkedIn tier ("North team · Sales Navigator Core").
 */
public record SignedInHeader(String name, String seat) {

    /**
     * Supplied by the feature that owns accounts, so that the layout in {@code base} does
     * not depend on it.
     */
    public interface Source {

        SignedInHeader forAccount(long accountId);

    }
}

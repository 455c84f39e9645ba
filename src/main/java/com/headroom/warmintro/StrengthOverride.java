package com.headroom.warmintro;

/** What a member says about a connection when they know better than the figures. */
public enum StrengthOverride {

    CLOSE("We're close", 90), BARELY("I barely know them", 10);

    private final String label;

    private final int score;

    StrengthOverride(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    /** The score the member's word puts the path at. */
    int score() {
        return score;
    }

}

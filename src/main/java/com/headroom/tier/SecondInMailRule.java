package com.headroom.tier;

/**
 * What a second InMail to someone who has not replied does (Premium refuses; Sales
 * Navigator charges).
 */
public enum SecondInMailRule {

    WAIT_FOR_REPLY("Refused until they reply"), COSTS_ANOTHER_CREDIT("Costs another credit");

    private final String label;

    SecondInMailRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}

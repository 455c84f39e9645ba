package com.headroom.prospect;

/** Where a prospect is in the team's pipeline (DESIGN.md), in order. */
public enum Stage {

    NEW("New"), RESEARCHED("Researched"), ENGAGED("Engaged"), INVITED("Invited"), CONNECTED("Connected"),
    CONVERSATION("In conversation"), MEETING("Meeting"), OPPORTUNITY("Opportunity"), WON("Won"), LOST("Lost");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}

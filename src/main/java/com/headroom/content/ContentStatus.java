package com.headroom.content;

/** Where an item is on its way to the feed. */
public enum ContentStatus {

    IDEA("Idea"), DRAFT("Draft"), IN_REVIEW("In review"), SCHEDULED("Scheduled"), PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    ContentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Its text may still change. */
    public boolean editable() {
        return this == IDEA || this == DRAFT;
    }

    /** On the calendar and counted by the cadence. */
    public boolean planned() {
        return this != ARCHIVED;
    }

}

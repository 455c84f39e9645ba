package com.headroom.prospect;

/** How a prospect came into Headroom. */
public enum ProspectSource {

    MANUAL("Added by hand", false), CSV_IMPORT("CSV import", false), EVENT("Event", true),
    LINKEDIN_GROUP("LinkedIn group", true), WEBINAR("Webinar", true), LIVE("LinkedIn Live", true);

    private final String label;

    private final boolean named;

    ProspectSource(String label, boolean named) {
        this.label = label;
        this.named = named;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: "event", "LinkedIn group", "LinkedIn Live". */
    public String inSentence() {
        return label.startsWith("LinkedIn") ? label : label.toLowerCase(java.util.Locale.ROOT);
    }

    /** An event, group, webinar or Live: it has a name (and a day) the rep gives. */
    public boolean named() {
        return named;
    }

    /**
     * Met at something that happened on a day (not a group): the first message follows it
     * up.
     */
    public boolean followsUpAnEvent() {
        return this == EVENT || this == WEBINAR || this == LIVE;
    }

}

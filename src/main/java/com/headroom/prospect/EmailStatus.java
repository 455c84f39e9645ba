package com.headroom.prospect;

/** How much a prospect's e-mail address can be trusted. */
public enum EmailStatus {

    UNKNOWN("Unknown"), FOUND("Found"), VERIFIED("Verified"), BOUNCED("Bounced");

    private final String label;

    EmailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}

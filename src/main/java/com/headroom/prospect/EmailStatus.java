package com.headroom.prospect;

/**
 * How much a prospect's e-mail address can be trusted: guessed from the company's address
 * format, found (given by a person or a tool), verified (a reply came from it), bounced.
 */
public enum EmailStatus {

    UNKNOWN("Unknown"), GUESSED("Guessed"), FOUND("Found"), VERIFIED("Verified"), BOUNCED("Bounced");

    private final String label;

    EmailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An address worth writing to: held and not bounced. */
    public boolean usable() {
        return this == GUESSED || this == FOUND || this == VERIFIED;
    }

}

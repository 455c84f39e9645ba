package com.headroom.email;

/**
 * What happened to an e-mail, as the tools' activity files say it. Headroom logs
 * {@link #SENT}, {@link #REPLIED} and {@link #BOUNCED}; {@link #OPENED} is read (a click
 * counts as an open) so that the import can say how many opens it did not log: an open
 * pixel is fired by mail scanners and privacy proxies as often as by people.
 */
public enum EmailEvent {

    SENT("sent"), OPENED("opened"), REPLIED("replied"), BOUNCED("bounced");

    private final String label;

    EmailEvent(String label) {
        this.label = label;
    }

    /** "sent", "opened", "replied", "bounced". */
    public String label() {
        return label;
    }

    /** Whether Headroom writes this event into the prospect's history. */
    public boolean logged() {
        return this != OPENED;
    }

}

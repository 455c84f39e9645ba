package com.headroom.outreach;

/**
 * What may stand in the way of logging an action, and what Headroom does about it.
 * Headroom records what already happened on LinkedIn: an action past a team's pacing is
 * stored, marked past the limit; only what cannot have happened on LinkedIn as typed is
 * refused.
 */
public enum Limit {

    RESTRICTION_COOLDOWN("Cooldown after a restriction", Handling.PAST_THE_LIMIT),
    PENDING_BLOCK("Pending invitations", Handling.PAST_THE_LIMIT),
    WEEKLY_BUDGET("Weekly invitation budget", Handling.PAST_THE_LIMIT),
    DAILY_INVITATIONS("Invitations a day", Handling.PAST_THE_LIMIT),
    BURST("Burst of invitations", Handling.PAST_THE_LIMIT), DAILY_MESSAGES("Messages a day", Handling.PAST_THE_LIMIT),
    /**
     * Headroom's count of credits is an estimate: the InMail is stored and the rep
     * corrects the balance.
     */
    NO_INMAIL_CREDIT("InMail credits", Handling.CORRECT_THE_COUNT),
    REINVITE_LOCKOUT("Re-invite lockout", Handling.REFUSED), ALREADY_CONNECTED("Already connected", Handling.REFUSED),
    ALREADY_PENDING("Invitation already pending", Handling.REFUSED), NOTE_LENGTH("Note length", Handling.REFUSED),
    MONTHLY_NOTES("Personalized notes this month", Handling.REFUSED),
    MESSAGE_LENGTH("Message length", Handling.REFUSED),
    INMAIL_SUBJECT_LENGTH("InMail subject length", Handling.REFUSED),
    INMAIL_BODY_LENGTH("InMail length", Handling.REFUSED), SECOND_INMAIL("Second InMail", Handling.REFUSED),
    NO_INMAIL_ON_TIER("No InMail on this tier", Handling.REFUSED), DO_NOT_CONTACT("Do not contact", Handling.REFUSED),
    /** LinkedIn itself stops a member at 30,000 first-degree connections. */
    NETWORK_FULL("30,000 connections", Handling.REFUSED);

    /** What logging does when an action meets the limit. */
    public enum Handling {

        /**
         * Team pacing: stored, marked past the limit with the rep's reason; a manager may
         * approve it first.
         */
        PAST_THE_LIMIT,
        /**
         * Stored; Headroom's own count was off, so the rep is asked for LinkedIn's
         * figure.
         */
        CORRECT_THE_COUNT,
        /**
         * Cannot have happened on LinkedIn as typed (or may not happen at all): nothing
         * is stored.
         */
        REFUSED

    }

    private final String label;

    private final Handling handling;

    Limit(String label, Handling handling) {
        this.label = label;
        this.handling = handling;
    }

    public String label() {
        return label;
    }

    public Handling handling() {
        return handling;
    }

    /**
     * A manager may approve going past team pacing; not past what LinkedIn itself
     * enforces.
     */
    public boolean overridable() {
        return handling == Handling.PAST_THE_LIMIT;
    }

}

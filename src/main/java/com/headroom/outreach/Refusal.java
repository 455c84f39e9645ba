package com.headroom.outreach;

/**
 * Why logging an action was refused: which limit, and a sentence with the numbers and when it
 * frees up.
 */
public record Refusal(Limit limit, String sentence) {

    /** A manager may approve going past team pacing; not past what LinkedIn itself cannot do. */
    public boolean overridable() {
        return limit.overridable;
    }

    public enum Limit {
        RESTRICTION_COOLDOWN("Cooldown after a restriction", true),
        REINVITE_LOCKOUT("Re-invite lockout", true),
        ALREADY_CONNECTED("Already connected", false),
        ALREADY_PENDING("Invitation already pending", false),
        PENDING_BLOCK("Pending invitations", true),
        WEEKLY_BUDGET("Weekly invitation budget", true),
        NOTE_LENGTH("Note length", false),
        MONTHLY_NOTES("Personalized notes this month", false),
        MESSAGE_LENGTH("Message length", false),
        DAILY_MESSAGES("Messages a day", true),
        INMAIL_SUBJECT_LENGTH("InMail subject length", false),
        INMAIL_BODY_LENGTH("InMail length", false),
        SECOND_INMAIL("Second InMail", false),
        NO_INMAIL_CREDIT("InMail credits", false),
        DO_NOT_CONTACT("Do not contact", false);

        private final String label;
        private final boolean overridable;

        Limit(String label, boolean overridable) {
            this.label = label;
            this.overridable = overridable;
        }

        public String label() {
            return label;
        }
    }
}

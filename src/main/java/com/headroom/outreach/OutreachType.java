package com.headroom.outreach;

import com.headroom.prospect.Stage;
import java.util.Optional;

/**
 * What a ledger entry records. Reps log most of these; jobs write the InMail credit
 * lines.
 */
public enum OutreachType {

    INVITATION_SENT("Invitation sent", true), INVITATION_ACCEPTED("Invitation accepted", true),
    INVITATION_DECLINED("Invitation declined", true), INVITATION_WITHDRAWN("Invitation withdrawn", true),
    INVITATION_EXPIRED("Invitation expired", true), MESSAGE_SENT("Message sent", true),
    MESSAGE_REPLIED("Message replied to", true), INMAIL_SENT("InMail sent", true),
    INMAIL_REPLIED("InMail replied to", true), INMAIL_ACCEPTED("InMail accepted", true),
    INMAIL_DECLINED("InMail declined", true), PROFILE_VIEWED("Profile viewed", true),
    POST_ENGAGED("Post engaged with", true), EMAIL_SENT("E-mail sent", true), EMAIL_REPLIED("E-mail replied to", true),
    /** The address does not take mail: the prospect's address is marked bounced. */
    EMAIL_BOUNCED("E-mail bounced", true), RESTRICTION_REPORTED("LinkedIn restricted the account", false),
    INMAIL_CREDITS_GRANTED("InMail credits granted", false), INMAIL_CREDIT_REFUNDED("InMail credit refunded", false),
    INMAIL_CREDITS_EXPIRED("InMail credits expired", false),
    /** The rep set Headroom's InMail balance to the number LinkedIn shows. */
    INMAIL_BALANCE_CORRECTED("InMail balance corrected", false), REVERSAL("Undone", false);

    private final String label;

    private final boolean aboutProspect;

    OutreachType(String label, boolean aboutProspect) {
        this.label = label;
        this.aboutProspect = aboutProspect;
    }

    public String label() {
        return label;
    }

    /** Logged from a prospect (the rest concern the member's account). */
    public boolean aboutProspect() {
        return aboutProspect;
    }

    public boolean isInvitationOutcome() {
        return this == INVITATION_ACCEPTED || this == INVITATION_DECLINED || this == INVITATION_WITHDRAWN
                || this == INVITATION_EXPIRED;
    }

    /**
     * A response to an InMail: LinkedIn returns its credit when it comes within 90 days.
     */
    public boolean isInMailResponse() {
        return this == INMAIL_REPLIED || this == INMAIL_ACCEPTED || this == INMAIL_DECLINED;
    }

    /** The second channel: e-mail sent, replied to or bounced. */
    public boolean isEmail() {
        return this == EMAIL_SENT || this == EMAIL_REPLIED || this == EMAIL_BOUNCED;
    }

    /** Reaches out to the person: refused while they are on the do-not-contact list. */
    public boolean contacts() {
        return this == INVITATION_SENT || this == MESSAGE_SENT || this == INMAIL_SENT || this == EMAIL_SENT
                || this == POST_ENGAGED;
    }

    /** What a rep logs (the rest are written by Headroom's jobs, or undo an entry). */
    public boolean loggedByReps() {
        return aboutProspect || this == RESTRICTION_REPORTED || this == INMAIL_BALANCE_CORRECTED;
    }

    /** Where the prospect obviously is after this: the pipeline only moves forward. */
    public Optional<Stage> stageReached() {
        return switch (this) {
            case INVITATION_SENT -> Optional.of(Stage.INVITED);
            case INVITATION_ACCEPTED -> Optional.of(Stage.CONNECTED);
            case MESSAGE_REPLIED, INMAIL_REPLIED, INMAIL_ACCEPTED, EMAIL_REPLIED -> Optional.of(Stage.CONVERSATION);
            default -> Optional.empty();
        };
    }

}

package com.headroom.outreach;

/**
 * What a template is for: each is sent as a different LinkedIn action with its own length
 * limit.
 */
public enum TemplateKind {

    CONNECTION_NOTE("Connection note", OutreachType.INVITATION_SENT), MESSAGE("Message", OutreachType.MESSAGE_SENT),
    INMAIL("InMail", OutreachType.INMAIL_SENT);

    private final String label;

    private final OutreachType sentAs;

    TemplateKind(String label, OutreachType sentAs) {
        this.label = label;
        this.sentAs = sentAs;
    }

    public String label() {
        return label;
    }

    public OutreachType sentAs() {
        return sentAs;
    }

    /** What counts as success when comparing two templates of this kind. */
    public String successNoun() {
        return this == CONNECTION_NOTE ? "accepted" : "answered";
    }

}

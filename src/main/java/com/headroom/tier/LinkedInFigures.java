package com.headroom.tier;

import java.time.Duration;

/**
 * What LinkedIn itself enforces or is reported to enforce, whatever a team decides: the
 * one home of these figures. The per-tier defaults (invitations a week, InMail credits,
 * notes a month) are the tier catalogue's, seeded by migration V1 and edited by admins;
 * the team's pacing defaults are {@code team.PolicyDefaults}. Sources as in DESIGN.md
 * ("Sources and disagreements").
 */
public final class LinkedInFigures {

    private LinkedInFigures() {
    }

    /**
     * A connection-request note on a paid tier (LinkedIn Help); 200 on a free account.
     */
    public static final int NOTE_CHARACTERS = 300;

    /** A message to a first-degree connection (LinkedIn Help). */
    public static final int MESSAGE_CHARACTERS = 8_000;

    /**
     * Messages to first-degree connections a day: widely reported, LinkedIn publishes
     * none.
     */
    public static final int MESSAGES_A_DAY = 120;

    /** An InMail's subject (LinkedIn Help). */
    public static final int INMAIL_SUBJECT_CHARACTERS = 200;

    /**
     * An InMail's body: 1,900 as Sales Navigator counts it; LinkedIn Help says 2,000, so
     * the lower, to stay safe.
     */
    public static final int INMAIL_BODY_CHARACTERS = 1_900;

    /** LinkedIn Help's figure for an InMail's body: the most a tier may be set to. */
    public static final int INMAIL_BODY_CHARACTERS_AT_MOST = 2_000;

    /**
     * Invitations a week for an account with no other figure: about 100 since 2021
     * (reported, not published).
     */
    public static final int INVITATIONS_A_WEEK = 100;

    /** InMail credits expire this long after they were granted (LinkedIn Help). */
    public static final Duration INMAIL_CREDIT_LIFE = Duration.ofDays(90);

    /**
     * An InMail answered (accepted, declined, replied) within this long gives its credit
     * back (LinkedIn Help).
     */
    public static final Duration INMAIL_REFUND_WINDOW = Duration.ofDays(90);

    /** A post's text. */
    public static final int POST_CHARACTERS = 3_000;

    /**
     * The feed shows about this many characters (or three lines) of a post before "…see
     * more".
     */
    public static final int POST_FOLD_CHARACTERS = 210;

    /**
     * An article or newsletter edition: reported between 110,000 and 125,000; the lower,
     * to stay safe.
     */
    public static final int ARTICLE_CHARACTERS = 110_000;

    /** LinkedIn's own advice is three to five hashtags a post. */
    public static final int HASHTAGS_A_POST = 5;

    /**
     * The most first-degree connections a member may have: LinkedIn stops invitations
     * (sent and accepted) at it (LinkedIn Help, "Maximum number of connections").
     */
    public static final int MAX_CONNECTIONS = 30_000;

    /**
     * Headroom warns a member this close to the cap: a thousand connections is about ten
     * weeks of invitations, time to withdraw pending ones and prune.
     */
    public static final int CONNECTIONS_WARN_AT = 29_000;

}

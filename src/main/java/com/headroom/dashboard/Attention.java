package com.headroom.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * One line of "Needs attention": whom it concerns, why, with the numbers, and where to
 * act.
 *
 * @param memberId the member it is about; null for a line about the team (a content slip)
 * @param who the name the line leads with
 * @param route the screen that opens on a click ("overview/member/12", "overrides",
 * "content")
 */
public record Attention(Kind kind, long teamId, @Nullable Long memberId, String who, String sentence, String route) {

    /** In the order a manager should act on them. */
    public enum Kind {

        RED("Stop and fix"), AMBER("Watch out"), PENDING_NEAR_BLOCK("Pending near the block"),
        LOW_ACCEPTANCE("Low acceptance"), CREDITS_EXPIRING("InMail credits expiring"), QUIET("Quiet"),
        OVERRIDE_WAITING("Override waiting"), INTRO_WAITING("Intro request waiting"),
        ACCOUNT_CONFLICT("Account conflict"), CONTENT_SLIP("Content slipped");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    static String memberRoute(long memberId) {
        return "overview/member/" + memberId;
    }
}

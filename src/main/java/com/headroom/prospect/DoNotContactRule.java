package com.headroom.prospect;

import java.time.Instant;

/** One entry of a team's do-not-contact list. */
public record DoNotContactRule(long id, long teamId, DoNotContactKind kind, String shownAs, String reason,
        String addedBy, Instant addedAt) {

    /** "Company Acme: asked us to stop". */
    public String sentence() {
        return kind.label() + " " + shownAs + ": " + reason;
    }
}

package com.headroom.prospect;

import com.headroom.base.RuleViolation;

/**
 * The person is already in the team: the existing record and its owner, instead of a
 * second one.
 */
public class DuplicateProspect extends RuleViolation {

    private final long existingId;

    public DuplicateProspect(long existingId, String personName, String ownerName) {
        super("profileUrl", personName + " is already in your team's prospects, owned by " + ownerName + ".");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }

}

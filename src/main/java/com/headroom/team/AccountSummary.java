package com.headroom.team;

import com.headroom.security.Role;

/** A row of the people screen. */
public record AccountSummary(long id, String displayName, String email, Role role, String teamName, String tierName,
        boolean active, boolean invitationPending) {

    public String status() {
        if (!active) {
            return "Deactivated";
        }
        return invitationPending ? "Invited" : "Active";
    }
}

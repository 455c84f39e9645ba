package com.headroom.team;

import com.headroom.security.Role;

/**
 * What the people screen filters by.
 *
 * @param text part of a name or e-mail address; blank for all
 */
public record AccountFilter(String text, Long teamId, Role role, boolean includeDeactivated) {

    public static AccountFilter everyone() {
        return new AccountFilter(null, null, null, false);
    }
}

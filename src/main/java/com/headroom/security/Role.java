package com.headroom.security;

import java.util.Set;

/**
 * An account's role. A manager may do everything a member may; an admin operates the
 * deployment.
 */
public enum Role {

    MEMBER("Member"), MANAGER("Manager"), ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security roles this role grants (a manager is also a member). */
    public Set<String> grantedRoles() {
        return switch (this) {
            case MEMBER -> Set.of(AppRoles.MEMBER);
            case MANAGER -> Set.of(AppRoles.MANAGER, AppRoles.MEMBER);
            case ADMIN -> Set.of(AppRoles.ADMIN);
        };
    }

}

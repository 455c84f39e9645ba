package com.headroom.security;

/**
 * The three roles of DESIGN.md, as views name them in {@code @RolesAllowed}. Services use
 * {@link AdminOnly}, {@link ManagerOrAdmin} and {@link SignedIn} instead (see {@link SignedIn} for why).
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String MEMBER = "MEMBER";

    private AppRoles() {
    }
}

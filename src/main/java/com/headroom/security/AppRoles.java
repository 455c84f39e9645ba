package com.headroom.security;

/** The three roles of DESIGN.md; used in {@code @RolesAllowed} on views and services. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String MEMBER = "MEMBER";

    private AppRoles() {
    }
}

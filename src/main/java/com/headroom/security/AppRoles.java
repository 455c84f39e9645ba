package com.headroom.security;

/**
 * The three roles of DESIGN.md, as views name them in {@code @RolesAllowed} and services
 * ask {@link CurrentUser#hasRole}. Services are guarded with method security through
 * {@link AdminOnly}, {@link ManagerOrAdmin}, {@link SignedIn} and {@link Anyone}
 * ({@code @PreAuthorize}), never {@code @RolesAllowed} (see {@link SignedIn} for why).
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";

    public static final String MANAGER = "MANAGER";

    public static final String MEMBER = "MEMBER";

    private AppRoles() {
    }

}

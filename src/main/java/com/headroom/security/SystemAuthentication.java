package com.headroom.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) as Headroom itself, so that it passes the
 * same method security as a person would and shows as "system" in the audit log.
 */
public final class SystemAuthentication {

    public static final long SYSTEM_ACCOUNT_ID = 0L;

    public static final String SYSTEM_EMAIL = "system";

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = new HeadroomUser(SYSTEM_ACCOUNT_ID, SYSTEM_EMAIL, "Headroom", Role.ADMIN, true, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs start-up work as a stored person, e.g. demo prospects that belong to a member.
     */
    public static void runAs(HeadroomUser user, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }

}

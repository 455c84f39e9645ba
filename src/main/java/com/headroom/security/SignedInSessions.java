package com.headroom.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends the open sessions of an account, e.g. when an admin deactivates it. */
@Component
public class SignedInSessions {

    private final SessionRegistry sessionRegistry;

    SignedInSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** Expires every session of the account with this login e-mail; returns how many. */
    public int endAllFor(String email) {
        int ended = 0;
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof HeadroomUser user && user.email().equalsIgnoreCase(email)) {
                for (SessionInformation session : sessionRegistry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}

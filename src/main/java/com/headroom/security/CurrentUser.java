package com.headroom.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services (views use Vaadin's {@code AuthenticationContext}). */
@Component
public class CurrentUser {

    public Optional<HeadroomUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HeadroomUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public HeadroomUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    public boolean hasRole(String role) {
        return get().map(u -> u.role().grantedRoles().contains(role)).orElse(false);
    }

}

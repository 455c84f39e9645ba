package com.headroom;

import com.headroom.security.HeadroomUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Calls a service as a stored account, the way a signed-in request would. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static <T> T call(UserDetailsService users, String email, Supplier<T> work) {
        var user = (HeadroomUser) users.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
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

    public static void run(UserDetailsService users, String email, Runnable work) {
        call(users, email, () -> {
            work.run();
            return null;
        });
    }

}

package com.headroom.team;

import java.time.Instant;

/**
 * A one-time link with which a person sets their password: the invitation of a new
 * account, or a new password for someone who forgot theirs. The token is shown once and
 * stored only as a hash.
 */
public record PasswordLink(long accountId, String email, String token, Instant expiresAt) {

    public static final String PATH = "set-password";

    /** The link's path below the application's address. */
    public String path() {
        return PATH + "/" + token;
    }
}

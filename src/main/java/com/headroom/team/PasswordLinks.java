package com.headroom.team;

import com.headroom.base.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** Random link tokens and the hashes under which they are stored. */
final class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256(token);
    }

}

package com.headroom.prospect;

import com.headroom.base.Hashes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list of people erased on request. It keeps only keyed hashes
 * (HMAC-SHA-256) of their profile address and e-mail: enough to refuse them later, and no
 * list of names or addresses. The key is HEADROOM_SUPPRESSION_SECRET when set (kept
 * outside the database, so that a copy of the database alone cannot test guesses against
 * the hashes); otherwise a secret generated once per installation and stored in the
 * database.
 */
@Component
@Order(5)
class ErasedPeople implements ApplicationRunner {

    private static final String SALT_NAME = "suppression-salt";

    private final ErasedPersonStore store;

    private final String configuredSecret;

    private volatile String salt;

    ErasedPeople(ErasedPersonStore store, @Value("${headroom.suppression-secret:}") String configuredSecret) {
        this.store = store;
        this.configuredSecret = configuredSecret;
    }

    /** Makes sure the installation has its secret before anyone is erased or checked. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        salt();
    }

    String profileHash(String profileKey) {
        return Hashes.hmacSha256(salt(), "profile:" + profileKey);
    }

    String emailHash(String email) {
        return Hashes.hmacSha256(salt(), "email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    boolean isErased(String profileKey) {
        return exists(profileHash(profileKey));
    }

    boolean isErasedEmail(String email) {
        return email != null && !email.isBlank() && exists(emailHash(email));
    }

    /**
     * Whether anybody was ever erased: most organisations' imports need no check at all.
     */
    boolean anyErased() {
        return store.anyErased();
    }

    /**
     * Which of these hashes belong to erased people; one query for a batch of import
     * rows.
     */
    Set<String> erasedAmong(Collection<String> hashes) {
        return store.erasedAmong(hashes);
    }

    void remember(String kind, String hash, Instant at) {
        if (!exists(hash)) {
            store.insert(kind, hash, at);
        }
    }

    private boolean exists(String hash) {
        return store.exists(hash);
    }

    private String salt() {
        if (salt == null) {
            synchronized (this) {
                if (salt == null) {
                    salt = configuredSecret.isBlank() ? loadOrCreateSalt() : configuredSecret;
                }
            }
        }
        return salt;
    }

    private String loadOrCreateSalt() {
        var stored = store.secret(SALT_NAME);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String fresh = Base64.getEncoder().encodeToString(bytes);
        try {
            store.insertSecret(SALT_NAME, fresh);
            return fresh;
        }
        catch (DuplicateKeyException anotherNodeWasFirst) {
            return store.secret(SALT_NAME).orElseThrow();
        }
    }

}

package com.headroom.prospect;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of the suppression list (erased_person) and of the installation's secrets. */
@Component
class ErasedPersonStore {

    private final JdbcTemplate jdbc;

    ErasedPersonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyErased() {
        return !jdbc.queryForList("SELECT kind FROM erased_person LIMIT 1", String.class).isEmpty();
    }

    Set<String> erasedAmong(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(hashes.size(), "?"));
        return new HashSet<>(
                jdbc.queryForList("SELECT salted_hash FROM erased_person WHERE salted_hash IN (" + marks + ")",
                        String.class, hashes.toArray()));
    }

    boolean exists(String hash) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM erased_person WHERE salted_hash = ?", Integer.class,
                hash);
        return count != null && count > 0;
    }

    void insert(String kind, String hash, Instant at) {
        jdbc.update("INSERT INTO erased_person (kind, salted_hash, erased_at) VALUES (?, ?, ?)", kind, hash,
                Timestamp.from(at));
    }

    Optional<String> secret(String name) {
        return jdbc.queryForList("SELECT secret FROM installation_secret WHERE name = ?", String.class, name)
            .stream()
            .findFirst();
    }

    /** Refused with a duplicate key when another node stored the secret first. */
    void insertSecret(String name, String secret) {
        jdbc.update("INSERT INTO installation_secret (name, secret) VALUES (?, ?)", name, secret);
    }

}

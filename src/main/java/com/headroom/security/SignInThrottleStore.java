package com.headroom.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in counters, in the database so that every app node counts the same tries. One
 * row per key (an e-mail typed or a client address, hashed), locked while a try is
 * counted.
 */
@Component
class SignInThrottleStore {

    /**
     * What one key has done: failures since its last success (or since it went quiet),
     * and this hour's.
     */
    record Row(String keyHash, String kind, int failures, Instant lastFailureAt, Instant hourStartedAt,
            int hourFailures) {
    }

    private static final String COLUMNS = "key_hash, key_kind, failures, last_failure_at, hour_started_at, hour_failures";

    private final JdbcTemplate jdbc;

    SignInThrottleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes sure the key has a row (with nothing counted). Called in a transaction before
     * the one that locks it: locking a row that does not exist yet would take gap locks
     * on MariaDB, and two nodes inserting the same key after that deadlock. Committed
     * first, the row is then locked by its key alone.
     */
    void ensure(String keyHash, String kind, Instant now) {
        if (find(keyHash, false).isPresent()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO sign_in_throttle (" + COLUMNS + ") VALUES (?, ?, 0, ?, ?, 0)", keyHash, kind,
                    Timestamp.from(now), Timestamp.from(now));
        }
        catch (DuplicateKeyException raced) {
            // Another node inserted it a moment ago: that row is the one to count on.
        }
    }

    /**
     * The key's row, locked until the transaction ends (empty if the clean-up job just
     * deleted it).
     */
    Optional<Row> lock(String keyHash) {
        return find(keyHash, true);
    }

    Optional<Row> find(String keyHash, boolean forUpdate) {
        return jdbc
            .query("SELECT " + COLUMNS + " FROM sign_in_throttle WHERE key_hash = ?" + (forUpdate ? " FOR UPDATE" : ""),
                    SignInThrottleStore::row, keyHash)
            .stream()
            .findFirst();
    }

    void update(Row row) {
        jdbc.update(
                "UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, hour_started_at = ?,"
                        + " hour_failures = ? WHERE key_hash = ?",
                row.failures(), Timestamp.from(row.lastFailureAt()), Timestamp.from(row.hourStartedAt()),
                row.hourFailures(), row.keyHash());
    }

    void delete(String keyHash) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE key_hash = ?", keyHash);
    }

    /**
     * Deletes the rows of keys that have not failed since {@code before}; returns how
     * many.
     */
    int deleteQuietSince(Instant before) {
        return jdbc.update("DELETE FROM sign_in_throttle WHERE last_failure_at < ?", Timestamp.from(before));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("key_hash"), rs.getString("key_kind"), rs.getInt("failures"),
                rs.getTimestamp("last_failure_at").toInstant(), rs.getTimestamp("hour_started_at").toInstant(),
                rs.getInt("hour_failures"));
    }

}

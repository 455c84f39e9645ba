package com.headroom.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in sessions of every app node, one row each, keyed by the SHA-256 of the
 * session id. Each write commits on its own: a session ended here must be seen ended by
 * the other nodes at once, whatever transaction the caller is in.
 */
@Component
class SignedInSessionStore {

    /** One session as the database holds it. */
    record Row(String sessionKey, String accountEmail, String nodeName, Instant startedAt, Instant lastSeenAt,
            @Nullable String userAgent, @Nullable Instant endedAt) {

        boolean ended() {
            return endedAt != null;
        }
    }

    private static final String COLUMNS = "session_key, account_email, node_name, started_at, last_seen_at,"
            + " user_agent, ended_at";

    /**
     * The browser string is kept to its first 500 characters: it only names a browser.
     */
    static final int USER_AGENT_KEPT = 500;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate ownTransaction;

    SignedInSessionStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A write in a transaction of its own: called after a caller's commit, a write would
     * otherwise join a transaction that never commits again.
     */
    private int write(String sql, Object... arguments) {
        Integer rows = ownTransaction.execute(status -> jdbc.update(sql, arguments));
        return rows == null ? 0 : rows;
    }

    void insert(String sessionKey, String email, String nodeName, Instant at) {
        write("INSERT INTO signed_in_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, NULL)", sessionKey,
                normalize(email), nodeName, at(at), at(at));
    }

    Optional<Row> find(String sessionKey) {
        return jdbc
            .query("SELECT " + COLUMNS + " FROM signed_in_session WHERE session_key = ?", SignedInSessionStore::row,
                    sessionKey)
            .stream()
            .findFirst();
    }

    void seen(String sessionKey, Instant at, @Nullable String userAgent) {
        if (userAgent == null) {
            write("UPDATE signed_in_session SET last_seen_at = ? WHERE session_key = ?", at(at), sessionKey);
        }
        else {
            write("UPDATE signed_in_session SET last_seen_at = ?, user_agent = ? WHERE session_key = ?", at(at),
                    kept(userAgent), sessionKey);
        }
    }

    /** A session whose id changed keeps its row, start and all. */
    void rekey(String oldKey, String newKey) {
        write("UPDATE signed_in_session SET session_key = ? WHERE session_key = ?", newKey, oldKey);
    }

    void delete(String sessionKey) {
        write("DELETE FROM signed_in_session WHERE session_key = ?", sessionKey);
    }

    /** Marks one session ended; returns whether it was open. */
    boolean end(String sessionKey, Instant at) {
        return write("UPDATE signed_in_session SET ended_at = ? WHERE session_key = ? AND ended_at IS NULL", at(at),
                sessionKey) > 0;
    }

    /** The account's sessions not yet ended and used since {@code aliveSince}. */
    List<Row> openOf(String email, Instant aliveSince) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM signed_in_session WHERE account_email = ? AND ended_at IS NULL"
                        + " AND last_seen_at >= ? ORDER BY last_seen_at DESC",
                SignedInSessionStore::row, normalize(email), at(aliveSince));
    }

    /**
     * Marks every open session of the account ended but {@code keepKey}; returns how
     * many.
     */
    int endAllExcept(String email, @Nullable String keepKey, Instant at) {
        if (keepKey == null) {
            return write("UPDATE signed_in_session SET ended_at = ? WHERE account_email = ? AND ended_at IS NULL",
                    at(at), normalize(email));
        }
        return write("UPDATE signed_in_session SET ended_at = ? WHERE account_email = ? AND ended_at IS NULL"
                + " AND session_key <> ?", at(at), normalize(email), keepKey);
    }

    /**
     * Deletes the rows of sessions that cannot be alive any more; returns how many.
     * Deleting is always safe: a signed-in session without a row is signed out at its
     * next request.
     */
    int deleteGone(Instant startedBefore, Instant quietSince, Instant endedBefore) {
        return write(
                "DELETE FROM signed_in_session WHERE started_at < ? OR last_seen_at < ?"
                        + " OR (ended_at IS NOT NULL AND ended_at < ?)",
                at(startedBefore), at(quietSince), at(endedBefore));
    }

    /**
     * Microseconds, as DATETIME(6) keeps them: a database that rounds a start up would
     * otherwise lengthen the absolute lifetime by a fraction.
     */
    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String kept(String userAgent) {
        return userAgent.length() > USER_AGENT_KEPT ? userAgent.substring(0, USER_AGENT_KEPT) : userAgent;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Row(rs.getString("session_key"), rs.getString("account_email"), rs.getString("node_name"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
                rs.getString("user_agent"), ended == null ? null : ended.toInstant());
    }

}

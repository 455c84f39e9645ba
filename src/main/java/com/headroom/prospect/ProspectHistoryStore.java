package com.headroom.prospect;

import com.headroom.security.HeadroomUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A prospect's history ({@code prospect_history}), and its one writer: every line that
 * the services, the import, the do-not-contact list and the stage backfill write goes
 * through {@link #append(List)}, or through {@link #appendMarkedDoNotContact} where one
 * entry marks thousands at once. A JdbcTemplate, not a JdbcClient: the import's and the
 * backfill's lines go in batches.
 */
@Component
class ProspectHistoryStore {

    /** Longest "from" and "to" text a line keeps. */
    private static final int VALUE_LIMIT = 200;

    /**
     * One line of a prospect's history: who did what, when, from which value to which.
     */
    record Line(long prospectId, Instant at, Long actorId, String actorName, ProspectEvent.Kind kind, String from,
            String to) {

        static Line by(HeadroomUser actor, long prospectId, Instant at, ProspectEvent.Kind kind, String from,
                String to) {
            return new Line(prospectId, at, actor.accountId(), actor.displayName(), kind, from, to);
        }
    }

    private final JdbcTemplate jdbc;

    ProspectHistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(Line line) {
        append(List.of(line));
    }

    void append(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Object[]> rows = lines.stream()
            .map(l -> new Object[] { l.prospectId(), Timestamp.from(l.at()), l.actorId(), l.actorName(),
                    l.kind().name(), Texts.clip(l.from(), VALUE_LIMIT), Texts.clip(l.to(), VALUE_LIMIT) })
            .toList();
        jdbc.batchUpdate("INSERT INTO prospect_history (prospect_id, occurred_at, actor_id, actor_name, kind,"
                + " from_value, to_value) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * A "marked do not contact" line for each of the team's prospects that a new entry
     * matches and that is not marked yet: to be written just before {@link ProspectStore}
     * marks them.
     * @param column the prospect column the entry matches on (profile_url, company_key,
     * email_domain)
     */
    void appendMarkedDoNotContact(long teamId, String column, String value, String why, Instant at, long actorId,
            String actorName) {
        jdbc.update(
                "INSERT INTO prospect_history (prospect_id, occurred_at, actor_id, actor_name, kind, to_value)"
                        + " SELECT id, ?, ?, ?, 'MARKED_DO_NOT_CONTACT', ? FROM prospect WHERE team_id = ? AND "
                        + column + " = ? AND do_not_contact = FALSE",
                Timestamp.from(at), actorId, actorName, why, teamId, value);
    }

    /**
     * Dates each prospect's "added" or "imported" line; each row is {when, prospect id}.
     */
    void redateAdded(List<Object[]> added) {
        jdbc.batchUpdate("UPDATE prospect_history SET occurred_at = ? WHERE prospect_id = ? AND kind IN ('ADDED',"
                + " 'IMPORTED')", added);
    }

    /**
     * Lines of the owner's prospects written after {@code since} are dated {@code before}
     * instead.
     */
    void moveBack(long ownerId, Instant since, Instant before) {
        jdbc.update("UPDATE prospect_history SET occurred_at = ? WHERE occurred_at > ? AND prospect_id IN (SELECT id"
                + " FROM prospect WHERE owner_id = ?)", Timestamp.from(before), Timestamp.from(since), ownerId);
    }

    /** The prospect's history, latest first. */
    List<ProspectEvent> of(long prospectId) {
        return jdbc.query(
                "SELECT occurred_at, actor_name, kind, from_value, to_value FROM prospect_history"
                        + " WHERE prospect_id = ? ORDER BY id DESC",
                (rs, i) -> new ProspectEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        ProspectEvent.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)),
                prospectId);
    }

    /** The last time the prospect's stage changed, if it ever did. */
    Optional<Instant> latestStageChange(long prospectId) {
        Timestamp at = jdbc.queryForObject(
                "SELECT MAX(occurred_at) FROM prospect_history WHERE prospect_id = ?" + " AND kind = 'STAGE_CHANGED'",
                Timestamp.class, prospectId);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }

}

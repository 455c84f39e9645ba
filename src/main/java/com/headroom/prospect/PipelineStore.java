package com.headroom.prospect;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of a team's pipeline for its managers: stage history and who works which
 * company. It only reads; the rows it reads are written by {@link ProspectStore} and
 * {@link ProspectHistoryStore}.
 */
@Component
class PipelineStore {

    /** Ids per IN list: well under what either database accepts in one statement. */
    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;

    PipelineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first time a prospect of the team reached a stage. */
    record FirstReached(long prospectId, long ownerId, String stageLabel, Instant at) {
    }

    /**
     * For each prospect of the team and each of these stages it reached before an
     * instant, the first time.
     */
    List<FirstReached> firstReached(long teamId, List<String> stageLabels, Instant before) {
        String marks = String.join(",", Collections.nCopies(stageLabels.size(), "?"));
        List<Object> args = new ArrayList<>(stageLabels);
        args.add(Timestamp.from(before));
        args.add(teamId);
        return jdbc.query("SELECT h.prospect_id, p.owner_id, h.to_value, MIN(h.occurred_at) FROM prospect_history h"
                + " JOIN prospect p ON p.id = h.prospect_id WHERE h.kind = 'STAGE_CHANGED' AND h.to_value IN (" + marks
                + ") AND h.occurred_at < ? AND p.team_id = ? GROUP BY h.prospect_id, p.owner_id, h.to_value",
                (rs, i) -> new FirstReached(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()),
                args.toArray());
    }

    /** A prospect being worked: its company and its owner. */
    record Work(long prospectId, String companyKey, long ownerId) {
    }

    /**
     * The team's prospects worked since an instant (past New, not Lost, with a company),
     * from the index on (team, last activity, company, owner, stage) alone.
     */
    List<Work> recentWork(long teamId, Instant since) {
        return jdbc.query(
                "SELECT id, company_key, owner_id FROM prospect WHERE team_id = ? AND last_activity_at >= ?"
                        + " AND company_key <> '' AND stage NOT IN ('NEW', 'LOST')",
                (rs, i) -> new Work(rs.getLong(1), rs.getString(2), rs.getLong(3)), teamId, Timestamp.from(since));
    }

    /** A prospect of an account conflict as the overview names it. */
    record ConflictRow(long id, String companyKey, String company, String name, long ownerId, Instant lastActivityAt) {
    }

    /** These prospects, most recently worked first. */
    List<ConflictRow> conflictProspects(Collection<Long> ids) {
        List<ConflictRow> rows = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            rows.addAll(jdbc.query(
                    "SELECT id, company_key, company, first_name, last_name, owner_id, last_activity_at"
                            + " FROM prospect WHERE id IN (" + marks + ")",
                    (rs, i) -> new ConflictRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            (rs.getString(4) + " " + rs.getString(5)).strip(), rs.getLong(6),
                            rs.getTimestamp(7).toInstant()),
                    chunk.toArray()));
        }
        rows.sort(java.util.Comparator.comparing(ConflictRow::lastActivityAt)
            .reversed()
            .thenComparingLong(ConflictRow::id));
        return rows;
    }

    /** A prospect as the stage-history backfill checks it. */
    record Current(long id, long teamId, long ownerId, Stage stage, boolean doNotContact) {
    }

    java.util.Optional<Current> current(long prospectId) {
        return jdbc
            .query("SELECT id, team_id, owner_id, stage, do_not_contact FROM prospect WHERE id = ?",
                    (rs, n) -> new Current(rs.getLong(1), rs.getLong(2), rs.getLong(3), Stage.valueOf(rs.getString(4)),
                            rs.getBoolean(5)),
                    prospectId)
            .stream()
            .findFirst();
    }

}

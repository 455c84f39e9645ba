package com.headroom.outreach;

import com.headroom.outreach.OverrideRequest.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Override requests: a small workflow beside the ledger, which records their use. */
@Component
class OverrideStore {

    private static final String COLUMNS = "id, team_id, member_id, prospect_id, action, refusal, member_note,"
            + " requested_at, status, decided_by, decided_at, reason, used_at, limits";

    private final JdbcTemplate jdbc;

    OverrideStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param limits the names of the limits asked about, comma-separated
     */
    long request(long teamId, long memberId, Long prospectId, OutreachType action, String refusal, String note,
            Instant at, String limits) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO limit_override (team_id, member_id, prospect_id, action,"
                    + " refusal, member_note, requested_at, status, limits) VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?)",
                    new String[] { "id" });
            ps.setLong(1, teamId);
            ps.setLong(2, memberId);
            ps.setObject(3, prospectId);
            ps.setString(4, action.name());
            ps.setString(5, refusal.length() > 600 ? refusal.substring(0, 600) : refusal);
            ps.setString(6, note);
            ps.setTimestamp(7, Timestamp.from(at));
            ps.setString(8, limits);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM limit_override WHERE id = ?", OverrideStore::row, id)
            .stream()
            .findFirst();
    }

    /** Locks the request while a manager decides or a rep uses it: each happens once. */
    Optional<Row> lock(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM limit_override WHERE id = ? FOR UPDATE", OverrideStore::row, id)
            .stream()
            .findFirst();
    }

    /**
     * The member's requests about one action on one person that are waiting or approved.
     */
    List<Row> open(long memberId, OutreachType action, long prospectId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM limit_override WHERE member_id = ? AND action = ?"
                        + " AND prospect_id = ? AND status IN ('REQUESTED', 'APPROVED') ORDER BY id",
                OverrideStore::row, memberId, action.name(), prospectId);
    }

    List<Row> forProspect(long memberId, long prospectId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM limit_override WHERE member_id = ? AND prospect_id = ?"
                        + " AND status IN ('REQUESTED', 'APPROVED') ORDER BY id",
                OverrideStore::row, memberId, prospectId);
    }

    List<Row> recentOfMember(long memberId, Instant since) {
        return jdbc.query("SELECT " + COLUMNS + " FROM limit_override WHERE member_id = ? AND requested_at >= ?"
                + " ORDER BY requested_at DESC LIMIT 20", OverrideStore::row, memberId, Timestamp.from(since));
    }

    List<Row> waiting(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(teamIds.size(), "?"));
        return jdbc.query("SELECT " + COLUMNS + " FROM limit_override WHERE status = 'REQUESTED' AND team_id IN ("
                + marks + ") ORDER BY requested_at", OverrideStore::row, teamIds.toArray());
    }

    List<Row> decided(Collection<Long> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(teamIds.size(), "?"));
        var args = new java.util.ArrayList<Object>(teamIds);
        args.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM limit_override WHERE status <> 'REQUESTED' AND team_id IN ("
                + marks + ") ORDER BY decided_at DESC LIMIT ?", OverrideStore::row, args.toArray());
    }

    void decide(long id, Status status, long managerId, String reason, Instant at) {
        jdbc.update("UPDATE limit_override SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ?",
                status.name(), managerId, Timestamp.from(at), reason, id);
    }

    /**
     * Approvals of this action on this person that are not needed any more: it was
     * logged.
     */
    void closeApprovals(long memberId, long prospectId, OutreachType action, Instant at) {
        jdbc.update(
                "UPDATE limit_override SET status = 'USED', used_at = ? WHERE member_id = ? AND prospect_id = ?"
                        + " AND action = ? AND status = 'APPROVED'",
                Timestamp.from(at), memberId, prospectId, action.name());
    }

    void markUsed(long id, Instant at) {
        jdbc.update("UPDATE limit_override SET status = 'USED', used_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long prospect = rs.getLong(4);
        Long prospectId = rs.wasNull() ? null : prospect;
        long decider = rs.getLong(10);
        Long decidedBy = rs.wasNull() ? null : decider;
        Timestamp decidedAt = rs.getTimestamp(11);
        Timestamp usedAt = rs.getTimestamp(13);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), prospectId, OutreachType.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), Status.valueOf(rs.getString(9)),
                decidedBy, decidedAt == null ? null : decidedAt.toInstant(), rs.getString(12),
                usedAt == null ? null : usedAt.toInstant(), rs.getString(14));
    }

    /**
     * @param limits the limits asked about ({@link Limit} names, comma-separated; null on
     * older requests)
     */
    record Row(long id, long teamId, long memberId, Long prospectId, OutreachType action, String refusal,
            String memberNote, Instant requestedAt, Status status, Long decidedBy, Instant decidedAt, String reason,
            Instant usedAt, String limits) {

        /**
         * Covers going past every one of these limits: those the manager was asked about.
         */
        boolean covers(java.util.List<Refusal> pastLimits) {
            if (limits == null) {
                return true;
            }
            var approved = java.util.Set.of(limits.split(","));
            return pastLimits.stream().allMatch(r -> approved.contains(r.limit().name()));
        }
    }

}

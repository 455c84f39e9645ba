package com.headroom.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Templates and their statistics in SQL. */
@Component
class TemplateStore {

    private static final String COLUMNS = "id, team_id, kind, name, subject, body, archived, version";

    private final JdbcTemplate jdbc;

    TemplateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's templates and the shipped ones, shipped first, then by name. */
    List<Template> page(long teamId, boolean includeArchived, int offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM outreach_template WHERE (team_id = ? OR team_id IS NULL)"
                        + (includeArchived ? "" : " AND archived = FALSE")
                        + " ORDER BY CASE WHEN team_id IS NULL THEN 0 ELSE 1 END, name, id LIMIT ? OFFSET ?",
                TemplateStore::row, teamId, limit, offset);
    }

    int count(long teamId, boolean includeArchived) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_template WHERE (team_id = ? OR team_id IS"
                + " NULL)" + (includeArchived ? "" : " AND archived = FALSE"), Integer.class, teamId);
        return count == null ? 0 : count;
    }

    List<Template> choices(long teamId, TemplateKind kind) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM outreach_template WHERE (team_id = ? OR team_id IS NULL)"
                        + " AND kind = ? AND archived = FALSE ORDER BY name, id LIMIT 200",
                TemplateStore::row, teamId, kind.name());
    }

    Optional<Template> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outreach_template WHERE id = ?", TemplateStore::row, id)
            .stream()
            .findFirst();
    }

    Optional<Long> createdBy(long id) {
        return jdbc.query("SELECT created_by FROM outreach_template WHERE id = ?", (rs, n) -> {
            long by = rs.getLong(1);
            return rs.wasNull() ? null : by;
        }, id).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    boolean nameTaken(long teamId, String name, Long exceptId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_template WHERE (team_id = ? OR team_id IS"
                        + " NULL) AND LOWER(name) = LOWER(?) AND id <> ?",
                Integer.class, teamId, name, exceptId == null ? -1L : exceptId);
        return count != null && count > 0;
    }

    long create(long teamId, TemplateDraft draft, long authorId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO outreach_template (team_id, kind, name, subject, body,"
                    + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setLong(1, teamId);
            ps.setString(2, draft.kind().name());
            ps.setString(3, draft.name().strip());
            ps.setString(4, blankToNull(draft.subject()));
            ps.setString(5, draft.body().strip());
            ps.setLong(6, authorId);
            ps.setTimestamp(7, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Saves only over the version the rep started from: two editors never overwrite each
     * other.
     */
    boolean update(long id, long version, TemplateDraft draft) {
        return jdbc.update(
                "UPDATE outreach_template SET kind = ?, name = ?, subject = ?, body = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ? AND team_id IS NOT NULL",
                draft.kind().name(), draft.name().strip(), blankToNull(draft.subject()), draft.body().strip(), id,
                version) == 1;
    }

    void archive(long id, boolean archived) {
        jdbc.update("UPDATE outreach_template SET archived = ?, version = version + 1 WHERE id = ?", archived, id);
    }

    /**
     * Per template of the team's outreach: sent, accepted (invitations and InMails),
     * replied (a reply from the same person afterwards), and successes as a comparison
     * weighs them. Undone entries count for nothing.
     */
    /**
     * Per template: sent, accepted, replied; by the whole team, or by one member when
     * given.
     */
    List<TemplateStats> stats(long teamId, Long memberId) {
        String notUndone = " AND NOT EXISTS (SELECT 1 FROM outreach_entry u WHERE u.type = 'REVERSAL' AND u.relates_to = %s.id)";
        String accepted = "EXISTS (SELECT 1 FROM outreach_entry a WHERE a.relates_to = s.id AND a.type IN"
                + " ('INVITATION_ACCEPTED', 'INMAIL_ACCEPTED')" + notUndone.formatted("a") + ")";
        String replied = "EXISTS (SELECT 1 FROM outreach_entry r WHERE r.prospect_id = s.prospect_id AND r.member_id ="
                + " s.member_id AND r.type IN ('MESSAGE_REPLIED', 'INMAIL_REPLIED') AND r.occurred_at >= s.occurred_at"
                + notUndone.formatted("r") + ")";
        return jdbc.query("SELECT t.id, t.name, t.kind, COUNT(s.id)," + " SUM(CASE WHEN " + accepted
                + " THEN 1 ELSE 0 END)," + " SUM(CASE WHEN " + replied + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN (t.kind = 'CONNECTION_NOTE' AND " + accepted + ") OR (t.kind <> 'CONNECTION_NOTE'"
                + " AND (" + accepted + " OR " + replied + ")) THEN 1 ELSE 0 END)"
                + " FROM outreach_template t JOIN outreach_entry s ON s.template_id = t.id AND s.team_id = ?"
                + " AND s.type IN ('INVITATION_SENT', 'MESSAGE_SENT', 'INMAIL_SENT')" + notUndone.formatted("s")
                + (memberId == null ? "" : " AND s.member_id = ?")
                + " WHERE t.team_id = ? OR t.team_id IS NULL GROUP BY t.id, t.name, t.kind",
                (rs, n) -> new TemplateStats(rs.getLong(1), rs.getString(2), TemplateKind.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                memberId == null ? new Object[] { teamId, teamId } : new Object[] { teamId, memberId, teamId });
    }

    private static Template row(ResultSet rs, int n) throws SQLException {
        long team = rs.getLong(2);
        Long teamId = rs.wasNull() ? null : team;
        return new Template(rs.getLong(1), teamId, TemplateKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), teamId == null, rs.getBoolean(7), rs.getLong(8));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}

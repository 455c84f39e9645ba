package com.headroom.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * The ledger's SQL: append, read a member's ledger for the limits engine, a prospect's
 * history, and the per-member lock. Plain SQL that runs the same on MariaDB and H2.
 */
@Component
class OutreachStore {

    private final JdbcTemplate jdbc;

    private final SimpleJdbcInsert insertEntry;

    OutreachStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insertEntry = new SimpleJdbcInsert(jdbc).withTableName("outreach_entry").usingGeneratedKeyColumns("id");
    }

    /**
     * Takes the member's lock row, creating it the first time, and holds it until the
     * transaction ends: every write to a member's ledger goes through here, so that two
     * requests never both use the last of a limit.
     */
    void lockMember(long memberId) {
        jdbc.update("INSERT INTO outreach_account (member_id, writes) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE writes = writes + 1", memberId);
    }

    /**
     * A new ledger line; the text (note, subject, message) is kept apart so that erasure
     * can drop it.
     */
    long append(NewEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put("team_id", entry.teamId());
        row.put("member_id", entry.memberId());
        row.put("prospect_id", entry.prospectId());
        row.put("type", entry.type().name());
        row.put("occurred_at", Timestamp.from(entry.occurredAt()));
        row.put("logged_at", Timestamp.from(entry.loggedAt()));
        row.put("logged_by", entry.loggedBy());
        row.put("with_note", entry.withNote());
        row.put("template_id", entry.templateId());
        row.put("relates_to", entry.relatesTo());
        row.put("restriction_ends_at",
                entry.restrictionEndsAt() == null ? null : Timestamp.from(entry.restrictionEndsAt()));
        row.put("credits", entry.credits());
        row.put("override_id", entry.overrideId());
        row.put("idempotency_key", entry.idempotencyKey());
        row.put("past_limits", entry.pastLimits());
        row.put("past_limit_sentence", entry.pastLimitSentence());
        row.put("past_limit_reason", entry.pastLimitReason());
        long id = insertEntry.executeAndReturnKey(row).longValue();
        // Every write raises the member's count, which tells readers of the digests they
        // are stale.
        jdbc.update("UPDATE outreach_account SET writes = writes + 1 WHERE member_id = ?", entry.memberId());
        boolean hasText = (entry.subject() != null && !entry.subject().isEmpty())
                || (entry.text() != null && !entry.text().isEmpty());
        if (hasText && entry.prospectId() != null) {
            jdbc.update("INSERT INTO outreach_text (entry_id, prospect_id, subject, body) VALUES (?, ?, ?, ?)", id,
                    entry.prospectId(), entry.subject(), entry.text());
        }
        return id;
    }

    /**
     * An entry the member already logged under this key (a double click, a retried
     * request).
     */
    Optional<Long> entryWithKey(long memberId, String idempotencyKey) {
        return jdbc
            .query("SELECT id FROM outreach_entry WHERE member_id = ? AND idempotency_key = ?",
                    (rs, n) -> rs.getLong(1), memberId, idempotencyKey)
            .stream()
            .findFirst();
    }

    /** Everything in a member's ledger, in time order, as the limits engine reads it. */
    List<LedgerEntry> ledger(long memberId) {
        return jdbc.query(LEDGER_SELECT + " WHERE member_id = ? ORDER BY occurred_at, id", OutreachStore::ledgerEntry,
                memberId);
    }

    /**
     * One ledger line as the limits engine reads it, just as {@link #ledger} gives it.
     */
    Optional<LedgerEntry> ledgerLine(long id) {
        return jdbc.query(LEDGER_SELECT + " WHERE id = ?", OutreachStore::ledgerEntry, id).stream().findFirst();
    }

    private static final String LEDGER_SELECT = "SELECT id, prospect_id, type, occurred_at, with_note, relates_to,"
            + " restriction_ends_at, credits, past_limits, override_id FROM outreach_entry";

    private static LedgerEntry ledgerEntry(ResultSet rs, int row) throws SQLException {
        Timestamp ends = rs.getTimestamp(7);
        long relates = rs.getLong(6);
        Long relatesTo = rs.wasNull() ? null : relates;
        String pastLimits = rs.getString(9);
        rs.getLong(10);
        boolean approved = !rs.wasNull();
        return new LedgerEntry(rs.getLong(1), rs.getLong(2), OutreachType.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getBoolean(5), relatesTo, ends == null ? null : ends.toInstant(),
                rs.getInt(8), pastLimits, approved);
    }

    /** One entry with what the member wrote, if it is theirs. */
    Optional<StoredEntry> entry(long id) {
        return jdbc.query(ENTRY_SELECT + " WHERE e.id = ?", OutreachStore::stored, id).stream().findFirst();
    }

    /** A prospect's outreach by everyone in the team, newest first. */
    List<StoredEntry> prospectEntries(long prospectId, int limit) {
        return jdbc.query(ENTRY_SELECT + " WHERE e.prospect_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
                OutreachStore::stored, prospectId, limit);
    }

    /**
     * What the teams' reps logged past a limit since an instant, newest first (undone
     * entries included: the view says so).
     */
    List<StoredEntry> pastLimit(Collection<Long> teamIds, Instant since, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(teamIds.size(), "?"));
        var args = new ArrayList<Object>(teamIds);
        args.add(Timestamp.from(since));
        args.add(limit);
        return jdbc.query(
                ENTRY_SELECT + " WHERE e.team_id IN (" + marks + ") AND e.past_limits IS NOT NULL"
                        + " AND e.occurred_at >= ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
                OutreachStore::stored, args.toArray());
    }

    /**
     * For queries over {@code outreach_entry}: leaves out entries a later one reverses.
     */
    private static final String NOT_UNDONE = " AND NOT EXISTS (SELECT 1 FROM outreach_entry r WHERE r.relates_to ="
            + " outreach_entry.id AND r.type = 'REVERSAL')";

    int countPastLimit(Collection<Long> teamIds, Instant since) {
        if (teamIds.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(teamIds.size(), "?"));
        var args = new ArrayList<Object>(teamIds);
        args.add(Timestamp.from(since));
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_entry WHERE team_id IN (" + marks + ")"
                        + " AND past_limits IS NOT NULL AND occurred_at >= ?" + NOT_UNDONE,
                Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * When anyone last logged outreach on a prospect: what its "last activity" is made
     * of.
     */
    Optional<Instant> latestEntryAt(long prospectId) {
        Timestamp at = jdbc.queryForObject("SELECT MAX(occurred_at) FROM outreach_entry WHERE prospect_id = ?"
                + " AND type <> 'REVERSAL'" + NOT_UNDONE, Timestamp.class, prospectId);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }

    /** Which of these entries a later entry reverses. */
    Set<Long> reversed(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(entryIds.size(), "?"));
        return new HashSet<>(jdbc.query(
                "SELECT relates_to FROM outreach_entry WHERE type = 'REVERSAL'" + " AND relates_to IN (" + marks + ")",
                (rs, n) -> rs.getLong(1), entryIds.toArray()));
    }

    private static final String ENTRY_SELECT = "SELECT e.id, e.member_id, e.prospect_id, e.type, e.occurred_at,"
            + " e.logged_at, e.with_note, e.template_id, t.name, e.relates_to, e.override_id, o.reason, x.subject,"
            + " x.body, e.credits, e.team_id, e.restriction_ends_at, e.past_limits, e.past_limit_sentence,"
            + " e.past_limit_reason, o.decided_by"
            + " FROM outreach_entry e LEFT JOIN outreach_template t ON t.id = e.template_id"
            + " LEFT JOIN limit_override o ON o.id = e.override_id LEFT JOIN outreach_text x ON x.entry_id = e.id";

    private static StoredEntry stored(ResultSet rs, int n) throws SQLException {
        long prospect = rs.getLong(3);
        Long prospectId = rs.wasNull() ? null : prospect;
        long template = rs.getLong(8);
        Long templateId = rs.wasNull() ? null : template;
        long relates = rs.getLong(10);
        Long relatesTo = rs.wasNull() ? null : relates;
        long override = rs.getLong(11);
        Long overrideId = rs.wasNull() ? null : override;
        Timestamp ends = rs.getTimestamp(17);
        long approver = rs.getLong(21);
        Long approvedBy = rs.wasNull() ? null : approver;
        return new StoredEntry(rs.getLong(1), rs.getLong(16), rs.getLong(2), prospectId,
                OutreachType.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7), templateId, rs.getString(9), relatesTo, overrideId, rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getInt(15), ends == null ? null : ends.toInstant(),
                rs.getString(18), rs.getString(19), rs.getString(20), approvedBy);
    }

    // ---- Withdraw reminders. ----

    Set<Long> remindedInvitations(long memberId) {
        return new HashSet<>(jdbc.query("SELECT invitation_entry_id FROM withdraw_reminder WHERE member_id = ?",
                (rs, n) -> rs.getLong(1), memberId));
    }

    void remind(long invitationEntryId, long memberId, long prospectId, Instant dueSince) {
        jdbc.update(
                "INSERT INTO withdraw_reminder (invitation_entry_id, member_id, prospect_id, due_since)"
                        + " VALUES (?, ?, ?, ?)",
                invitationEntryId, memberId, prospectId == 0 ? null : prospectId, Timestamp.from(dueSince));
    }

    /**
     * When the reminder job flagged each of the member's invitations, by invitation
     * entry.
     */
    Map<Long, Instant> reminders(long memberId) {
        Map<Long, Instant> reminders = new HashMap<>();
        jdbc.query("SELECT invitation_entry_id, due_since FROM withdraw_reminder WHERE member_id = ?", rs -> {
            reminders.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }, memberId);
        return reminders;
    }

    /** Keys of the member's entries of one type: what a job already wrote. */
    Set<String> keys(long memberId, OutreachType type) {
        return new HashSet<>(jdbc.query("SELECT idempotency_key FROM outreach_entry WHERE member_id = ? AND type = ?",
                (rs, n) -> rs.getString(1), memberId, type.name()));
    }

    /**
     * A line to append.
     *
     * @param loggedBy null when a scheduled job writes it
     */
    record NewEntry(long teamId, long memberId, Long prospectId, OutreachType type, Instant occurredAt,
            Instant loggedAt, Long loggedBy, boolean withNote, Long templateId, Long relatesTo,
            Instant restrictionEndsAt, int credits, Long overrideId, String idempotencyKey, String subject, String text,
            String pastLimits, String pastLimitSentence, String pastLimitReason) {

        /** A line within every limit. */
        NewEntry(long teamId, long memberId, Long prospectId, OutreachType type, Instant occurredAt, Instant loggedAt,
                Long loggedBy, boolean withNote, Long templateId, Long relatesTo, Instant restrictionEndsAt,
                int credits, Long overrideId, String idempotencyKey, String subject, String text) {
            this(teamId, memberId, prospectId, type, occurredAt, loggedAt, loggedBy, withNote, templateId, relatesTo,
                    restrictionEndsAt, credits, overrideId, idempotencyKey, subject, text, null, null, null);
        }

        /** A line written by a job about the member's credits. */
        static NewEntry system(long teamId, long memberId, OutreachType type, Instant at, Instant now, int credits,
                Long relatesTo, String key) {
            return new NewEntry(teamId, memberId, null, type, at, now, null, false, null, relatesTo, null, credits,
                    null, key, null, null);
        }
    }

    /**
     * A ledger line as stored, with its text, template and override.
     *
     * @param approvedBy the manager whose approval it used, if it went past a limit with
     * one
     */
    record StoredEntry(long id, long teamId, long memberId, Long prospectId, OutreachType type, Instant occurredAt,
            Instant loggedAt, boolean withNote, Long templateId, String templateName, Long relatesTo, Long overrideId,
            String overrideReason, String subject, String text, int credits, Instant restrictionEndsAt,
            String pastLimits, String pastLimitSentence, String pastLimitReason, Long approvedBy) {
    }

}

package com.headroom.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the ledger's digests: each member's working set and their figures per day.
 * Plain SQL that runs the same on MariaDB and H2.
 */
@Component
class DigestStore {

    private final JdbcTemplate jdbc;

    DigestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- Working sets. ----

    /** A stored working set's entries and the instant they were built at. */
    record StoredSet(long memberId, Instant builtAt, byte[] entries) {
    }

    /** The stored entries of these members' working sets. */
    Map<Long, StoredSet> workingSetEntries(Collection<Long> memberIds) {
        Map<Long, StoredSet> sets = new HashMap<>();
        if (memberIds.isEmpty()) {
            return sets;
        }
        String marks = String.join(",", Collections.nCopies(memberIds.size(), "?"));
        jdbc.query("SELECT member_id, built_at, entries FROM outreach_working_set WHERE member_id IN (" + marks + ")",
                rs -> {
                    sets.put(rs.getLong(1),
                            new StoredSet(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)));
                }, memberIds.toArray());
        return sets;
    }

    /**
     * A stored working set's version, without its entries: the write count and instant it
     * was built at, and whether it still holds (built at the member's current write
     * count, which every ledger write raises, on any node).
     */
    record SetVersion(long memberId, boolean current, long writes, Instant builtAt, Instant lastActivityAt) {
    }

    Map<Long, SetVersion> setVersions(Collection<Long> memberIds) {
        Map<Long, SetVersion> versions = new HashMap<>();
        if (memberIds.isEmpty()) {
            return versions;
        }
        String marks = String.join(",", Collections.nCopies(memberIds.size(), "?"));
        jdbc.query("SELECT w.member_id, w.writes, a.writes, w.built_at, w.last_activity_at"
                + " FROM outreach_working_set w LEFT JOIN outreach_account a ON a.member_id = w.member_id"
                + " WHERE w.member_id IN (" + marks + ")", rs -> {
                    long writes = rs.getLong(3);
                    boolean current = (rs.wasNull() ? 0 : writes) == rs.getLong(2);
                    Timestamp last = rs.getTimestamp(5);
                    versions.put(rs.getLong(1), new SetVersion(rs.getLong(1), current, rs.getLong(2),
                            rs.getTimestamp(4).toInstant(), last == null ? null : last.toInstant()));
                }, memberIds.toArray());
        return versions;
    }

    /**
     * Of these members, those whose digests were not built at their current write count
     * (or never built), read without the working sets themselves.
     */
    java.util.Set<Long> stale(Collection<Long> memberIds) {
        java.util.Set<Long> stale = new java.util.HashSet<>(memberIds);
        if (memberIds.isEmpty()) {
            return stale;
        }
        String marks = String.join(",", Collections.nCopies(memberIds.size(), "?"));
        jdbc.query(
                "SELECT w.member_id FROM outreach_working_set w LEFT JOIN outreach_account a ON a.member_id ="
                        + " w.member_id WHERE COALESCE(a.writes, 0) = w.writes AND w.member_id IN (" + marks + ")",
                rs -> {
                    stale.remove(rs.getLong(1));
                }, memberIds.toArray());
        return stale;
    }

    /**
     * The member's write count now: what a working set built from the ledger read now is
     * good for.
     */
    long writes(long memberId) {
        var writes = jdbc.queryForList("SELECT writes FROM outreach_account WHERE member_id = ?", Long.class, memberId);
        return writes.isEmpty() ? 0 : writes.getFirst();
    }

    void saveWorkingSet(long memberId, long writes, Instant builtAt, Instant lastActivityAt, byte[] entries) {
        Timestamp last = lastActivityAt == null ? null : Timestamp.from(lastActivityAt);
        int updated = jdbc.update("UPDATE outreach_working_set SET writes = ?, built_at = ?, last_activity_at = ?,"
                + " entries = ? WHERE member_id = ?", writes, Timestamp.from(builtAt), last, entries, memberId);
        if (updated == 0) {
            jdbc.update("INSERT INTO outreach_working_set (member_id, writes, built_at, last_activity_at, entries)"
                    + " VALUES (?, ?, ?, ?, ?)", memberId, writes, Timestamp.from(builtAt), last, entries);
        }
    }

    /**
     * Every member's working set goes stale: erasing a person changes ledgers without
     * writing to them.
     */
    void staleAll() {
        jdbc.update("UPDATE outreach_account SET writes = writes + 1");
    }

    // ---- Figures per day. ----

    List<MemberDay> days(long memberId) {
        return jdbc.query(DAY_SELECT + " WHERE member_id = ? ORDER BY on_day", DigestStore::day, memberId);
    }

    /** The days of these members from one day to another (both included). */
    List<MemberDay> days(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(memberIds.size(), "?"));
        List<Object> args = new ArrayList<>(memberIds);
        args.add(java.sql.Date.valueOf(from));
        args.add(java.sql.Date.valueOf(to));
        return jdbc.query(DAY_SELECT + " WHERE member_id IN (" + marks + ") AND on_day >= ? AND on_day <= ?"
                + " ORDER BY member_id, on_day", DigestStore::day, args.toArray());
    }

    /**
     * The zone each member's days were counted in (members with no days are left out).
     */
    Map<Long, String> dayZones(Collection<Long> memberIds) {
        Map<Long, String> zones = new HashMap<>();
        if (memberIds.isEmpty()) {
            return zones;
        }
        String marks = String.join(",", Collections.nCopies(memberIds.size(), "?"));
        jdbc.query("SELECT member_id, MIN(zone), MAX(zone) FROM outreach_member_day WHERE member_id IN (" + marks
                + ") GROUP BY member_id", rs -> {
                    // Two zones in one member's rows: a change half written over; read as
                    // stale.
                    zones.put(rs.getLong(1), rs.getString(2).equals(rs.getString(3)) ? rs.getString(2) : "");
                }, memberIds.toArray());
        return zones;
    }

    void replaceDays(long memberId, List<MemberDay> changed, List<LocalDate> gone) {
        for (var day : gone) {
            jdbc.update("DELETE FROM outreach_member_day WHERE member_id = ? AND on_day = ?", memberId,
                    java.sql.Date.valueOf(day));
        }
        for (var d : changed) {
            jdbc.update("DELETE FROM outreach_member_day WHERE member_id = ? AND on_day = ?", memberId,
                    java.sql.Date.valueOf(d.day()));
        }
        jdbc.batchUpdate("INSERT INTO outreach_member_day (member_id, on_day, team_id, zone, invitations, accepted,"
                + " decided, decided_accepted, messages, replies, inmails, inmails_answered, credits_granted,"
                + " credits_refunded, credits_expired, past_limit, emails_sent, email_replies, email_bounces, accept_days,"
                + " reply_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                changed.stream()
                    .map(d -> new Object[] { memberId, java.sql.Date.valueOf(d.day()), d.teamId(), d.zone(),
                            d.invitations(), d.accepted(), d.decided(), d.decidedAccepted(), d.messages(), d.replies(),
                            d.inMails(), d.inMailsAnswered(), d.creditsGranted(), d.creditsRefunded(),
                            d.creditsExpired(), d.pastLimit(), d.emailsSent(), d.emailReplies(), d.emailBounces(),
                            MemberDay.joined(d.acceptDays()), MemberDay.joined(d.replyDays()) })
                    .toList());
    }

    private static final String DAY_SELECT = "SELECT member_id, on_day, team_id, zone, invitations, accepted, decided,"
            + " decided_accepted, messages, replies, inmails, inmails_answered, credits_granted, credits_refunded,"
            + " credits_expired, past_limit, emails_sent, email_replies, email_bounces, accept_days, reply_days"
            + " FROM outreach_member_day";

    private static MemberDay day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MemberDay(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getInt(19),
                MemberDay.split(rs.getString(20)), MemberDay.split(rs.getString(21)));
    }

}

package com.headroom.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The playbook's SQL: where lately invited people are (for the targeting factor), whom a
 * member is warming up, and the keep-in-touch list's settings and marks.
 */
@Component
class PlaybookStore {

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    PlaybookStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * The location and industry of everyone the member invited since an instant, undone
     * invitations included (the engine leaves them out; a few extra rows cost nothing).
     */
    Map<Long, ProspectPlace> invitedPlaces(long memberId, Instant since) {
        // One member: one statement, the member's invitations by the index that holds
        // their people, then each person by id (every logged action reads this; 2,000
        // ids bound into lists cost more than the join).
        Map<Long, ProspectPlace> places = new HashMap<>();
        jdbc.query("SELECT p.id, p.location, p.industry FROM outreach_entry e JOIN prospect p ON p.id = e.prospect_id"
                + " WHERE e.member_id = ? AND e.type = 'INVITATION_SENT' AND e.occurred_at > ?", rs -> {
                    places.put(rs.getLong(1), new ProspectPlace(rs.getString(2), rs.getString(3)));
                }, memberId, Timestamp.from(since));
        return places;
    }

    /**
     * The same for several members at once (a team's overview), by member. Two reads, so
     * that each uses its index: the invitations through the members' ledger index, then
     * the people by id (joined in one statement, MariaDB scans every prospect instead).
     */
    Map<Long, Map<Long, ProspectPlace>> invitedPlaces(Collection<Long> memberIds, Instant since) {
        Map<Long, Map<Long, ProspectPlace>> byMember = new HashMap<>();
        if (memberIds.isEmpty()) {
            return byMember;
        }
        Map<Long, java.util.Set<Long>> invited = new HashMap<>();
        named.query(
                "SELECT member_id, prospect_id FROM outreach_entry WHERE member_id IN (:members)"
                        + " AND occurred_at > :since AND type = 'INVITATION_SENT'",
                new MapSqlParameterSource("members", memberIds).addValue("since", Timestamp.from(since)), rs -> {
                    invited.computeIfAbsent(rs.getLong(1), m -> new java.util.HashSet<>()).add(rs.getLong(2));
                });
        var people = new java.util.HashSet<Long>();
        invited.values().forEach(people::addAll);
        Map<Long, ProspectPlace> places = new HashMap<>();
        var ids = List.copyOf(people);
        for (int from = 0; from < ids.size(); from += 1000) {
            named.query("SELECT id, location, industry FROM prospect WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 1000))), rs -> {
                        places.put(rs.getLong(1), new ProspectPlace(rs.getString(2), rs.getString(3)));
                    });
        }
        invited.forEach((member, prospects) -> {
            Map<Long, ProspectPlace> theirs = new HashMap<>();
            prospects.stream().filter(places::containsKey).forEach(id -> theirs.put(id, places.get(id)));
            byMember.put(member, theirs);
        });
        return byMember;
    }

    /**
     * A prospect the member may warm up: planned for an invitation, and how good a fit.
     */
    record Planned(long prospectId, int icpFit) {
    }

    /**
     * The member's own prospects planned for an invitation (researched or engaged, not on
     * the do-not-contact list), best fit first.
     */
    List<Planned> plannedForInvitation(long teamId, long ownerId, int limit) {
        return jdbc.query(
                "SELECT id, COALESCE(icp_fit, 0) FROM prospect WHERE team_id = ? AND owner_id = ?"
                        + " AND stage IN ('RESEARCHED', 'ENGAGED') AND do_not_contact = FALSE"
                        + " ORDER BY COALESCE(icp_fit, 0) DESC, last_activity_at, id LIMIT ?",
                (rs, n) -> new Planned(rs.getLong(1), rs.getInt(2)), teamId, ownerId, limit);
    }

    /** A connected prospect the member owns: the keep-in-touch list's first source. */
    record Connected(long prospectId, String profileKeyHash, Instant lastActivityAt) {
    }

    List<Connected> connectedProspects(long teamId, long ownerId) {
        return jdbc.query(
                "SELECT id, profile_key_hash, last_activity_at FROM prospect"
                        + " WHERE team_id = ? AND owner_id = ? AND do_not_contact = FALSE"
                        + " AND stage IN ('CONNECTED', 'CONVERSATION', 'MEETING', 'OPPORTUNITY', 'WON')",
                (rs, n) -> new Connected(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), teamId,
                ownerId);
    }

    /** After how many days without an exchange the member wants to hear about someone. */
    Optional<Integer> keepInTouchDays(long memberId) {
        return jdbc
            .query("SELECT after_days FROM keep_in_touch_setting WHERE member_id = ?", (rs, n) -> rs.getInt(1),
                    memberId)
            .stream()
            .findFirst();
    }

    void setKeepInTouchDays(long memberId, int days) {
        if (jdbc.update("UPDATE keep_in_touch_setting SET after_days = ? WHERE member_id = ?", days, memberId) == 0) {
            jdbc.update("INSERT INTO keep_in_touch_setting (member_id, after_days) VALUES (?, ?)", memberId, days);
        }
    }

    /** What the member said about one person on the list. */
    record Mark(Instant markedAt, Optional<Instant> snoozedUntil, Optional<Instant> talkedAt) {
    }

    Map<String, Mark> marks(long memberId) {
        Map<String, Mark> marks = new HashMap<>();
        jdbc.query("SELECT person_key, marked_at, snoozed_until, talked_at FROM keep_in_touch_mark WHERE member_id = ?",
                rs -> {
                    Timestamp snoozed = rs.getTimestamp(3);
                    Timestamp talked = rs.getTimestamp(4);
                    marks.put(rs.getString(1),
                            new Mark(rs.getTimestamp(2).toInstant(),
                                    Optional.ofNullable(snoozed).map(Timestamp::toInstant),
                                    Optional.ofNullable(talked).map(Timestamp::toInstant)));
                }, memberId);
        return marks;
    }

    /** "Not now": off the list until the instant; an earlier "we talked" stays. */
    void snooze(long memberId, String personKey, Instant now, Instant until) {
        if (jdbc.update(
                "UPDATE keep_in_touch_mark SET marked_at = ?, snoozed_until = ? WHERE member_id = ?"
                        + " AND person_key = ?",
                Timestamp.from(now), Timestamp.from(until), memberId, personKey) == 0) {
            jdbc.update("INSERT INTO keep_in_touch_mark (member_id, person_key, marked_at, snoozed_until)"
                    + " VALUES (?, ?, ?, ?)", memberId, personKey, Timestamp.from(now), Timestamp.from(until));
        }
    }

    /** "We talked", for someone whose exchanges the ledger cannot hold. */
    void talked(long memberId, String personKey, Instant now) {
        if (jdbc.update(
                "UPDATE keep_in_touch_mark SET marked_at = ?, talked_at = ?, snoozed_until = NULL"
                        + " WHERE member_id = ? AND person_key = ?",
                Timestamp.from(now), Timestamp.from(now), memberId, personKey) == 0) {
            jdbc.update("INSERT INTO keep_in_touch_mark (member_id, person_key, marked_at, talked_at)"
                    + " VALUES (?, ?, ?, ?)", memberId, personKey, Timestamp.from(now), Timestamp.from(now));
        }
    }

    /**
     * What warmed-against-cold needs of several members' ledgers, from an instant on:
     * invitations, their outcomes, engagement and reversals, in time order, by member.
     * One read through the members' ledger index instead of every member's whole ledger.
     */
    Map<Long, List<LedgerEntry>> warmUpEntriesSince(Collection<Long> memberIds, Instant since) {
        Map<Long, List<LedgerEntry>> byMember = new HashMap<>();
        if (memberIds.isEmpty()) {
            return byMember;
        }
        var params = new MapSqlParameterSource("members", memberIds).addValue("since", Timestamp.from(since))
            .addValue("types", WARM_UP_TYPES);
        named.query("SELECT member_id, id, prospect_id, type, occurred_at, relates_to FROM outreach_entry"
                + " WHERE member_id IN (:members) AND occurred_at >= :since AND type IN (:types)"
                + " ORDER BY member_id, occurred_at, id", params, rs -> {
                    long relates = rs.getLong(6);
                    Long relatesTo = rs.wasNull() ? null : relates;
                    byMember.computeIfAbsent(rs.getLong(1), m -> new java.util.ArrayList<>())
                        .add(new LedgerEntry(rs.getLong(2), rs.getLong(3), OutreachType.valueOf(rs.getString(4)),
                                rs.getTimestamp(5).toInstant(), false, relatesTo, null, 0));
                });
        return byMember;
    }

    private static final List<String> WARM_UP_TYPES = List.of(OutreachType.INVITATION_SENT.name(),
            OutreachType.INVITATION_ACCEPTED.name(), OutreachType.INVITATION_DECLINED.name(),
            OutreachType.INVITATION_WITHDRAWN.name(), OutreachType.INVITATION_EXPIRED.name(),
            OutreachType.PROFILE_VIEWED.name(), OutreachType.POST_ENGAGED.name(), OutreachType.REVERSAL.name());

}

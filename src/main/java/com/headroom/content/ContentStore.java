package com.headroom.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The planner's SQL, the same on MariaDB and H2. */
@Component
class ContentStore {

    private static final String ITEM_COLUMNS = "i.id, i.team_id, i.author_id, i.type, i.topic_id, t.name, i.status,"
            + " i.planned_at, i.title, i.body, i.hashtags, i.published_url, i.published_at, i.review_comment,"
            + " i.reviewed_by, i.version";

    private static final String ITEM_FROM = " FROM content_item i LEFT JOIN content_topic t ON t.id = i.topic_id";

    private final JdbcTemplate jdbc;

    ContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- Items. ----

    long insert(long teamId, long authorId, ContentStatus status, ContentDraft draft, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO content_item (team_id, author_id, type, topic_id, status,"
                    + " planned_at, title, body, hashtags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)", new String[] { "id" });
            ps.setLong(1, teamId);
            ps.setLong(2, authorId);
            ps.setString(3, draft.type().name());
            ps.setObject(4, draft.topicId());
            ps.setString(5, status.name());
            ps.setTimestamp(6, draft.plannedAt() == null ? null : Timestamp.from(draft.plannedAt()));
            ps.setString(7, draft.title().strip());
            ps.setString(8, draft.body());
            ps.setString(9, draft.hashtags());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setTimestamp(11, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Saves over the version the author started from: two editors never overwrite each
     * other.
     */
    boolean update(long id, long version, ContentStatus status, ContentDraft draft, Instant now) {
        return jdbc.update(
                "UPDATE content_item SET type = ?, topic_id = ?, status = ?, planned_at = ?, title = ?,"
                        + " body = ?, hashtags = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                draft.type().name(), draft.topicId(), status.name(),
                draft.plannedAt() == null ? null : Timestamp.from(draft.plannedAt()), draft.title().strip(),
                draft.body(), draft.hashtags(), Timestamp.from(now), id, version) == 1;
    }

    boolean move(long id, long version, Instant plannedAt, Instant now) {
        return jdbc.update(
                "UPDATE content_item SET planned_at = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?",
                Timestamp.from(plannedAt), Timestamp.from(now), id, version) == 1;
    }

    /**
     * Moves an item along its way, from the status it is in only (a double click changes
     * it once).
     */
    boolean changeStatus(long id, ContentStatus from, ContentStatus to, String reviewComment, Long reviewedBy,
            Instant now) {
        return jdbc.update(
                "UPDATE content_item SET status = ?, review_comment = ?, reviewed_by = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND status = ?",
                to.name(), reviewComment, reviewedBy, Timestamp.from(now), id, from.name()) == 1;
    }

    boolean publish(long id, String url, Instant publishedAt, Instant now) {
        return jdbc.update(
                "UPDATE content_item SET status = 'PUBLISHED', published_url = ?, published_at = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ? AND status = 'SCHEDULED'",
                url, Timestamp.from(publishedAt), Timestamp.from(now), id) == 1;
    }

    Optional<Row> find(long id) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE i.id = ?", ContentStore::row, id)
            .stream()
            .findFirst();
    }

    List<Row> page(ContentFilter filter, int offset, int limit) {
        var where = where(filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE " + where.sql()
                + " ORDER BY CASE WHEN i.planned_at IS NULL THEN 1 ELSE 0 END, i.planned_at DESC, i.id DESC"
                + " LIMIT ? OFFSET ?", ContentStore::row, args.toArray());
    }

    int count(ContentFilter filter) {
        var where = where(filter);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM content_item i WHERE " + where.sql(), Integer.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    /**
     * The filtered items planned (or published) in [from, to): a calendar page, never the
     * whole table.
     */
    List<Row> between(ContentFilter filter, Instant from, Instant to) {
        var where = where(filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(Timestamp.from(from));
        args.add(Timestamp.from(to));
        return jdbc.query("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE " + where.sql()
                + " AND i.status <> 'ARCHIVED' AND COALESCE(i.published_at, i.planned_at) >= ?"
                + " AND COALESCE(i.published_at, i.planned_at) < ? ORDER BY COALESCE(i.published_at, i.planned_at),"
                + " i.id LIMIT 2000", ContentStore::row, args.toArray());
    }

    /** Items whose day came and went without them being published. */
    List<Row> overdue(long teamId, Instant before, Instant since) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE i.team_id = ? AND i.status IN ('DRAFT',"
                + " 'IN_REVIEW', 'SCHEDULED', 'IDEA') AND i.planned_at < ? AND i.planned_at >= ? ORDER BY i.planned_at"
                + " LIMIT 500", ContentStore::row, teamId, Timestamp.from(before), Timestamp.from(since));
    }

    /**
     * Published items of the team, newest first, for picking the post that brought a
     * request.
     */
    List<Row> recentlyPublished(long teamId, int limit) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE i.team_id = ? AND i.status = 'PUBLISHED'"
                + " ORDER BY i.published_at DESC, i.id DESC LIMIT ?", ContentStore::row, teamId, limit);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(ContentFilter f) {
        var sql = new StringBuilder("i.team_id = ?");
        List<Object> args = new ArrayList<>(List.of(f.teamId()));
        if (f.authorId() != null) {
            sql.append(" AND i.author_id = ?");
            args.add(f.authorId());
        }
        if (f.type() != null) {
            sql.append(" AND i.type = ?");
            args.add(f.type().name());
        }
        if (f.status() != null) {
            sql.append(" AND i.status = ?");
            args.add(f.status().name());
        }
        else {
            sql.append(" AND i.status <> 'ARCHIVED'");
        }
        if (f.topicId() != null) {
            sql.append(" AND i.topic_id = ?");
            args.add(f.topicId());
        }
        return new Where(sql.toString(), args);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long topic = rs.getLong(5);
        Long topicId = rs.wasNull() ? null : topic;
        long reviewer = rs.getLong(15);
        Long reviewedBy = rs.wasNull() ? null : reviewer;
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), ContentType.valueOf(rs.getString(4)), topicId,
                rs.getString(6), ContentStatus.valueOf(rs.getString(7)), instant(rs.getTimestamp(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)), rs.getString(14),
                reviewedBy, rs.getLong(16));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record Row(long id, long teamId, long authorId, ContentType type, Long topicId, String topicName,
            ContentStatus status, Instant plannedAt, String title, String body, String hashtags, String publishedUrl,
            Instant publishedAt, String reviewComment, Long reviewedBy, long version) {
    }

    // ---- Performance. ----

    void insertSnapshot(long itemId, Snapshot s, Instant measuredAt, long loggedBy) {
        jdbc.update("INSERT INTO content_snapshot (item_id, measured_at, impressions, reactions, comments, reposts,"
                + " followers_gained, profile_views, inbound_requests, logged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                itemId, Timestamp.from(measuredAt), s.impressions(), s.reactions(), s.comments(), s.reposts(),
                s.followersGained(), s.profileViews(), s.inboundRequests(), loggedBy);
    }

    List<Snapshot> snapshots(long itemId) {
        return jdbc.query("SELECT measured_at, impressions, reactions, comments, reposts, followers_gained,"
                + " profile_views, inbound_requests FROM content_snapshot WHERE item_id = ? ORDER BY measured_at, id",
                ContentStore::snapshot, itemId);
    }

    private static Snapshot snapshot(ResultSet rs, int n) throws SQLException {
        return new Snapshot(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8));
    }

    /**
     * False when this person was already logged for this post. The unique key decides, so
     * two clicks at once still store one row.
     */
    boolean insertInbound(long itemId, long prospectId, long memberId, Instant at) {
        try {
            jdbc.update("INSERT INTO content_inbound_request (item_id, prospect_id, member_id, received_at) VALUES"
                    + " (?, ?, ?, ?)", itemId, prospectId, memberId, Timestamp.from(at));
            return true;
        }
        catch (DuplicateKeyException alreadyLogged) {
            return false;
        }
    }

    int inboundCount(long itemId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM content_inbound_request WHERE item_id = ?",
                Integer.class, itemId);
        return count == null ? 0 : count;
    }

    /** Titles of the posts a prospect sent a request after. */
    List<String> inboundFor(long prospectId) {
        return jdbc.query("SELECT i.title FROM content_inbound_request r JOIN content_item i ON i.id = r.item_id"
                + " WHERE r.prospect_id = ? ORDER BY r.received_at", (rs, n) -> rs.getString(1), prospectId);
    }

    /**
     * Each item published in [from, to) with its latest snapshot (if any) and the
     * requests logged one by one.
     */
    List<Published> published(long teamId, Instant from, Instant to) {
        Map<Long, Published> byItem = new HashMap<>();
        List<Published> items = new ArrayList<>();
        jdbc.query("SELECT i.id, i.type, t.name, i.author_id FROM content_item i LEFT JOIN content_topic t"
                + " ON t.id = i.topic_id WHERE i.team_id = ? AND i.status = 'PUBLISHED' AND i.published_at >= ?"
                + " AND i.published_at < ? ORDER BY i.published_at, i.id", rs -> {
                    var p = new Published(rs.getLong(1), ContentType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getLong(4), new Snapshot[1], new int[1]);
                    byItem.put(p.id(), p);
                    items.add(p);
                }, teamId, Timestamp.from(from), Timestamp.from(to));
        if (items.isEmpty()) {
            return items;
        }
        jdbc.query("SELECT s.item_id, s.measured_at, s.impressions, s.reactions, s.comments, s.reposts,"
                + " s.followers_gained, s.profile_views, s.inbound_requests FROM content_snapshot s JOIN content_item i"
                + " ON i.id = s.item_id WHERE i.team_id = ? AND i.status = 'PUBLISHED' AND i.published_at >= ?"
                + " AND i.published_at < ? ORDER BY s.item_id, s.measured_at, s.id", rs -> {
                    var p = byItem.get(rs.getLong(1));
                    if (p != null) {
                        p.latest()[0] = new Snapshot(rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9));
                    }
                }, teamId, Timestamp.from(from), Timestamp.from(to));
        jdbc.query("SELECT r.item_id, COUNT(*) FROM content_inbound_request r JOIN content_item i ON i.id = r.item_id"
                + " WHERE i.team_id = ? AND i.status = 'PUBLISHED' AND i.published_at >= ? AND i.published_at < ?"
                + " GROUP BY r.item_id", rs -> {
                    var p = byItem.get(rs.getLong(1));
                    if (p != null) {
                        p.loggedInbound()[0] = rs.getInt(2);
                    }
                }, teamId, Timestamp.from(from), Timestamp.from(to));
        return items;
    }

    /**
     * A published item for the analytics, with its latest snapshot and the requests
     * logged from prospects.
     */
    record Published(long id, ContentType type, String topicName, long authorId, Snapshot[] latest,
            int[] loggedInbound) {

        /**
         * Connection requests it brought: the larger of the snapshot's total and those
         * logged one by one (the same people may be in both).
         */
        int inbound() {
            return Math.max(latest[0] == null ? 0 : latest[0].inboundRequests(), loggedInbound[0]);
        }
    }

    // ---- Topics, settings, cadence. ----

    List<ContentTeam.Topic> topics(long teamId) {
        return jdbc.query("SELECT id, name, archived FROM content_topic WHERE team_id = ? ORDER BY archived, name",
                (rs, n) -> new ContentTeam.Topic(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), teamId);
    }

    Optional<Long> topicTeam(long topicId) {
        return jdbc.query("SELECT team_id FROM content_topic WHERE id = ?", (rs, n) -> rs.getLong(1), topicId)
            .stream()
            .findFirst();
    }

    boolean topicExists(long teamId, String nameKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM content_topic WHERE team_id = ? AND name_key = ?",
                Integer.class, teamId, nameKey);
        return count != null && count > 0;
    }

    void insertTopic(long teamId, String name, String nameKey) {
        jdbc.update("INSERT INTO content_topic (team_id, name, name_key) VALUES (?, ?, ?)", teamId, name, nameKey);
    }

    void archiveTopic(long topicId, boolean archived) {
        jdbc.update("UPDATE content_topic SET archived = ? WHERE id = ?", archived, topicId);
    }

    boolean requireReview(long teamId) {
        return jdbc
            .query("SELECT require_review FROM content_settings WHERE team_id = ?", (rs, n) -> rs.getBoolean(1), teamId)
            .stream()
            .findFirst()
            .orElse(false);
    }

    void setRequireReview(long teamId, boolean required) {
        if (jdbc.update("UPDATE content_settings SET require_review = ?, version = version + 1 WHERE team_id = ?",
                required, teamId) == 0) {
            jdbc.update("INSERT INTO content_settings (team_id, require_review) VALUES (?, ?)", teamId, required);
        }
    }

    List<Cadence> cadences(long teamId) {
        return jdbc
            .query("SELECT id, kind, per_week, content_type, weekday, every_weeks, starts_on FROM content_cadence"
                    + " WHERE team_id = ? ORDER BY id", (rs, n) -> {
                        var kind = Cadence.Kind.valueOf(rs.getString(2));
                        int perWeek = rs.getInt(3);
                        String type = rs.getString(4);
                        int weekday = rs.getInt(5);
                        int every = rs.getInt(6);
                        var starts = rs.getDate(7);
                        return new Cadence(rs.getLong(1), kind, kind == Cadence.Kind.PER_MEMBER_WEEKLY ? perWeek : null,
                                type == null ? null : ContentType.valueOf(type),
                                weekday == 0 ? null : DayOfWeek.of(weekday), every == 0 ? null : every,
                                starts == null ? null : starts.toLocalDate());
                    }, teamId);
    }

    Optional<Long> cadenceTeam(long cadenceId) {
        return jdbc.query("SELECT team_id FROM content_cadence WHERE id = ?", (rs, n) -> rs.getLong(1), cadenceId)
            .stream()
            .findFirst();
    }

    void insertCadence(long teamId, Cadence c) {
        jdbc.update(
                "INSERT INTO content_cadence (team_id, kind, per_week, content_type, weekday, every_weeks,"
                        + " starts_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                teamId, c.kind().name(), c.perWeek(), c.type() == null ? null : c.type().name(),
                c.weekday() == null ? null : c.weekday().getValue(), c.everyWeeks(),
                c.startsOn() == null ? null : java.sql.Date.valueOf(c.startsOn()));
    }

    void deleteCadence(long cadenceId) {
        jdbc.update("DELETE FROM content_cadence WHERE id = ?", cadenceId);
    }

}

package com.headroom.prospect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import com.headroom.base.CompanyName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The prospect queries that must stay fast on a team of 100,000: the list page, its
 * count, the pipeline counts, and the side tables (search words, private notes). Plain
 * SQL that runs the same on MariaDB and H2, so that each filter uses the index meant for
 * it. Also the one JDBC writer of the {@code prospect} table beside the {@link Prospect}
 * entity: the import's new rows, the do-not-contact marking, the stage backfill (see
 * {@link #updateProspects}).
 */
@Component
class ProspectStore {

    private static final String ROW_COLUMNS = "p.id, p.first_name, p.last_name, p.headline, p.company, p.stage,"
            + " p.do_not_contact, p.owner_id, p.last_activity_at, p.profile_url";

    private final JdbcTemplate jdbc;

    private final ProspectHistoryStore history;

    ProspectStore(JdbcTemplate jdbc, ProspectHistoryStore history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<ProspectRow> search(ProspectFilter filter, Pageable pageable) {
        var where = new Where(filter, true);
        String sql = "SELECT " + ROW_COLUMNS + " FROM prospect p WHERE " + where.sql + " ORDER BY "
                + orderBy(pageable.getSort()) + " LIMIT ? OFFSET ?";
        List<Object> args = new ArrayList<>(where.args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query(sql, ProspectStore::row, args.toArray());
    }

    long count(ProspectFilter filter) {
        var where = new Where(filter, true);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM prospect p WHERE " + where.sql, Long.class,
                where.args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * How many of the filter's prospects may get an e-mail (see
     * {@link EmailableProspect}).
     */
    long countEmailable(ProspectFilter filter) {
        var where = new Where(filter, true);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM prospect p WHERE " + where.sql
                + " AND p.email IS NOT NULL AND p.email_status IN (" + ProspectEmailStore.USABLE + ")"
                + " AND p.do_not_contact = FALSE", Long.class, where.args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Counts per stage for the filter without its stage (so every stage shows its
     * number).
     */
    PipelineCounts pipeline(ProspectFilter filter) {
        var where = new Where(filter, false);
        var byStage = new EnumMap<Stage, Long>(Stage.class);
        long[] doNotContact = { 0 };
        jdbc.query("SELECT p.stage, p.do_not_contact, COUNT(*) FROM prospect p WHERE " + where.sql
                + " GROUP BY p.stage, p.do_not_contact", rs -> {
                    if (rs.getBoolean(2)) {
                        doNotContact[0] += rs.getLong(3);
                    }
                    else {
                        byStage.merge(Stage.valueOf(rs.getString(1)), rs.getLong(3), Long::sum);
                    }
                }, where.args.toArray());
        return new PipelineCounts(byStage, doNotContact[0]);
    }

    /** Every field of a prospect, for exports. */
    record FullRow(long id, String firstName, String lastName, String headline, String company, String profileUrl,
            String email, EmailStatus emailStatus, String location, String industry, Stage stage, boolean doNotContact,
            long ownerId, List<String> tags, Integer icpFit, String sharedNotes, ProspectSource source,
            Instant createdAt, Instant lastActivityAt) {
    }

    /**
     * The next batch of the filter in id order, after the given id (keyset paging: no
     * offsets).
     */
    List<FullRow> exportBatch(ProspectFilter filter, long afterId, int size) {
        var where = new Where(filter, true);
        List<Object> args = new ArrayList<>(where.args);
        args.add(afterId);
        args.add(size);
        List<FullRow> rows = jdbc.query("SELECT p.id, p.first_name, p.last_name, p.headline, p.company, p.profile_url,"
                + " p.email, p.email_status, p.location, p.industry, p.stage, p.do_not_contact, p.owner_id, p.icp_fit,"
                + " p.shared_notes, p.source, p.created_at, p.last_activity_at FROM prospect p WHERE " + where.sql
                + " AND p.id > ? ORDER BY p.id LIMIT ?",
                (rs, i) -> new FullRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), EmailStatus.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getString(10), Stage.valueOf(rs.getString(11)), rs.getBoolean(12),
                        rs.getLong(13), new ArrayList<>(), (Integer) rs.getObject(14, Integer.class), rs.getString(15),
                        ProspectSource.valueOf(rs.getString(16)), rs.getTimestamp(17).toInstant(),
                        rs.getTimestamp(18).toInstant()),
                args.toArray());
        if (!rows.isEmpty()) {
            var byId = new HashMap<Long, FullRow>();
            rows.forEach(r -> byId.put(r.id(), r));
            String marks = String.join(",", Collections.nCopies(rows.size(), "?"));
            jdbc.query("SELECT prospect_id, tag FROM prospect_tag WHERE prospect_id IN (" + marks + ") ORDER BY tag",
                    rs -> {
                        byId.get(rs.getLong(1)).tags().add(rs.getString(2));
                    }, rows.stream().map(FullRow::id).toArray());
        }
        return rows;
    }

    List<String> tags(long teamId) {
        return jdbc.queryForList("SELECT DISTINCT t.tag FROM prospect_tag t JOIN prospect p ON p.id = t.prospect_id"
                + " WHERE p.team_id = ? ORDER BY t.tag", String.class, teamId);
    }

    void replaceWords(long prospectId, long teamId, Collection<String> words) {
        jdbc.update("DELETE FROM prospect_word WHERE prospect_id = ?", prospectId);
        insertWords(List.of(new Words(prospectId, teamId, words)));
    }

    record Words(long prospectId, long teamId, Collection<String> words) {
    }

    void insertWords(List<Words> batch) {
        List<Object[]> rows = new ArrayList<>();
        for (var entry : batch) {
            for (String word : entry.words()) {
                rows.add(new Object[] { entry.teamId(), word, entry.prospectId() });
            }
        }
        if (!rows.isEmpty()) {
            // In key order: the index takes sorted rows much faster than scattered ones.
            rows.sort(Comparator.comparing((Object[] r) -> (String) r[1]).thenComparing(r -> (Long) r[2]));
            jdbc.batchUpdate("INSERT INTO prospect_word (team_id, word, prospect_id) VALUES (?, ?, ?)", rows);
        }
    }

    List<ProspectRow> rows(long teamId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProspectRow> rows = new ArrayList<>();
        // In slices, so that a long to-do list never builds one giant IN list.
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            var slice = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(slice.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(teamId);
            args.addAll(slice);
            rows.addAll(jdbc.query(
                    "SELECT " + ROW_COLUMNS + " FROM prospect p WHERE p.team_id = ? AND p.id IN (" + marks + ")",
                    ProspectStore::row, args.toArray()));
        }
        return rows;
    }

    /**
     * The owner's prospects in a stage that calls for a next step, untouched since a
     * time; oldest first.
     */
    List<ProspectRow> dueForNextStep(long ownerId, long teamId, Instant quietSince, int limit) {
        return jdbc.query(
                "SELECT " + ROW_COLUMNS + " FROM prospect p WHERE " + DUE_FOR_NEXT_STEP
                        + " ORDER BY p.last_activity_at, p.id LIMIT ?",
                ProspectStore::row, ownerId, teamId, Timestamp.from(quietSince), limit);
    }

    int countDueForNextStep(long ownerId, long teamId, Instant quietSince) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM prospect p WHERE " + DUE_FOR_NEXT_STEP, Integer.class,
                ownerId, teamId, Timestamp.from(quietSince));
        return count == null ? 0 : count;
    }

    /**
     * The owner's prospects in a stage that calls for a next step, quiet since a time.
     */
    private static final String DUE_FOR_NEXT_STEP = "p.owner_id = ? AND p.team_id = ? AND p.last_activity_at < ?"
            + " AND p.do_not_contact = FALSE AND p.stage IN ('RESEARCHED', 'ENGAGED', 'CONVERSATION', 'MEETING',"
            + " 'OPPORTUNITY')";

    /**
     * Every company the prospects of all teams name, once, with one of its spellings and
     * how many prospects name it; only keys up to {@code maxKeyLength} characters. One
     * pass over the table.
     */
    void companies(int maxKeyLength, java.util.function.Consumer<HeldCompany> each) {
        jdbc.query("SELECT company_key, MIN(company), COUNT(*) FROM prospect WHERE company_key <> ''"
                + " AND CHAR_LENGTH(company_key) <= ? GROUP BY company_key", rs -> {
                    each.accept(new HeldCompany(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }, maxKeyLength);
    }

    Optional<String> privateNote(long prospectId, long authorId) {
        return jdbc
            .queryForList("SELECT note FROM prospect_private_note WHERE prospect_id = ? AND author_id = ?",
                    String.class, prospectId, authorId)
            .stream()
            .findFirst();
    }

    void savePrivateNote(long prospectId, long authorId, String note, Instant at) {
        jdbc.update("DELETE FROM prospect_private_note WHERE prospect_id = ? AND author_id = ?", prospectId, authorId);
        if (note != null && !note.isBlank()) {
            jdbc.update("INSERT INTO prospect_private_note (prospect_id, author_id, note, updated_at)"
                    + " VALUES (?, ?, ?, ?)", prospectId, authorId, note.strip(), Timestamp.from(at));
        }
    }

    private static ProspectRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ProspectRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Stage.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getLong(8), rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }

    /** Grid sort properties to columns; the id last, so that pages never overlap. */
    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String dir = order.isAscending() ? " ASC" : " DESC";
            switch (order.getProperty()) {
                case "name" -> {
                    parts.add("p.last_name" + dir);
                    parts.add("p.first_name" + dir);
                }
                case "company" -> parts.add("p.company_key" + dir);
                case "stage" -> parts.add(stageOrder() + dir);
                case "lastActivity" -> parts.add("p.last_activity_at" + dir);
                default -> throw new IllegalArgumentException("Cannot sort prospects by " + order.getProperty());
            }
        }
        if (parts.isEmpty()) {
            parts.add("p.last_activity_at DESC");
        }
        parts.add("p.id DESC");
        return String.join(", ", parts);
    }

    private static String stageOrder() {
        var sql = new StringBuilder("CASE p.stage");
        for (Stage stage : Stage.values()) {
            sql.append(" WHEN '").append(stage.name()).append("' THEN ").append(stage.ordinal());
        }
        return sql.append(" END").toString();
    }

    /** The WHERE clause of a filter; every value is a bind parameter. */
    static final class Where {

        final String sql;

        final List<Object> args = new ArrayList<>();

        Where(ProspectFilter f, boolean withStage) {
            var sql = new StringBuilder("p.team_id = ?");
            args.add(f.teamId());
            if (withStage && f.doNotContact()) {
                sql.append(" AND p.do_not_contact = TRUE");
            }
            else if (withStage && f.stage() != null) {
                sql.append(" AND p.stage = ? AND p.do_not_contact = FALSE");
                args.add(f.stage().name());
            }
            if (f.ownerId() != null) {
                sql.append(" AND p.owner_id = ?");
                args.add(f.ownerId());
            }
            if (f.company() != null && !f.company().isBlank()) {
                String key = CompanyName.key(f.company());
                sql.append(" AND p.company_key LIKE ? ESCAPE '!'");
                args.add(likePrefix(key));
            }
            if (f.tag() != null && !f.tag().isBlank()) {
                sql.append(" AND EXISTS (SELECT 1 FROM prospect_tag t WHERE t.prospect_id = p.id AND t.tag = ?)");
                args.add(f.tag().strip().toLowerCase(Locale.ROOT));
            }
            for (String word : SearchWords.query(f.text())) {
                sql.append(" AND p.id IN (SELECT w.prospect_id FROM prospect_word w WHERE w.team_id = ?"
                        + " AND w.word LIKE ? ESCAPE '!')");
                args.add(f.teamId());
                args.add(likePrefix(word));
            }
            this.sql = sql.toString();
        }

        private static String likePrefix(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

    }

    /**
     * Marks the team's prospects that a new do-not-contact entry matches, with a line in
     * each one's history; set-based, since a company entry may match thousands.
     * @param column the prospect column the entry matches on (profile_url, company_key,
     * email_domain)
     * @return how many prospects it marked
     */
    int markDoNotContact(long teamId, String column, String value, String why, Instant at, long actorId,
            String actorName) {
        history.appendMarkedDoNotContact(teamId, column, value, why, at, actorId, actorName);
        return jdbc.update(updateProspects("do_not_contact = TRUE, do_not_contact_reason = ?",
                "team_id = ? AND " + column + " = ? AND do_not_contact = FALSE"), why, teamId, value);
    }

    /**
     * Each prospect's stage, last activity and (when the first flag is true) creation as
     * its past says; each row is {stage, last activity, whether to set the creation,
     * creation, prospect id}.
     */
    void updatePipelines(List<Object[]> rows) {
        jdbc.batchUpdate(updateProspects(
                "stage = ?, last_activity_at = ?, created_at = CASE WHEN ? THEN ? ELSE" + " created_at END", "id = ?"),
                rows);
    }

    /**
     * The owner's prospects created or last active after {@code since} are dated
     * {@code before} instead.
     */
    void moveBack(long ownerId, Instant since, Instant before) {
        jdbc.update(
                updateProspects(
                        "created_at = CASE WHEN created_at > ? THEN ? ELSE created_at END," + " last_activity_at = ?",
                        "owner_id = ? AND last_activity_at > ?"),
                Timestamp.from(since), Timestamp.from(before), Timestamp.from(before), ownerId, Timestamp.from(since));
    }

    /**
     * The one way this store changes prospect rows, which the {@link Prospect} entity
     * also saves: every such UPDATE adds {@code version = version + 1}, so that a form
     * opened before it is refused on save instead of overwriting it
     * (docs/decisions/0001-persistence.md).
     */
    private static String updateProspects(String assignments, String where) {
        return "UPDATE prospect SET " + assignments + ", version = version + 1 WHERE " + where;
    }

    /**
     * New prospects of one team, as the import adds them, created and last active now.
     */
    void insertAll(long teamId, Instant now, List<Prospect> fresh) {
        var at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (var p : fresh) {
            rows.add(new Object[] { teamId, p.firstName(), p.lastName(), p.headline(), p.company(), p.companyKey(),
                    p.profileUrl(), p.profileKeyHash(), p.email(), p.emailDomain(), p.emailStatus().name(),
                    p.location(), p.industry(), p.source().name(), p.ownerId(), p.stage().name(), p.doNotContact(),
                    p.doNotContactReason(), p.icpFit(), p.sharedNotes(), at, at });
        }
        jdbc.batchUpdate("INSERT INTO prospect (team_id, first_name, last_name, headline, company, company_key,"
                + " profile_url, profile_key_hash, email, email_domain, email_status, location, industry, source,"
                + " owner_id, stage, do_not_contact, do_not_contact_reason, icp_fit, shared_notes, created_at,"
                + " last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Every member's private note on a prospect, for the person's data export. */
    List<String> privateNotes(long prospectId) {
        return jdbc.queryForList("SELECT note FROM prospect_private_note WHERE prospect_id = ?", String.class,
                prospectId);
    }

}

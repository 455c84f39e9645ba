package com.headroom.warmintro;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Connections, people and the import bookkeeping, in plain SQL: imports write tens of
 * thousands of rows.
 *
 * <p>
 * A person's data request and erasure read and delete here too, through
 * {@link ConnectionErasureStore}.
 *
 * <p>
 * Over 400 lines on purpose: this is the one writer of {@code wi_connection},
 * {@code wi_person} and the import tables, and an import's diff, bulk insert and
 * bookkeeping run as one set of statements tuned together against
 * {@code WarmPathsBenchmark} (row counts per statement, the order of writes, which index
 * each read goes through). Split, the tuning would span files.
 */
@Component
class ConnectionStore {

    /**
     * Rows per multi-row INSERT: large enough to be fast, small enough for any packet
     * size.
     */
    static final int ROWS_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    ConnectionStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A member's connection, as a lookup reads it (no e-mail). */
    record Known(long memberId, long personId, String profileKeyHash, String firstName, String lastName, String company,
            String position, int seniority, LocalDate connectedOn) {
    }

    /** A member's connection as their own import and "My network" see it. */
    record Own(long personId, String profileUrl, String firstName, String lastName, String company, String companyKey,
            String position, int seniority, LocalDate connectedOn, String email) {
    }

    /** A row an import writes. */
    record Incoming(long personId, String profileKeyHash, String profileUrl, String firstName, String lastName,
            String company, String companyKey, String position, int seniority, LocalDate connectedOn, String email) {
    }

    // ---- Lookups. ----

    List<Known> knownBy(long personId, Collection<Long> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT c.member_id, c.person_id, p.profile_key_hash, p.first_name, p.last_name, c.company,"
                + " c.position, c.seniority, c.connected_on FROM wi_connection c JOIN wi_person p ON p.id = c.person_id"
                + " WHERE c.person_id = :person AND c.member_id IN (:members)",
                new MapSqlParameterSource("person", personId).addValue("members", members), ConnectionStore::known);
    }

    /**
     * The members' connections at a company, most senior and longest known first, through
     * the covering company index; at most {@code limit}.
     */
    List<Known> atCompany(String companyKey, Collection<Long> members, long exceptPersonId, int limit) {
        if (members.isEmpty() || companyKey.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT c.member_id, c.person_id, p.profile_key_hash, p.first_name, p.last_name, c.company,"
                + " c.position, c.seniority, c.connected_on FROM wi_connection c JOIN wi_person p ON p.id = c.person_id"
                + " WHERE c.company_key = :company AND c.member_id IN (:members) AND c.person_id <> :except"
                + " ORDER BY c.seniority, c.connected_on LIMIT :limit",
                new MapSqlParameterSource("company", companyKey).addValue("members", members)
                    .addValue("except", exceptPersonId)
                    .addValue("limit", limit),
                ConnectionStore::known);
    }

    /** A name as the search compares it. */
    static String nameKey(String name) {
        return cap(name.toLowerCase(java.util.Locale.ROOT), 100);
    }

    /**
     * Of these members, those with a row: whether they share, and whether they have
     * imported.
     */
    Map<Long, MemberState> members(Collection<Long> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        Map<Long, MemberState> found = new HashMap<>();
        named.query("SELECT member_id, shares_network, connections, last_import_at FROM wi_member"
                + " WHERE member_id IN (:members)", new MapSqlParameterSource("members", members), rs -> {
                    found.put(rs.getLong(1),
                            new MemberState(rs.getBoolean(2), rs.getInt(3), instant(rs.getTimestamp(4))));
                });
        return found;
    }

    record MemberState(boolean sharesNetwork, int connections, Instant lastImportAt) {
    }

    MemberState member(long memberId) {
        var found = jdbc.query("SELECT shares_network, connections, last_import_at FROM wi_member WHERE member_id = ?",
                (rs, n) -> new MemberState(rs.getBoolean(1), rs.getInt(2), instant(rs.getTimestamp(3))), memberId);
        return found.isEmpty() ? new MemberState(true, 0, null) : found.getFirst();
    }

    /**
     * Creates the member's row if needed and locks it: one import per member at a time.
     */
    void lockMember(long memberId) {
        jdbc.update("INSERT INTO wi_member (member_id) VALUES (?) ON DUPLICATE KEY UPDATE member_id = member_id",
                memberId);
        jdbc.queryForObject("SELECT member_id FROM wi_member WHERE member_id = ? FOR UPDATE", Long.class, memberId);
    }

    void setSharing(long memberId, boolean shares) {
        jdbc.update("INSERT INTO wi_member (member_id, shares_network) VALUES (?, ?) ON DUPLICATE KEY UPDATE"
                + " shares_network = ?", memberId, shares, shares);
    }

    Map<String, StrengthOverride> overrides(Collection<Long> members, Collection<Long> people) {
        if (members.isEmpty() || people.isEmpty()) {
            return Map.of();
        }
        Map<String, StrengthOverride> found = new HashMap<>();
        named.query(
                "SELECT member_id, person_id, level FROM wi_strength_override WHERE member_id IN (:members)"
                        + " AND person_id IN (:people)",
                new MapSqlParameterSource("members", members).addValue("people", people), rs -> {
                    found.put(rs.getLong(1) + ":" + rs.getLong(2), StrengthOverride.valueOf(rs.getString(3)));
                });
        return found;
    }

    boolean connected(long memberId, long personId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection WHERE member_id = ? AND person_id = ?",
                Integer.class, memberId, personId);
        return n != null && n > 0;
    }

    void setOverride(long memberId, long personId, StrengthOverride level, Instant at) {
        jdbc.update("DELETE FROM wi_strength_override WHERE member_id = ? AND person_id = ?", memberId, personId);
        if (level != null) {
            jdbc.update("INSERT INTO wi_strength_override (member_id, person_id, level, set_at) VALUES (?, ?, ?, ?)",
                    memberId, personId, level.name(), Timestamp.from(at));
        }
    }

    // ---- A member's own network. ----

    Map<Long, Own> own(long memberId) {
        Map<Long, Own> found = new HashMap<>();
        jdbc.query("SELECT c.person_id, p.profile_url, p.first_name, p.last_name, c.company, c.company_key, c.position,"
                + " c.seniority, c.connected_on, c.email FROM wi_connection c JOIN wi_person p ON p.id = c.person_id"
                + " WHERE c.member_id = ?", rs -> {
                    var own = own(rs);
                    found.put(own.personId(), own);
                }, memberId);
        return found;
    }

    List<Own> ownPage(long memberId, String text, int offset, int limit) {
        var params = new MapSqlParameterSource("member", memberId).addValue("offset", offset).addValue("limit", limit);
        String filter = "";
        if (text != null && !text.isBlank()) {
            filter = " AND (LOWER(p.first_name) LIKE :text OR LOWER(p.last_name) LIKE :text"
                    + " OR LOWER(c.company) LIKE :text OR LOWER(c.position) LIKE :text)";
            params.addValue("text", "%" + like(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return named.query(
                "SELECT c.person_id, p.profile_url, p.first_name, p.last_name, c.company, c.company_key,"
                        + " c.position, c.seniority, c.connected_on, c.email FROM wi_connection c JOIN wi_person p"
                        + " ON p.id = c.person_id WHERE c.member_id = :member" + filter
                        + " ORDER BY p.last_name, p.first_name, c.person_id LIMIT :limit OFFSET :offset",
                params, (rs, n) -> own(rs));
    }

    void insertPeople(List<Incoming> rows) {
        // IGNORE: someone else's import may have written the person already (lengths are
        // capped before).
        batchInsert(
                "INSERT IGNORE INTO wi_person (id, profile_key_hash, profile_url, first_name, last_name,"
                        + " first_name_key, last_name_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                types("BVVVVVV"), rows, r -> new Object[] { r.personId(), r.profileKeyHash(), r.profileUrl(),
                        r.firstName(), r.lastName(), nameKey(r.firstName()), nameKey(r.lastName()) });
    }

    void insertConnections(long memberId, List<Incoming> rows) {
        batchInsert(
                "INSERT INTO wi_connection (member_id, person_id, company, company_key, position, seniority,"
                        + " connected_on, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                types("BBVVVIDV"), rows, r -> new Object[] { memberId, r.personId(), r.company(), r.companyKey(),
                        r.position(), r.seniority(), date(r.connectedOn()), r.email() });
    }

    void updateConnections(long memberId, List<Incoming> rows) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (var r : rows) {
            args.add(new Object[] { r.company(), r.companyKey(), r.position(), r.seniority(), date(r.connectedOn()),
                    r.email(), memberId, r.personId() });
        }
        jdbc.batchUpdate("UPDATE wi_connection SET company = ?, company_key = ?, position = ?, seniority = ?,"
                + " connected_on = ?, email = ? WHERE member_id = ? AND person_id = ?", args);
    }

    void deleteConnections(long memberId, Collection<Long> people) {
        var list = new ArrayList<>(people);
        for (int from = 0; from < list.size(); from += 1000) {
            named.update("DELETE FROM wi_connection WHERE member_id = :member AND person_id IN (:people)",
                    new MapSqlParameterSource("member", memberId).addValue("people",
                            list.subList(from, Math.min(list.size(), from + 1000))));
        }
    }

    void memberImported(long memberId, int connections, Instant at) {
        jdbc.update("UPDATE wi_member SET connections = ?, last_import_at = ? WHERE member_id = ?", connections,
                Timestamp.from(at), memberId);
    }

    // ---- Import history. ----

    record ImportCounts(int rowsRead, int kept, int added, int gone, int changed, int rejected, int undated,
            boolean firstImport) {
    }

    long insertImport(long memberId, String fileName, Instant at, ImportCounts c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO wi_import (member_id, file_name, imported_at, rows_read, kept,"
                    + " added, gone, changed, rejected, undated, first_import) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] { "id" });
            ps.setLong(1, memberId);
            ps.setString(2, fileName);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setInt(4, c.rowsRead());
            ps.setInt(5, c.kept());
            ps.setInt(6, c.added());
            ps.setInt(7, c.gone());
            ps.setInt(8, c.changed());
            ps.setInt(9, c.rejected());
            ps.setInt(10, c.undated());
            ps.setBoolean(11, c.firstImport());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    record Change(String kind, Long personId, String name, String before, String after) {
    }

    void insertChanges(long importId, List<Change> changes) {
        insertMany("INSERT INTO wi_import_change (import_id, kind, person_id, name, before_text, after_text) VALUES ",
                "", types("BVBVVV"), changes, c -> new Object[] { importId, c.kind(), c.personId(), cap(c.name(), 201),
                        cap(c.before(), 510), cap(c.after(), 510) });
    }

    void insertRejects(long importId, List<ConnectionsCsv.Rejected> rejected) {
        insertMany("INSERT INTO wi_import_reject (import_id, line_no, reason, raw_text) VALUES ", "", types("BIVV"),
                rejected, r -> new Object[] { importId, r.line(), cap(r.reason(), 300), cap(r.raw(), 500) });
    }

    List<ImportSummary> imports(long memberId) {
        return jdbc.query(
                "SELECT id, file_name, imported_at, rows_read, kept, added, gone, changed, rejected, undated,"
                        + " first_import FROM wi_import WHERE member_id = ? ORDER BY imported_at DESC, id DESC",
                (rs, n) -> new ImportSummary(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), rs.getBoolean(11)),
                memberId);
    }

    Long importOwner(long importId) {
        var found = jdbc.queryForList("SELECT member_id FROM wi_import WHERE id = ?", Long.class, importId);
        return found.isEmpty() ? null : found.getFirst();
    }

    List<ImportChange> changes(long importId, int offset, int limit) {
        return jdbc.query(
                "SELECT kind, name, before_text, after_text FROM wi_import_change WHERE import_id = ?"
                        + " ORDER BY kind, id LIMIT ? OFFSET ?",
                (rs, n) -> new ImportChange(ImportChange.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4)),
                importId, limit, offset);
    }

    int countChanges(long importId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM wi_import_change WHERE import_id = ?", Integer.class,
                importId);
        return n == null ? 0 : n;
    }

    List<ConnectionsCsv.Rejected> rejects(long importId) {
        return jdbc.query("SELECT line_no, reason, raw_text FROM wi_import_reject WHERE import_id = ? ORDER BY line_no",
                (rs, n) -> new ConnectionsCsv.Rejected(rs.getInt(1), rs.getString(2), rs.getString(3)), importId);
    }

    // ---- Helpers. ----

    /**
     * Many rows per INSERT. The SQL types are given, so a null is bound without asking
     * the driver for the statement's parameter types (a round trip per statement on
     * MariaDB).
     */
    private <T> void insertMany(String head, String tail, int[] columnTypes, List<T> rows,
            java.util.function.Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = columnTypes.length;
        String one = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(rows.size(), from + ROWS_PER_STATEMENT);
            var sql = new StringBuilder(head.length() + (to - from) * (one.length() + 2) + tail.length()).append(head);
            Object[] args = new Object[(to - from) * columns];
            int[] types = new int[args.length];
            for (int i = from; i < to; i++) {
                if (i > from) {
                    sql.append(", ");
                }
                sql.append(one);
                System.arraycopy(values.apply(rows.get(i)), 0, args, (i - from) * columns, columns);
                System.arraycopy(columnTypes, 0, types, (i - from) * columns, columns);
            }
            jdbc.update(sql.append(tail).toString(), args, types);
        }
    }

    /**
     * A JDBC batch of one-row INSERTs: MariaDB's driver sends it in one bulk command,
     * which the benchmark measured faster than multi-row statements for the import's
     * 30,000 rows.
     */
    private <T> void batchInsert(String sql, int[] columnTypes, List<T> rows,
            java.util.function.Function<T, Object[]> values) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> args = new ArrayList<>(Math.min(1000, rows.size() - from));
            for (int i = from; i < Math.min(rows.size(), from + 1000); i++) {
                args.add(values.apply(rows.get(i)));
            }
            jdbc.batchUpdate(sql, args, columnTypes);
        }
    }

    /** SQL types by letter: B bigint, I integer, V varchar, D date. */
    private static int[] types(String letters) {
        int[] types = new int[letters.length()];
        for (int i = 0; i < types.length; i++) {
            types[i] = switch (letters.charAt(i)) {
                case 'B' -> java.sql.Types.BIGINT;
                case 'I' -> java.sql.Types.INTEGER;
                case 'D' -> java.sql.Types.DATE;
                default -> java.sql.Types.VARCHAR;
            };
        }
        return types;
    }

    static Known known(ResultSet rs, int n) throws SQLException {
        var on = rs.getDate(9);
        return new Known(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), on == null ? null : on.toLocalDate());
    }

    private static Own own(ResultSet rs) throws SQLException {
        var on = rs.getDate(9);
        return new Own(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), on == null ? null : on.toLocalDate(), rs.getString(10));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    static String cap(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        // Never cut a surrogate pair in half.
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** Escapes LIKE wildcards in what a person typed. */
    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}

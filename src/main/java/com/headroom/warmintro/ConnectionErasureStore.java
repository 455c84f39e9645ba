package com.headroom.warmintro;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One person in teammates' connections, in plain SQL, for a personal-data request and an
 * erasure: found by profile address or e-mail, listed, and deleted from every member's
 * connections, diffs, strength notes and rows left out of imports. Apart from
 * {@link ConnectionStore}, whose imports are tuned as one set of statements; these run
 * once per request.
 */
@Component
class ConnectionErasureStore {

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    ConnectionErasureStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** What erasing a person deleted. */
    record Erased(int connections, int rowsLeftOut) {
    }

    /**
     * Deletes a person from every member's connections, diffs, strength notes and rows
     * left out of imports, and takes them off the members' connection counts.
     */
    Erased erase(Collection<String> profileKeys, Collection<String> emails) {
        var rejects = rejectsAbout(profileKeys, emails);
        if (!rejects.isEmpty()) {
            named.update("DELETE FROM wi_import_reject WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", rejects.stream().map(RejectAbout::id).toList()));
        }
        List<Long> people = people(profileKeys, emails);
        if (people.isEmpty()) {
            return new Erased(0, rejects.size());
        }
        var params = new MapSqlParameterSource("people", people);
        named.query("SELECT member_id, COUNT(*) FROM wi_connection WHERE person_id IN (:people) GROUP BY member_id",
                params, rs -> {
                    jdbc.update("UPDATE wi_member SET connections = GREATEST(connections - ?, 0) WHERE member_id = ?",
                            rs.getInt(2), rs.getLong(1));
                });
        named.update("DELETE FROM wi_import_change WHERE person_id IN (:people)", params);
        named.update("UPDATE wi_intro_request SET via_person_id = NULL WHERE via_person_id IN (:people)", params);
        named.update("DELETE FROM wi_strength_override WHERE person_id IN (:people)", params);
        int connections = named.update("DELETE FROM wi_connection WHERE person_id IN (:people)", params);
        named.update("DELETE FROM wi_person WHERE id IN (:people)", params);
        return new Erased(connections, rejects.size());
    }

    /**
     * Every member's connection with the person, e-mail included, as the person's export
     * lists it.
     */
    List<Map<String, Object>> connectionsAbout(Collection<String> profileKeys, Collection<String> emails) {
        List<Long> people = people(profileKeys, emails);
        if (people.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT a.display_name, p.first_name, p.last_name, p.profile_url, c.company,"
                + " c.position, c.connected_on, c.email FROM wi_connection c JOIN wi_person p ON p.id = c.person_id"
                + " JOIN account a ON a.id = c.member_id WHERE c.person_id IN (:people)"
                + " ORDER BY a.display_name, c.member_id, c.person_id", new MapSqlParameterSource("people", people),
                (rs, n) -> {
                    Map<String, Object> item = new java.util.LinkedHashMap<>();
                    item.put("connectionOf", rs.getString(1));
                    item.put("firstName", rs.getString(2));
                    item.put("lastName", rs.getString(3));
                    item.put("linkedInProfile", rs.getString(4));
                    item.put("company", rs.getString(5));
                    item.put("position", rs.getString(6));
                    var on = rs.getDate(7);
                    item.put("connectedOn", on == null ? null : on.toLocalDate().toString());
                    item.put("email", rs.getString(8));
                    return item;
                });
    }

    /**
     * The rows left out of members' imports that name the person, as the person's export
     * lists them.
     */
    List<Map<String, Object>> rowsLeftOutAbout(Collection<String> profileKeys, Collection<String> emails) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var reject : rejectsAbout(profileKeys, emails)) {
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("importedBy", reject.memberName());
            item.put("row", reject.raw());
            rows.add(item);
        }
        return rows;
    }

    /**
     * The profile addresses of the people on members' connections with these e-mails
     * (lower case).
     */
    java.util.Set<String> profileKeysOf(Collection<String> emails) {
        if (emails.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.LinkedHashSet<>(named.queryForList(
                "SELECT DISTINCT p.profile_url FROM wi_connection c"
                        + " JOIN wi_person p ON p.id = c.person_id WHERE c.email IN (:emails)",
                new MapSqlParameterSource("emails", emails), String.class));
    }

    /**
     * The e-mails members' connections hold for the people at these profile addresses.
     */
    java.util.Set<String> emailsOf(Collection<String> profileKeys) {
        if (profileKeys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.LinkedHashSet<>(named.queryForList(
                "SELECT DISTINCT c.email FROM wi_connection c"
                        + " WHERE c.person_id IN (:people) AND c.email IS NOT NULL",
                new MapSqlParameterSource("people",
                        profileKeys.stream().map(k -> WarmIntroService.personId(k)).toList()),
                String.class));
    }

    private record RejectAbout(long id, String memberName, String raw) {
    }

    /**
     * Rows left out of imports whose text names the person: their profile address (by its
     * slug) or an e-mail. The LIKE finds candidates; the pattern keeps only whole
     * matches, so that "/in/ann" does not take "/in/anna-smith" with it.
     */
    private List<RejectAbout> rejectsAbout(Collection<String> profileKeys, Collection<String> emails) {
        var params = new MapSqlParameterSource();
        List<String> likes = new ArrayList<>();
        List<java.util.regex.Pattern> whole = new ArrayList<>();
        for (String key : profileKeys) {
            String slug = key.substring(key.indexOf("/in/") + 4);
            // LinkedIn's file writes a non-ASCII address percent-encoded; the key holds
            // it decoded.
            String encoded = java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
            for (String written : encoded.equals(slug) ? List.of(slug) : List.of(slug, encoded)) {
                params.addValue("p" + likes.size(), "%/in/" + ConnectionStore.like(written) + "%");
                likes.add("LOWER(r.raw_text) LIKE :p" + likes.size());
                whole.add(java.util.regex.Pattern
                    .compile("/in/" + java.util.regex.Pattern.quote(written) + "(?![\\p{L}\\p{M}\\p{N}_%-])"));
            }
        }
        for (String email : emails) {
            params.addValue("p" + likes.size(), "%" + ConnectionStore.like(email) + "%");
            likes.add("LOWER(r.raw_text) LIKE :p" + likes.size());
            whole.add(java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}._%+-])"
                    + java.util.regex.Pattern.quote(email) + "(?![\\p{L}\\p{M}\\p{N}._-])"));
        }
        if (likes.isEmpty()) {
            return List.of();
        }
        return named
            .query("SELECT r.id, a.display_name, r.raw_text FROM wi_import_reject r"
                    + " JOIN wi_import i ON i.id = r.import_id JOIN account a ON a.id = i.member_id WHERE "
                    + String.join(" OR ", likes) + " ORDER BY r.id", params,
                    (rs, n) -> new RejectAbout(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .stream()
            .filter(r -> whole.stream().anyMatch(p -> p.matcher(r.raw().toLowerCase(java.util.Locale.ROOT)).find()))
            .toList();
    }

    /**
     * The people stored under these profile addresses or, on someone's connection, these
     * e-mails.
     */
    private List<Long> people(Collection<String> profileKeys, Collection<String> emails) {
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        var profileKeyHashes = profileKeys.stream().map(com.headroom.base.Hashes::sha256).toList();
        if (!profileKeyHashes.isEmpty()) {
            people.addAll(named.queryForList("SELECT id FROM wi_person WHERE profile_key_hash IN (:hashes)",
                    new MapSqlParameterSource("hashes", profileKeyHashes), Long.class));
        }
        if (!emails.isEmpty()) {
            people
                .addAll(named.queryForList("SELECT DISTINCT person_id FROM wi_connection WHERE email IN" + " (:emails)",
                        new MapSqlParameterSource("emails", emails), Long.class));
        }
        return List.copyOf(people);
    }

}

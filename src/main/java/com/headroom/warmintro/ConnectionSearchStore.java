package com.headroom.warmintro;

import static com.headroom.warmintro.ConnectionStore.like;
import static com.headroom.warmintro.ConnectionStore.nameKey;

import com.headroom.warmintro.ConnectionStore.Known;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Who knows whom" in SQL: the members' connections by company, by the start of a name,
 * or by words in the position, each through an index where one can serve.
 */
@Component
class ConnectionSearchStore {

    private static final String KNOWN = "SELECT c.member_id, c.person_id, p.profile_key_hash, p.first_name,"
            + " p.last_name, c.company, c.position, c.seniority, c.connected_on FROM wi_connection c"
            + " JOIN wi_person p ON p.id = c.person_id";

    /**
     * The company index's own order after its key, so a page needs no filesort over the
     * whole company.
     */
    private static final String COMPANY_ORDER = " ORDER BY c.seniority, c.connected_on, c.member_id, c.person_id";

    /** The same across the companies a prefix finds: still the index's order. */
    private static final String COMPANIES_ORDER = " ORDER BY c.company_key, c.seniority, c.connected_on,"
            + " c.member_id, c.person_id";

    private final NamedParameterJdbcTemplate named;

    ConnectionSearchStore(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /**
     * Search across the members' connections: by company key (through the company index),
     * by the start of a first or last name (through the name-key indexes), or by words in
     * the position. A company key finds that company first, then the companies whose key
     * starts with its words ("cyberdyne" finds "cyberdyne systems", never
     * "cyberdynelabs").
     */
    List<Known> search(Collection<Long> members, String companyKey, String namePrefix, String positionWords, int offset,
            int limit) {
        if (members.isEmpty()) {
            return List.of();
        }
        boolean byCompany = companyKey != null && !companyKey.isEmpty();
        boolean byName = namePrefix != null && !namePrefix.isBlank();
        var filter = new Filter(members, byName ? namePrefix : null,
                positionWords == null || positionWords.isBlank() ? null : positionWords);
        var params = new MapSqlParameterSource("members", members).addValue("offset", offset).addValue("limit", limit);
        if (!byCompany && !byName) {
            return filter.positions() == null ? List.of() : byPositionOnly(params, positionWords);
        }
        if (!byCompany && (long) offset + limit <= NAME_PAGE_PEOPLE_FIRST) {
            return byNamePeopleFirst(params, namePrefix, positionWords, offset, limit);
        }
        if (!byCompany) {
            return page(filter, null, null, " ORDER BY p.last_name_key, p.first_name_key, c.person_id, c.member_id",
                    offset, limit);
        }
        return byCompany(filter, companyKey, offset, limit);
    }

    /**
     * What narrows a search besides the company: the members, the start of a name,
     * position words.
     */
    private record Filter(Collection<Long> members, String namePrefix, String positions) {

        String where(MapSqlParameterSource params) {
            var where = new StringBuilder(" WHERE c.member_id IN (:members)");
            params.addValue("members", members);
            if (namePrefix != null) {
                where.append(" AND").append(nameCondition(namePrefix, params));
            }
            if (positions != null) {
                where.append(ConnectionSearchStore.positionWords("c", positions, params));
            }
            return where.toString();
        }
    }

    /**
     * The company itself first, then the companies whose key starts with its words, each
     * part read in the company index's order; a page that straddles the two reads the
     * rest from the second.
     */
    private List<Known> byCompany(Filter filter, String companyKey, int offset, int limit) {
        var exact = page(filter, "c.company_key = :company", companyKey, COMPANY_ORDER, offset, limit);
        if (exact.size() == limit) {
            return exact;
        }
        // The company's own rows before this page; counted (up to the offset) only when
        // the page has none of them.
        int exactRows = exact.isEmpty() && offset > 0 ? countUpTo(filter, companyKey, offset) : offset + exact.size();
        // "> :company" as well: MariaDB's collations pad with spaces, so the range of
        // LIKE 'acme %' alone
        // starts at 'acme' and reads every row of Acme itself first (20,000 index rows
        // instead of 50).
        var longer = page(filter, "c.company_key > :company AND c.company_key LIKE :prefix", companyKey,
                COMPANIES_ORDER, Math.max(0, offset - exactRows), limit - exact.size());
        if (exact.isEmpty()) {
            return longer;
        }
        List<Known> both = new ArrayList<>(exact);
        both.addAll(longer);
        return both;
    }

    private List<Known> page(Filter filter, String companyCondition, String company, String order, int offset,
            int limit) {
        var params = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        String where = filter.where(params);
        if (companyCondition != null) {
            where += " AND " + companyCondition;
            params.addValue("company", company).addValue("prefix", like(company) + " %");
        }
        return named.query(KNOWN + where + order + " LIMIT :limit OFFSET :offset", params, ConnectionStore::known);
    }

    private int countUpTo(Filter filter, String companyKey, int upTo) {
        var params = new MapSqlParameterSource("company", companyKey).addValue("upTo", upTo);
        Integer n = named.queryForObject("SELECT COUNT(*) FROM (SELECT c.person_id FROM wi_connection c"
                + " JOIN wi_person p ON p.id = c.person_id" + filter.where(params) + " AND c.company_key = :company"
                + " LIMIT :upTo) upto", params, Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * Up to this deep into the results, a name search reads a page of people before their
     * connections.
     */
    static final int NAME_PAGE_PEOPLE_FIRST = 1_000;

    /**
     * A name prefix common in the whole database ("Ann": 32,000 people at 1.5 million
     * connections) made the join read and sort every connection of every match (0.3 s) to
     * show 50. The first n people in name order who are known to the members carry at
     * least n rows, so their connections are all a page of rows can come from: read those
     * people's ids through the name indexes first, then only their connections.
     */
    private List<Known> byNamePeopleFirst(MapSqlParameterSource params, String namePrefix, String positionWords,
            int offset, int limit) {
        String positions = positionWords == null || positionWords.isBlank() ? ""
                : positionWords("c", positionWords, params);
        params.addValue("people", offset + limit);
        List<Long> people = named.queryForList("SELECT p.id FROM wi_person p WHERE" + nameCondition(namePrefix, params)
                + " AND EXISTS (SELECT 1 FROM wi_connection c WHERE c.person_id = p.id AND c.member_id IN (:members)"
                + positions + ") ORDER BY p.last_name_key, p.first_name_key, p.id LIMIT :people", params, Long.class);
        if (people.isEmpty()) {
            return List.of();
        }
        params.addValue("ids", people);
        var rows = named.query(
                "SELECT c.member_id, c.person_id, p.profile_key_hash, p.first_name, p.last_name,"
                        + " c.company, c.position, c.seniority, c.connected_on FROM wi_connection c JOIN wi_person p"
                        + " ON p.id = c.person_id WHERE c.person_id IN (:ids) AND c.member_id IN (:members)" + positions
                        + " ORDER BY p.last_name_key, p.first_name_key, c.person_id, c.member_id",
                params, ConnectionStore::known);
        return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }

    /** The start of a first or last name, or of both ("ann sm"), on wi_person p. */
    private static String nameCondition(String namePrefix, MapSqlParameterSource params) {
        String[] words = nameKey(namePrefix.strip()).split("\\s+", 2);
        if (words.length == 2) {
            params.addValue("first", like(words[0]) + "%").addValue("last", like(words[1]) + "%");
            return " p.first_name_key LIKE :first AND p.last_name_key LIKE :last";
        }
        params.addValue("name", like(words[0]) + "%");
        return " (p.first_name_key LIKE :name OR p.last_name_key LIKE :name)";
    }

    /** Every word somewhere in the position of the connections aliased {@code table}. */
    private static String positionWords(String table, String positionWords, MapSqlParameterSource params) {
        var where = new StringBuilder();
        int i = 0;
        for (String word : positionWords.strip().split("\\s+")) {
            where.append(positionWord(table, i++, word, params));
        }
        return where.toString();
    }

    /**
     * Position words alone: no index helps, so the members' connections are read in key
     * order in a derived table that stops as soon as a page is full (left alone, the
     * optimizer reads every person first and sorts: 5 s at 1.5 million connections); only
     * a word nobody has reads them all.
     */
    private List<Known> byPositionOnly(MapSqlParameterSource params, String positionWords) {
        String where = positionWords("w", positionWords, params);
        return named.query("SELECT c.member_id, c.person_id, p.profile_key_hash, p.first_name, p.last_name,"
                + " c.company, c.position, c.seniority, c.connected_on FROM (SELECT w.member_id, w.person_id,"
                + " w.company, w.position, w.seniority, w.connected_on FROM wi_connection w"
                + " WHERE w.member_id IN (:members)" + where + " ORDER BY w.member_id, w.person_id"
                + " LIMIT :limit OFFSET :offset) c JOIN wi_person p ON p.id = c.person_id"
                + " ORDER BY c.member_id, c.person_id", params, ConnectionStore::known);
    }

    /**
     * LOWER on both sides: H2 compares case-sensitively, MariaDB's collation does not.
     */
    private static String positionWord(String table, int i, String word, MapSqlParameterSource params) {
        params.addValue("word" + i, "%" + like(word.toLowerCase(java.util.Locale.ROOT)) + "%");
        return " AND LOWER(" + table + ".position) LIKE :word" + i;
    }

}

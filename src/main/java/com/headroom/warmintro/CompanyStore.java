package com.headroom.warmintro;

import com.headroom.base.CompanyName;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a company name into the key connections are matched on: the normalized name
 * ({@link CompanyName}), unless an admin split that spelling off, or said it is another
 * name of a company ({@code P&G} = {@code Procter & Gamble}).
 */
@Component
class CompanyStore {

    private final JdbcTemplate jdbc;

    CompanyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The admins' aliases and splits as of now, read whole: for an import or a re-key,
     * which turn thousands of names into keys.
     */
    Resolver resolver() {
        Map<String, String> aliases = new HashMap<>();
        jdbc.query("SELECT alias_key, company_key FROM wi_company_alias", rs -> {
            aliases.put(rs.getString(1), rs.getString(2));
        });
        Map<String, String> splits = new HashMap<>();
        jdbc.query("SELECT name_lower, company_key FROM wi_company_split", rs -> {
            splits.put(rs.getString(1), rs.getString(2));
        });
        return new Resolver(splits::get, aliases::get);
    }

    /**
     * The key of one name, for a lookup or a search: reads only that name's split and
     * alias.
     */
    String key(String companyName) {
        return new Resolver(
                nameLower -> first("SELECT company_key FROM wi_company_split WHERE name_lower = ?", nameLower),
                key -> first("SELECT company_key FROM wi_company_alias WHERE alias_key = ?", key))
            .key(companyName);
    }

    private String first(String sql, String value) {
        var found = jdbc.queryForList(sql, String.class, value);
        return found.isEmpty() ? null : found.getFirst();
    }

    /**
     * The matching rule, whichever way the admins' corrections are read.
     *
     * @param splitOf the key a spelling was split off to (by its lower-case name), or
     * null
     * @param aliasOf the company key an alias key stands for, or null
     */
    record Resolver(java.util.function.UnaryOperator<String> splitOf,
            java.util.function.UnaryOperator<String> aliasOf) {

        String key(String companyName) {
            if (companyName == null || companyName.isBlank()) {
                return "";
            }
            String split = splitOf.apply(lower(companyName));
            if (split != null) {
                return split;
            }
            String key = CompanyName.key(companyName);
            String alias = aliasOf.apply(key);
            return alias == null ? key : alias;
        }
    }

    static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The key a split-off spelling gets: its own normalized name, marked so it meets
     * nothing else.
     */
    static String splitKey(String name) {
        return ConnectionStore.cap(CompanyName.key(name) + "#" + lower(name), 150);
    }

    List<CompanyAlias> aliases() {
        return jdbc.query(
                "SELECT alias_name, company_name, created_at FROM wi_company_alias ORDER BY company_name,"
                        + " alias_name",
                (rs, n) -> new CompanyAlias(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    List<CompanySplit> splits() {
        return jdbc.query("SELECT name, created_at FROM wi_company_split ORDER BY name",
                (rs, n) -> new CompanySplit(rs.getString(1), rs.getTimestamp(2).toInstant()));
    }

    void addAlias(String aliasName, String aliasKey, String companyName, String companyKey, Instant at) {
        jdbc.update("DELETE FROM wi_company_alias WHERE alias_key = ?", aliasKey);
        jdbc.update("INSERT INTO wi_company_alias (alias_key, alias_name, company_key, company_name, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", aliasKey, aliasName, companyKey, companyName, Timestamp.from(at));
        // Aliases do not chain: whatever pointed at the alias now points at the company.
        jdbc.update("UPDATE wi_company_alias SET company_key = ?, company_name = ? WHERE company_key = ?", companyKey,
                companyName, aliasKey);
        jdbc.update("UPDATE wi_connection SET company_key = ? WHERE company_key = ?", companyKey, aliasKey);
    }

    /**
     * @return the alias's key, or null when there was no such alias
     */
    @Nullable String removeAlias(String aliasName) {
        String aliasKey = CompanyName.key(aliasName);
        var found = jdbc.queryForList("SELECT company_key FROM wi_company_alias WHERE alias_key = ?", String.class,
                aliasKey);
        if (found.isEmpty()) {
            return null;
        }
        jdbc.update("DELETE FROM wi_company_alias WHERE alias_key = ?", aliasKey);
        return found.getFirst();
    }

    void addSplit(String name, String keyBefore, Instant at) {
        String lower = lower(name);
        String key = splitKey(name);
        jdbc.update("DELETE FROM wi_company_split WHERE name_lower = ?", lower);
        jdbc.update("INSERT INTO wi_company_split (name_lower, name, company_key, created_at) VALUES (?, ?, ?, ?)",
                lower, name.strip(), key, Timestamp.from(at));
        // Through the company index: only connections under the key the spelling had
        // before.
        jdbc.update("UPDATE wi_connection SET company_key = ? WHERE company_key = ? AND LOWER(company) = ?", key,
                keyBefore, lower);
    }

    boolean removeSplit(String name) {
        return jdbc.update("DELETE FROM wi_company_split WHERE name_lower = ?", lower(name)) > 0;
    }

    /**
     * Gives every connection under these keys its key as the directory computes it now.
     */
    void rekey(List<String> companyKeys) {
        var resolver = resolver();
        for (String key : companyKeys) {
            List<String> names = jdbc.queryForList("SELECT DISTINCT company FROM wi_connection WHERE company_key = ?",
                    String.class, key);
            for (String name : names) {
                String now = resolver.key(name);
                if (!now.equals(key)) {
                    jdbc.update("UPDATE wi_connection SET company_key = ? WHERE company_key = ? AND company = ?", now,
                            key, name);
                }
            }
        }
    }

    /**
     * Each company key in the connections once, up to {@code maxLength} characters: on
     * MariaDB a loose scan of the company index (one read per key, not per connection).
     */
    void eachKey(int maxLength, java.util.function.Consumer<String> each) {
        jdbc.query("SELECT DISTINCT company_key FROM wi_connection WHERE CHAR_LENGTH(company_key) <= ?", rs -> {
            each.accept(rs.getString(1));
        }, maxLength);
    }

    /**
     * How many connections a company has, counted up to {@code upTo} through the company
     * index.
     */
    int connectionsUpTo(String companyKey, int upTo) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT person_id FROM wi_connection" + " WHERE company_key = ? LIMIT ?) upto",
                Integer.class, companyKey, upTo);
        return n == null ? 0 : n;
    }

    /** A few ways a company is written in the connections, without counting them all. */
    List<String> someSpellings(String companyKey, int rows) {
        return jdbc
            .queryForList("SELECT company FROM wi_connection WHERE company_key = ? LIMIT ?", String.class, companyKey,
                    rows)
            .stream()
            .distinct()
            .toList();
    }

    /**
     * The spellings of a company seen in connections, with how many connections use each.
     */
    List<CompanySpelling> spellings(String companyKey) {
        return jdbc.query(
                "SELECT company, COUNT(*) FROM wi_connection WHERE company_key = ? GROUP BY company"
                        + " ORDER BY COUNT(*) DESC, company",
                (rs, n) -> new CompanySpelling(rs.getString(1), rs.getInt(2)), companyKey);
    }

}

package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.security.SystemAuthentication;
import com.headroom.warmintro.CompanyService;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.SuggestedAlias;
import com.headroom.warmintro.WarmIntroService;
import com.headroom.warmintro.WarmPath;
import db.migration.V9__Company_keys_meet_German_spellings_and_long_legal_forms;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The company-key rules that touch SQL, on every database ({@link PersistenceRules}
 * extends this): the re-keying migration and the company search of "Who knows whom".
 */
abstract class CompanyKeyPersistenceRules extends PipelinePersistenceRules {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TestData testData;

    @Autowired
    private ProspectService prospects;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private ConnectionImportService connectionImports;

    @Autowired
    private WarmIntroService warmIntros;

    @Autowired
    private CompanyService companies;

    @Test
    void the_migration_re_keys_every_stored_company_key_and_folds_what_now_meets() throws SQLException {
        var team = new ProspectFixtures(testData, prospects, users);
        // No a, e, o or u in the tag, so that the expected keys are plain to read.
        String t = "t"
                + Long.toString(UUID.randomUUID().getMostSignificantBits() & 0xffffffffL, 36).replaceAll("[aeou]", "x");
        String key = "muller " + t;
        // As the earlier rules stored them: umlauts spelled out and long legal forms kept
        // their own keys.
        var paula = team.add(team.alice, "Paula", "Prospect", "Placeholder " + t, "paula-" + t);
        jdbc.update("UPDATE prospect SET company = ?, company_key = ? WHERE id = ?",
                "Muller " + t + " Aktiengesellschaft", "muller " + t + " aktiengesellschaft", paula.id());
        long listed = doNotContact(team.team.id(), "Müller " + t + " GmbH", "muller " + t, "Asked us to stop",
                Instant.parse("2026-01-01T00:00:00Z"));
        doNotContact(team.team.id(), "Mueller " + t + " AG", "mueller " + t, "Customer",
                Instant.parse("2026-02-01T00:00:00Z"));
        importRows(team.bob,
                "Carl,Colleague,https://www.linkedin.com/in/carl-" + t + ",,Mueller " + t + " AG,CFO,1 Nov 2016\n"
                        + "Dora,Dev,https://www.linkedin.com/in/dora-" + t + ",,Müller " + t
                        + " Gesellschaft mit beschränkter" + " Haftung,Software Engineer,1 Nov 2023\n"
                        + "Otto,Alias,https://www.linkedin.com/in/otto-" + t + ",,MX" + t + ",VP Sales,1 Nov 2020\n"
                        + "Sven,Split,https://www.linkedin.com/in/sven-" + t + ",,Straße " + t + ",CEO,1 Nov 2020\n");
        staleKey(team.bob, "Mueller " + t + " AG", "mueller " + t);
        staleKey(team.bob, "Müller " + t + " Gesellschaft mit beschränkter Haftung",
                "muller " + t + " gesellschaft mit beschrankter haftung");
        staleKey(team.bob, "MX" + t, "mueller " + t);
        staleKey(team.bob, "Straße " + t, "straße " + t + "#straße " + t);
        alias("MX" + t, "mueller " + t, "Mueller " + t + " AG", Instant.parse("2026-01-01T00:00:00Z"));
        // Two aliases that now share a key: the later one is what an admin said last.
        alias("Mueller " + t + " Holding", "globex " + t, "Globex " + t, Instant.parse("2026-01-02T00:00:00Z"));
        alias("Müller " + t + " Holding", "initech " + t, "Initech " + t, Instant.parse("2026-01-03T00:00:00Z"));
        jdbc.update("INSERT INTO wi_company_split (name_lower, name, company_key, created_at) VALUES (?, ?, ?, ?)",
                "straße " + t, "Straße " + t, "straße " + t + "#straße " + t, Timestamp.from(Instant.now()));

        migrate();

        assertThat(CompanyName.key("Muller " + t + " Aktiengesellschaft")).isEqualTo(key);
        assertThat(jdbc.queryForMap(
                "SELECT company_key, do_not_contact, do_not_contact_reason FROM prospect" + " WHERE id = ?",
                paula.id()))
            .containsValues(key, true, "Company Müller " + t + " GmbH: Asked us" + " to stop (also listed as Mueller "
                    + t + " AG: Customer)");
        assertThat(jdbc.queryForList("SELECT actor_name, kind FROM prospect_history WHERE prospect_id = ?"
                + " AND kind = 'MARKED_DO_NOT_CONTACT'", paula.id()))
            .containsExactly(Map.of("actor_name", "Headroom", "kind", "MARKED_DO_NOT_CONTACT"));
        assertThat(jdbc.queryForList("SELECT id, shown_as, match_value, match_hash FROM do_not_contact"
                + " WHERE team_id = ? AND kind = 'COMPANY'", team.team.id()))
            .singleElement()
            .satisfies(row -> {
                assertThat(row.get("id")).isEqualTo(listed);
                assertThat(row).containsEntry("shown_as", "Müller " + t + " GmbH")
                    .containsEntry("match_value", key)
                    .containsEntry("match_hash", Hashes.sha256(key));
            });
        assertThat(jdbc.queryForList("SELECT company_key FROM wi_connection WHERE member_id = ? ORDER BY company_key",
                String.class, team.bob.id()))
            .containsExactly(key, key, key, "strasse " + t + "#straße " + t);
        assertThat(jdbc.queryForList("SELECT alias_name, company_key FROM wi_company_alias WHERE alias_key IN"
                + " (?, ?, ?) ORDER BY alias_key", "mx" + t, key + " holding", "mueller " + t + " holding"))
            .containsExactly(Map.of("alias_name", "Müller " + t + " Holding", "company_key", "initech " + t),
                    Map.of("alias_name", "MX" + t, "company_key", key));
        assertThat(jdbc.queryForObject("SELECT company_key FROM wi_company_split WHERE name_lower = ?", String.class,
                "straße " + t))
            .isEqualTo("strasse " + t + "#straße " + t);
        // What the rep sees: all three colleagues meet Paula's company.
        assertThat(SignedInAs.call(users, team.alice.email(), () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::personName)
            .containsExactlyInAnyOrder("Carl Colleague", "Dora Dev", "Otto Alias");

        // A second run finds nothing left to change.
        var before = snapshot(team);
        migrate();
        assertThat(snapshot(team)).isEqualTo(before);
    }

    @Test
    void a_company_search_reads_the_company_then_names_that_start_with_its_words_on_this_database() {
        var team = new ProspectFixtures(testData, prospects, users);
        String t = "q" + UUID.randomUUID().toString().substring(0, 8);
        importRows(team.alice,
                "Ann,Exact,https://www.linkedin.com/in/ann-" + t + ",,Müller " + t + " AG,CEO,1 Nov 2015\n"
                        + "Ben,Exact,https://www.linkedin.com/in/ben-" + t + ",,Mueller " + t + ",Engineer,1 Nov 2018\n"
                        + "Cem,Sys,https://www.linkedin.com/in/cem-" + t + ",,MÜLLER " + t
                        + " Systems GmbH,CFO,1 Nov 2019\n" + "Dag,Labs,https://www.linkedin.com/in/dag-" + t
                        + ",,Müller " + t + "labs,CEO,1 Nov 2015\n" + "Eda,Old,https://www.linkedin.com/in/eda-" + t
                        + ",,Old Müller " + t + ",CEO,1 Nov 2015\n");

        var all = SignedInAs.call(users, team.bob.email(),
                () -> warmIntros.search(team.team.id(), "Muller " + t, null, null, 0, 50));
        assertThat(all).extracting(WarmPath::personName).containsExactly("Ann Exact", "Ben Exact", "Cem Sys");
        for (int size = 1; size <= 2; size++) {
            List<WarmPath> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < 4; offset += size) {
                int from = offset;
                int limit = size;
                paged.addAll(SignedInAs.call(users, team.bob.email(),
                        () -> warmIntros.search(team.team.id(), "Müller " + t, null, null, from, limit)));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(all);
        }
    }

    @Test
    void suggested_aliases_pair_initials_with_the_name_they_stand_for_on_this_database() {
        var team = new ProspectFixtures(testData, prospects, users);
        // Initials of this run only: four consonants, so that no other test's pair is the
        // same and no
        // umlaut rule or legal form touches them.
        String consonants = "bcdfghjmnqrtwxz";
        var random = new java.util.Random();
        var initials = new StringBuilder();
        while (initials.length() < 4) {
            initials.append(consonants.charAt(random.nextInt(consonants.length())));
        }
        String key = initials.toString();
        String written = key.toUpperCase(java.util.Locale.ROOT);
        String name = key.chars()
            .mapToObj(c -> Character.toUpperCase((char) c) + "orvik")
            .collect(java.util.stream.Collectors.joining(" "));
        importRows(team.alice, "Ann,One,https://www.linkedin.com/in/ann-" + key + ",," + name + " Ltd,CEO,1 Nov 2015\n"
                + "Ben,Two,https://www.linkedin.com/in/ben-" + key + ",," + key + ",Engineer,1 Nov 2018\n");
        team.add(team.bob, "Cem", "Three", written, "cem-" + key);

        var suggested = SystemAuthentication.callAsSystem(() -> companies.suggestedAliases());
        // The connection writes the initials in lower case; the prospect's capitals are
        // what an admin accepts.
        assertThat(suggested).filteredOn(a -> CompanyName.key(a.alias()).equals(key))
            .extracting(SuggestedAlias::alias, SuggestedAlias::company, SuggestedAlias::aliasPeople,
                    SuggestedAlias::companyPeople)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(written, name + " Ltd", 2, 1));
    }

    private List<Map<String, Object>> snapshot(ProspectFixtures team) {
        return jdbc.queryForList(
                "SELECT 'c' AS t, company_key AS k, company AS v FROM wi_connection WHERE member_id = ?"
                        + " UNION ALL SELECT 'p', company_key, do_not_contact_reason FROM prospect WHERE team_id = ?"
                        + " UNION ALL SELECT 'd', match_value, reason FROM do_not_contact WHERE team_id = ?"
                        + " UNION ALL SELECT 'a', alias_key, company_key FROM wi_company_alias ORDER BY 1, 2, 3",
                team.bob.id(), team.team.id(), team.team.id());
    }

    private void migrate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new V9__Company_keys_meet_German_spellings_and_long_legal_forms().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }
    }

    private long doNotContact(long teamId, String shownAs, String storedKey, String reason, Instant at) {
        jdbc.update(
                "INSERT INTO do_not_contact (team_id, kind, match_value, match_hash, shown_as, reason,"
                        + " added_by_name, added_at) VALUES (?, 'COMPANY', ?, ?, ?, ?, 'Mia Manager', ?)",
                teamId, storedKey, Hashes.sha256(storedKey), shownAs, reason, Timestamp.from(at));
        return jdbc.queryForObject("SELECT id FROM do_not_contact WHERE team_id = ? AND match_hash = ?", Long.class,
                teamId, Hashes.sha256(storedKey));
    }

    private void staleKey(TestData.Person member, String company, String storedKey) {
        jdbc.update("UPDATE wi_connection SET company_key = ? WHERE member_id = ? AND company = ?", storedKey,
                member.id(), company);
    }

    private void alias(String aliasName, String storedCompanyKey, String companyName, Instant at) {
        jdbc.update(
                "INSERT INTO wi_company_alias (alias_key, alias_name, company_key, company_name, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                aliasName.toLowerCase(java.util.Locale.ROOT), aliasName, storedCompanyKey, companyName,
                Timestamp.from(at));
    }

    private void importRows(TestData.Person member, String rows) {
        SignedInAs.run(users, member.email(), () -> connectionImports.importConnections("Connections.csv",
                (com.headroom.warmintro.ConnectionFiles.HEADER + rows).getBytes(StandardCharsets.UTF_8), done -> {
                }));
    }

}

package db.migration;

import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * {@link CompanyName} now lets German with and without umlauts meet ("Müller", "Mueller",
 * "Muller"), spells out ß, æ, ø and kin, and drops long legal forms
 * ("Aktiengesellschaft", "Public Limited Company"). Every stored company key is
 * recomputed from the name it was made of:
 * <ul>
 * <li>prospects' company keys;</li>
 * <li>do-not-contact companies: entries of one team that now meet are folded into the
 * oldest, whose reason takes the others' along; prospects an entry now matches are
 * marked, with a line in their history (marks are only added here: lifting one is a
 * manager's decision);</li>
 * <li>the admins' company splits (their keys are made of the normalized name) and
 * aliases, replayed in the order they were made, as adding them again would do: a later
 * alias for a name that now meets an earlier one replaces it, and an alias whose names
 * now meet by themselves goes;</li>
 * <li>warm introductions' connections, one member at a time, through those splits and
 * aliases.</li>
 * </ul>
 * Only the pure rule ({@link CompanyName#key}) is application code here; what the
 * warm-intro directory does with splits and aliases is copied below, as DEVELOPERS.md
 * asks of migrations.
 */
public class V9__Company_keys_meet_German_spellings_and_long_legal_forms extends BaseJavaMigration {

    private static final int BATCH = 1000;

    /** wi_connection.company_key and the directory's keys. */
    private static final int DIRECTORY_KEY_LENGTH = 150;

    private static Timestamp databaseNow(java.sql.Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT CURRENT_TIMESTAMP(6)")) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        rekeyProspects(connection);
        rekeyDoNotContactCompanies(connection);
        // A migration runs before any Clock bean exists: the database's clock, as
        // ShedLock
        // reads it, so that every node would stamp the same time.
        markProspectsTheListNowNames(connection, databaseNow(connection));
        var directory = rekeySplitsAndAliases(connection);
        rekeyConnections(connection, directory);
    }

    private static void rekeyProspects(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, company, company_key FROM prospect");
                PreparedStatement update = connection
                    .prepareStatement("UPDATE prospect SET company_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String key = clip(CompanyName.key(rows.getString(2)), 200);
                if (!key.equals(rows.getString(3))) {
                    update.setString(1, key);
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }

    private record Entry(long id, long teamId, String shownAs, String reason, String hash) {
    }

    private static void rekeyDoNotContactCompanies(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, team_id, shown_as, reason, match_hash"
                        + " FROM do_not_contact WHERE kind = 'COMPANY' ORDER BY id")) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        // Oldest first: the first entry of a team under a key survives, the later ones
        // fold into it.
        Map<String, List<Entry>> byTeamAndKey = new LinkedHashMap<>();
        for (var e : entries) {
            byTeamAndKey.computeIfAbsent(e.teamId() + ":" + CompanyName.key(e.shownAs()), k -> new ArrayList<>())
                .add(e);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM do_not_contact WHERE id = ?");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE do_not_contact SET match_value = ?, match_hash = ?, reason = ? WHERE id = ?")) {
            // Deletes first: the survivor's new hash may be a folded entry's old one (one
            // unique index).
            for (var group : byTeamAndKey.values()) {
                for (var folded : group.subList(1, group.size())) {
                    delete.setLong(1, folded.id());
                    delete.executeUpdate();
                }
            }
            for (var group : byTeamAndKey.values()) {
                var kept = group.getFirst();
                String key = CompanyName.key(kept.shownAs());
                StringBuilder reason = new StringBuilder(kept.reason());
                for (var folded : group.subList(1, group.size())) {
                    reason.append(" (also listed as ")
                        .append(folded.shownAs())
                        .append(": ")
                        .append(folded.reason())
                        .append(')');
                }
                if (Hashes.sha256(key).equals(kept.hash()) && group.size() == 1) {
                    continue;
                }
                update.setString(1, key);
                update.setString(2, Hashes.sha256(key));
                update.setString(3, clip(reason.toString(), 300));
                update.setLong(4, kept.id());
                update.executeUpdate();
            }
        }
    }

    /**
     * As DoNotContactService.add marks them: set-based, with the entry's sentence as the
     * reason.
     */
    private static void markProspectsTheListNowNames(Connection connection, Timestamp now) throws SQLException {
        record Company(long teamId, String key, String sentence) {
        }
        List<Company> companies = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT team_id, match_value, shown_as, reason FROM do_not_contact"
                        + " WHERE kind = 'COMPANY' ORDER BY id")) {
            while (rows.next()) {
                companies.add(new Company(rows.getLong(1), rows.getString(2),
                        clip("Company " + rows.getString(3) + ": " + rows.getString(4), 200)));
            }
        }
        try (PreparedStatement history = connection.prepareStatement("INSERT INTO prospect_history (prospect_id,"
                + " occurred_at, actor_id, actor_name, kind, to_value) SELECT id, ?, NULL, 'Headroom',"
                + " 'MARKED_DO_NOT_CONTACT', ? FROM prospect WHERE team_id = ? AND company_key = ?"
                + " AND do_not_contact = FALSE");
                PreparedStatement mark = connection.prepareStatement("UPDATE prospect SET do_not_contact = TRUE,"
                        + " do_not_contact_reason = ?, version = version + 1 WHERE team_id = ? AND company_key = ?"
                        + " AND do_not_contact = FALSE")) {
            for (var c : companies) {
                if (c.key().isEmpty()) {
                    continue;
                }
                history.setTimestamp(1, now);
                history.setString(2, c.sentence());
                history.setLong(3, c.teamId());
                history.setString(4, c.key());
                history.executeUpdate();
                mark.setString(1, c.sentence());
                mark.setLong(2, c.teamId());
                mark.setString(3, c.key());
                mark.executeUpdate();
            }
        }
    }

    // ---- Warm introductions: the admins' corrections, then the connections. ----

    private record Alias(String aliasName, String companyName, String companyKey, Timestamp createdAt) {
    }

    /**
     * The company directory's rule (warmintro.CompanyStore.Resolver), over the re-keyed
     * corrections.
     */
    private record Directory(Map<String, String> splits, Map<String, Alias> aliases) {

        String key(String companyName) {
            if (companyName == null || companyName.isBlank()) {
                return "";
            }
            String split = splits.get(lower(companyName));
            if (split != null) {
                return split;
            }
            String key = CompanyName.key(companyName);
            Alias alias = aliases.get(key);
            return alias == null ? key : alias.companyKey();
        }
    }

    private static Directory rekeySplitsAndAliases(Connection connection) throws SQLException {
        Map<String, String> splits = new HashMap<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT name_lower, name, company_key FROM wi_company_split");
                PreparedStatement update = connection
                    .prepareStatement("UPDATE wi_company_split SET company_key = ? WHERE name_lower = ?")) {
            while (rows.next()) {
                String key = cap(CompanyName.key(rows.getString(2)) + "#" + lower(rows.getString(2)));
                splits.put(rows.getString(1), key);
                if (!key.equals(rows.getString(3))) {
                    update.setString(1, key);
                    update.setString(2, rows.getString(1));
                    update.executeUpdate();
                }
            }
        }
        List<Alias> made = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT alias_name, company_name, company_key, created_at"
                        + " FROM wi_company_alias ORDER BY created_at, alias_key")) {
            while (rows.next()) {
                made.add(new Alias(rows.getString(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4)));
            }
        }
        // Replayed as CompanyService.addAlias makes them, in the order they were made.
        var directory = new Directory(splits, new LinkedHashMap<>());
        for (var alias : made) {
            String aliasKey = CompanyName.key(alias.aliasName());
            String companyKey = directory.key(alias.companyName());
            if (aliasKey.equals(companyKey) || directory.key(alias.aliasName()).equals(companyKey)) {
                continue;
            }
            directory.aliases().remove(aliasKey);
            // Aliases do not chain: whatever pointed at the alias now points at the
            // company.
            directory.aliases()
                .replaceAll((k, a) -> a.companyKey().equals(aliasKey)
                        ? new Alias(a.aliasName(), alias.companyName(), companyKey, a.createdAt()) : a);
            directory.aliases()
                .put(aliasKey, new Alias(alias.aliasName(), alias.companyName(), companyKey, alias.createdAt()));
        }
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO wi_company_alias (alias_key,"
                        + " alias_name, company_key, company_name, created_at) VALUES (?, ?, ?, ?, ?)")) {
            delete.executeUpdate("DELETE FROM wi_company_alias");
            for (var entry : directory.aliases().entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue().aliasName());
                insert.setString(3, entry.getValue().companyKey());
                insert.setString(4, entry.getValue().companyName());
                insert.setTimestamp(5, entry.getValue().createdAt());
                insert.executeUpdate();
            }
        }
        return directory;
    }

    /** One member at a time (at most 30,000 rows each), updated by primary key. */
    private static void rekeyConnections(Connection connection, Directory directory) throws SQLException {
        List<Long> members = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT DISTINCT member_id FROM wi_connection ORDER BY member_id")) {
            while (rows.next()) {
                members.add(rows.getLong(1));
            }
        }
        Map<String, String> keyOf = new HashMap<>();
        try (PreparedStatement read = connection
            .prepareStatement("SELECT person_id, company, company_key FROM wi_connection WHERE member_id = ?");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE wi_connection SET company_key = ? WHERE member_id = ? AND person_id = ?")) {
            for (long member : members) {
                read.setLong(1, member);
                int pending = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        String key = keyOf.computeIfAbsent(rows.getString(2), directory::key);
                        if (!key.equals(rows.getString(3))) {
                            update.setString(1, key);
                            update.setLong(2, member);
                            update.setLong(3, rows.getLong(1));
                            update.addBatch();
                            pending++;
                        }
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }

    private static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** As ConnectionStore.cap: at most 150 characters, never half a surrogate pair. */
    private static String cap(String key) {
        if (key.length() <= DIRECTORY_KEY_LENGTH) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(DIRECTORY_KEY_LENGTH - 1)) ? DIRECTORY_KEY_LENGTH - 1
                : DIRECTORY_KEY_LENGTH;
        return key.substring(0, end);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}

package db.migration;

import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Warm introductions brought stricter company-name rules (dotted legal forms, other
 * scripts, "Group" no longer dropped), now shared by every feature in
 * {@link CompanyName}. Stored keys are recomputed: prospects' company keys, and
 * do-not-contact companies, where an entry that now meets an older one of its team is
 * folded into it (the older one stays).
 */
public class V6__Company_keys_follow_the_shared_rules extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, company, company_key FROM prospect");
                PreparedStatement update = connection
                    .prepareStatement("UPDATE prospect SET company_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String key = clip(CompanyName.key(rows.getString(2)));
                if (!key.equals(rows.getString(3))) {
                    update.setString(1, key);
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++pending % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        record Entry(long id, long teamId, String shownAs, String hash) {
        }
        List<Entry> entries = new ArrayList<>();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, team_id, shown_as, match_hash FROM do_not_contact"
                        + " WHERE kind = 'COMPANY' ORDER BY id")) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
            }
        }
        Set<String> taken = new HashSet<>();
        for (var e : entries) {
            taken.add(e.teamId() + ":" + e.hash());
        }
        try (PreparedStatement update = connection
            .prepareStatement("UPDATE do_not_contact SET match_value = ?, match_hash = ? WHERE id = ?");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM do_not_contact WHERE id = ?")) {
            for (var e : entries) {
                String key = CompanyName.key(e.shownAs());
                String hash = Hashes.sha256(key);
                if (hash.equals(e.hash())) {
                    continue;
                }
                taken.remove(e.teamId() + ":" + e.hash());
                if (!taken.add(e.teamId() + ":" + hash)) {
                    delete.setLong(1, e.id());
                    delete.executeUpdate();
                    continue;
                }
                update.setString(1, key);
                update.setString(2, hash);
                update.setLong(3, e.id());
                update.executeUpdate();
            }
        }
    }

    private static String clip(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

}

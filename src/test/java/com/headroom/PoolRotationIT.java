package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hikari replaces every connection at the end of its lifetime (30 minutes by default),
 * including the one Flyway created the schema on. H2 2.4.240 tied each CHECK constraint
 * to the connection that created it, so every write that met one failed after the first
 * rotation ("Check constraint invalid … The database has been closed"). This context
 * creates its own database, rotates the whole pool and then writes to every table that
 * has a CHECK constraint, so that a future H2 cannot bring the bug back unseen.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:rotation;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=3" })
@ActiveProfiles("test")
@Import({ TestData.class, TestClock.Config.class })
class PoolRotationIT {

    /** Rows for the tables the demo organisation leaves empty. */
    private static final Map<String, String> NEW_ROWS = Map.of("erased_person",
            "INSERT INTO erased_person (kind, salted_hash, erased_at)"
                    + " VALUES ('EMAIL', 'rotation-test', TIMESTAMP '2026-12-01 10:00:00')",
            "wi_strength_override",
            "INSERT INTO wi_strength_override (member_id, person_id, level, set_at)"
                    + " SELECT c.member_id, c.person_id, 'CLOSE', TIMESTAMP '2026-12-01 10:00:00'"
                    + " FROM wi_connection c ORDER BY c.member_id, c.person_id LIMIT 1",
            "email_export",
            "INSERT INTO email_export (team_id, prospect_id, tool, exported_by, exported_at)"
                    + " SELECT p.team_id, p.id, 'LEMLIST', p.owner_id, TIMESTAMP '2026-12-01 10:00:00'"
                    + " FROM prospect p ORDER BY p.id LIMIT 1",
            "keep_in_touch_setting",
            "INSERT INTO keep_in_touch_setting (member_id, after_days) SELECT a.id, 60 FROM account a ORDER BY a.id"
                    + " LIMIT 1",
            "scheduled_job_run",
            "INSERT INTO scheduled_job_run (job_name, node_name, started_at) VALUES ('rotation-test', 'node-a',"
                    + " TIMESTAMP '2026-12-01 10:00:00')",
            "keep_in_touch_mark",
            "INSERT INTO keep_in_touch_mark (member_id, person_key, marked_at, snoozed_until) SELECT a.id,"
                    + " 'prospect:1', TIMESTAMP '2026-12-01 10:00:00', TIMESTAMP '2026-12-31 10:00:00'"
                    + " FROM account a ORDER BY a.id LIMIT 1");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_table_with_a_check_constraint_takes_writes_after_the_pool_replaced_its_connections() {
        rotateThePool();

        List<String> tables = jdbc.queryForList(
                "SELECT DISTINCT table_name FROM information_schema.table_constraints"
                        + " WHERE constraint_type = 'CHECK' AND table_schema = 'public' ORDER BY table_name",
                String.class);
        assertThat(tables).contains("prospect", "outreach_entry", "content_item", "do_not_contact", "wi_import_change",
                "account", "tier");
        List<String> failures = new ArrayList<>();
        for (String table : tables) {
            try {
                // Rewriting a row with itself makes H2 check every constraint of the row
                // again.
                var columns = jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns"
                                + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position",
                        String.class, table);
                String first = columns.getFirst();
                String set = String.join(", ", columns.stream().map(c -> c + " = " + c).toList());
                int rows = jdbc.update("UPDATE " + table + " SET " + set);
                if (rows == 0 && NEW_ROWS.containsKey(table)) {
                    rows = jdbc.update(NEW_ROWS.get(table));
                }
                if (rows == 0) {
                    failures
                        .add(table + ": no row to rewrite; add an INSERT for it to NEW_ROWS (column " + first + ")");
                }
            }
            catch (org.springframework.dao.DataAccessException e) {
                failures.add(table + ": " + e.getMostSpecificCause().getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_rep_adds_a_prospect_after_the_pool_replaced_its_connections() {
        var team = data.team("Rotation");
        var rep = data.person("Rotation Rep", Role.MEMBER, team.id(), "Premium Business");
        rotateThePool();

        var added = SignedInAs.call(users, rep.email(),
                () -> prospects.add(team.id(),
                        new ProspectDraft("Elena", "Rotated", "VP Sales", "Acme",
                                "https://www.linkedin.com/in/elena-rotated-" + System.nanoTime(), "",
                                EmailStatus.UNKNOWN, "", "", null, Set.of(), "")));

        assertThat(added.stage()).isEqualTo(Stage.NEW);
    }

    /** What max-lifetime does to each connection, done to all of them at once. */
    private void rotateThePool() {
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        int before = pool.getTotalConnections();
        pool.softEvictConnections();
        // Borrow and return every connection so that the evicted ones are really closed.
        for (int i = 0; i < 3; i++) {
            jdbc.queryForObject("SELECT 1", Integer.class);
        }
        assertThat(before).as("connections open before the rotation").isPositive();
    }

}

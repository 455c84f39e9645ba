package com.headroom.dashboard.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headroom.bench.LimitsEngineBenchmark;
import com.headroom.bench.Runs;
import com.headroom.dashboard.MemberOverviewService;
import com.headroom.dashboard.OverviewService;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.dashboard.ResultsService;
import com.headroom.outreach.LedgerEntry;
import com.headroom.prospect.ImportField;
import com.headroom.prospect.ProspectImportService;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The manager's screens for a team of 100 seated members with a year of ledger each
 * (10,000 entries a member, 1,000,000 rows), on MariaDB, run by hand (not in the suite):
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.headroom.dashboard.ui.DashboardBenchmark
 * </pre>
 *
 * It starts Headroom in the mariadb profile on its own database
 * (HEADROOM_BENCH_MARIADB_URL, by default headroom_dashboard_bench on 127.0.0.1), seats
 * 100 members and a manager, imports 200 prospects a member, writes each member the year
 * of {@link LimitsEngineBenchmark} straight into the ledger (moved by whole weeks so that
 * it ends this week), and times, as the manager: Team overview built server-side (service
 * and view), results for this quarter, and one member's screen, each 200 times after a
 * warm-up. The first overview call builds the digests from the whole ledgers; its time is
 * printed apart.
 */
public final class DashboardBenchmark {

    private static final int MEMBERS = 100;

    private static final int PROSPECTS_EACH = 200;

    private static final int RUNS = 200;

    private static final int WARM_UP = 30;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = Runs.env("HEADROOM_BENCH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/headroom_dashboard_bench"
                + "?sslMode=disable&createDatabaseIfNotExist=true");
        try (var context = Runs.startHeadroom(url, "--headroom.jobs.enabled=false")) {
            run(context, url);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, String url) throws Exception {
        var teams = context.getBean(TeamService.class);
        var tiers = context.getBean(TierService.class);
        var accounts = context.getBean(AccountService.class);
        var links = context.getBean(PasswordLinkService.class);
        var imports = context.getBean(ProspectImportService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        var users = context.getBean(UserDetailsService.class);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        ZoneId zone = ZoneId.of("Europe/Berlin");

        long teamId = SystemAuthentication.callAsSystem(() -> teams.create("Dashboard " + stamp, zone.getId()).id());
        long tierId = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers()
            .stream()
            .filter(t -> t.name().equals("Sales Navigator Core"))
            .findFirst()
            .map(TierDetails::id)
            .orElseThrow());
        List<Long> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            String email = "rep-" + m + "-" + stamp + "@bench.test";
            var link = SystemAuthentication.callAsSystem(() -> accounts
                .invite(new AccountDraft("Rep " + email.substring(4, email.indexOf('-', 4)) + " Bench", email,
                        Role.MEMBER, teamId, tierId, LocalDate.of(2025, 10, 1), null, null, Set.of())));
            links.setPassword(link.token(), "a long benchmark password");
            members.add(link.accountId());
        }
        String managerEmail = "manager-" + stamp + "@bench.test";
        var managerLink = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Bench Manager",
                managerEmail, Role.MANAGER, teamId, tierId, LocalDate.of(2025, 10, 1), null, null, Set.of(teamId))));
        links.setPassword(managerLink.token(), "a long benchmark password");
        var manager = (HeadroomUser) users.loadUserByUsername(managerEmail);
        var firstRep = (HeadroomUser) users.loadUserByUsername("rep-0-" + stamp + "@bench.test");

        long started = System.nanoTime();
        var file = csv(stamp);
        as(firstRep, () -> imports.importFile(teamId, file,
                List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.COMPANY, ImportField.PROFILE_URL),
                done -> {
                }));
        List<Long> prospectIds = jdbc.queryForList("SELECT id FROM prospect WHERE team_id = ? ORDER BY id", Long.class,
                teamId);
        for (int m = 0; m < MEMBERS; m++) {
            jdbc.update(
                    "UPDATE prospect SET owner_id = ?, stage = 'INVITED', last_activity_at = ? WHERE team_id = ?"
                            + " AND id BETWEEN ? AND ?",
                    members.get(m), Timestamp.from(Instant.now()), teamId, prospectIds.get(m * PROSPECTS_EACH),
                    prospectIds.get((m + 1) * PROSPECTS_EACH - 1));
        }

        var template = LimitsEngineBenchmark.year(zone, new Random(1));
        Instant last = template.getLast().at();
        Duration shift = Duration.ofDays(7 * Math.max(0, Duration.between(last, Instant.now()).toDays() / 7));
        long rows = 0;
        for (int m = 0; m < MEMBERS; m++) {
            var year = LimitsEngineBenchmark.year(zone, new Random(m + 1));
            Long top = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM outreach_entry", Long.class);
            long offset = (top == null ? 0 : top) + 1;
            var byId = new ArrayList<>(year);
            byId.sort(Comparator.comparingLong(LedgerEntry::id));
            List<Object[]> batch = new ArrayList<>();
            List<Object[]> stages = new ArrayList<>();
            for (LedgerEntry e : byId) {
                Long prospect = e.prospectId() == 0 ? null
                        : prospectIds.get(m * PROSPECTS_EACH + (int) (e.prospectId() % PROSPECTS_EACH));
                Instant at = e.at().plus(shift);
                batch.add(new Object[] { offset + e.id(), teamId, members.get(m), prospect, e.type().name(),
                        Timestamp.from(at), Timestamp.from(at), e.withNote(),
                        e.relatesTo() == null ? null : offset + e.relatesTo(), e.credits(),
                        "bench-" + m + "-" + e.id() });
                if (e.type() == com.headroom.outreach.OutreachType.MESSAGE_REPLIED && e.id() % 4 == 0) {
                    stages
                        .add(new Object[] { prospect, Timestamp.from(at.plusSeconds(60)), members.get(m), "Meeting" });
                }
            }
            jdbc.batchUpdate("INSERT INTO outreach_entry (id, team_id, member_id, prospect_id, type, occurred_at,"
                    + " logged_at, with_note, relates_to, credits, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)", batch);
            jdbc.batchUpdate("INSERT INTO prospect_history (prospect_id, occurred_at, actor_id, actor_name, kind,"
                    + " to_value) VALUES (?, ?, ?, 'Bench', 'STAGE_CHANGED', ?)", stages);
            rows += batch.size();
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        var overview = context.getBean(OverviewService.class);
        var results = context.getBean(ResultsService.class);
        var memberScreen = context.getBean(MemberOverviewService.class);
        long firstCall = System.nanoTime();
        var built = as(manager, () -> overview.overview(teamId));
        double digestSeconds = (System.nanoTime() - firstCall) / 1e9;

        var teamOutreach = context.getBean(com.headroom.outreach.TeamOutreach.class);
        var pipeline = context.getBean(com.headroom.prospect.TeamPipeline.class);
        var parts = new StringBuilder();
        parts.append(line("  of which the service", measure(manager, () -> overview.overview(teamId))));
        parts.append(line("  of which statusOf (100 limits-engine runs)",
                measure(manager, () -> teamOutreach.statusOf(teamId))));
        parts.append(line("  of which two weeks of days",
                measure(manager, () -> teamOutreach.days(teamId, LocalDate.now().minusDays(14), LocalDate.now()))));
        parts.append(line("  of which account conflicts",
                measure(manager, () -> pipeline.accountConflicts(teamId, Instant.now().minus(Duration.ofDays(30))))));
        MockVaadin.setup();
        var overviewTimes = measure(manager, () -> {
            var view = new TeamOverviewView(overview, context.getBean(com.headroom.base.AuditLog.class));
            UI.getCurrent().add(view);
            UI.getCurrent().remove(view);
            return view;
        });
        MockVaadin.tearDown();
        var quarter = as(manager, () -> ResultsPeriod.of(ResultsPeriod.Kind.THIS_QUARTER, results.today(teamId)));
        var resultsTimes = measure(manager, () -> results.results(teamId, quarter));
        int[] next = { 0 };
        var memberTimes = measure(manager, () -> memberScreen.member(members.get(next[0]++ % MEMBERS)));

        var out = new StringBuilder();
        out.append(String.format(Locale.ENGLISH, "Dashboard benchmark, %s, %d cores, Java %s, buffer pool %s MB%n",
                url.replaceAll("\\?.*", ""), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size DIV 1048576", String.class)));
        out.append(String.format(Locale.ENGLISH,
                "team: %d seated members (and the manager), %,d ledger rows, %,d" + " prospects; loaded in %.0f s%n",
                MEMBERS, rows, prospectIds.size(), loadSeconds));
        out.append(String.format(Locale.ENGLISH,
                "first overview, digests built from the whole ledgers: %.1f s; %d" + " attention lines%n",
                digestSeconds, built.attention().size()));
        out.append(line("Team overview built server-side (service and view)", overviewTimes));
        out.append(parts);
        out.append(line("Results for this quarter (" + quarter.from() + " to " + quarter.to() + ")", resultsTimes));
        out.append(line("One member's screen (service)", memberTimes));
        System.out.println();
        System.out.println(out);
        Files.writeString(Path.of("target", "dashboard-benchmark.txt"), out.toString());
    }

    private static String line(String what, double[] t) {
        return String.format(Locale.ENGLISH, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, t[0], t[1], t[2]);
    }

    private static Path csv(String stamp) throws Exception {
        var text = new StringBuilder("First Name,Last Name,Company,LinkedIn URL\n");
        for (int i = 0; i < MEMBERS * PROSPECTS_EACH; i++) {
            // Ten prospects a company, each company one member's, but for ten companies
            // that ten members share.
            String company = i % PROSPECTS_EACH == 0 ? "Shared " + (i / PROSPECTS_EACH / 10) : "Company " + (i / 10);
            text.append("Person,")
                .append(i)
                .append(',')
                .append(company)
                .append(",https://www.linkedin.com/in/bench-")
                .append(stamp)
                .append('-')
                .append(i)
                .append('\n');
        }
        Path path = Files.createTempFile("dashboard", ".csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static double[] measure(HeadroomUser user, Supplier<?> work) {
        return Runs.measure(user, WARM_UP, RUNS, work);
    }

    private static <T> T as(HeadroomUser user, Supplier<T> work) {
        return Runs.as(user, work);
    }

}

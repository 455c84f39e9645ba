package com.headroom.outreach.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headroom.bench.LimitsEngineBenchmark;
import com.headroom.bench.Runs;
import com.headroom.outreach.LedgerEntry;
import com.headroom.outreach.OutreachService;
import com.headroom.prospect.ImportField;
import com.headroom.prospect.ProspectImportService;
import com.headroom.security.CurrentUser;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "My day" for a rep with a member-year of ledger, on MariaDB, run by hand (not in the
 * suite):
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.headroom.outreach.ui.MyDayBenchmark
 * </pre>
 *
 * It starts Headroom in the mariadb profile on its own database
 * (HEADROOM_BENCH_MARIADB_URL, by default headroom_bench on 127.0.0.1), imports 5,000
 * prospects for one rep, writes the 10,000 ledger lines of {@link LimitsEngineBenchmark}
 * for them (straight into the table: the service refuses to log more than 30 days back),
 * and times the whole server side of "My day" (service and view) 200 times after 50
 * warm-up runs.
 */
public final class MyDayBenchmark {

    private static final int PROSPECTS = 5_000;

    private static final int RUNS = 200;

    private MyDayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = Runs.env("HEADROOM_BENCH_MARIADB_URL",
                "jdbc:mariadb://127.0.0.1:3306/headroom_bench?sslMode=disable&createDatabaseIfNotExist=true");
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
        var outreach = context.getBean(OutreachService.class);
        var myDay = context.getBean(com.headroom.outreach.MyDayService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        String stamp = Long.toString(System.currentTimeMillis(), 36);

        long teamId = SystemAuthentication.callAsSystem(() -> teams.create("My day " + stamp, "Europe/Berlin").id());
        long tierId = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers()
            .stream()
            .filter(t -> t.name().equals("Sales Navigator Core"))
            .findFirst()
            .map(TierDetails::id)
            .orElseThrow());
        String email = "busy-rep-" + stamp + "@bench.test";
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Busy Rep", email,
                Role.MEMBER, teamId, tierId, LocalDate.of(2025, 11, 1), null, null, Set.of())));
        links.setPassword(link.token(), "a long benchmark password");
        var rep = (HeadroomUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);

        var file = csv(stamp);
        as(rep, () -> imports.importFile(teamId, file,
                List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.COMPANY, ImportField.PROFILE_URL),
                done -> {
                }));
        List<Long> prospectIds = jdbc.queryForList("SELECT id FROM prospect WHERE team_id = ? ORDER BY id", Long.class,
                teamId);

        // The year, with ids placed above every existing entry so that reversals keep
        // their targets.
        var year = LimitsEngineBenchmark.year(ZoneId.of("Europe/Berlin"), new Random(1));
        Long top = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM outreach_entry", Long.class);
        long offset = (top == null ? 0 : top) + 1;
        List<Object[]> rows = new ArrayList<>();
        // In id order, so that every entry an entry relates to is already there.
        var byId = new ArrayList<>(year);
        byId.sort(java.util.Comparator.comparingLong(LedgerEntry::id));
        for (LedgerEntry e : byId) {
            Long prospect = e.prospectId() == 0 ? null : prospectIds.get((int) (e.prospectId() % prospectIds.size()));
            rows.add(new Object[] { offset + e.id(), teamId, rep.accountId(), prospect, e.type().name(),
                    Timestamp.from(e.at()), Timestamp.from(e.at()), e.withNote(),
                    e.relatesTo() == null ? null : offset + e.relatesTo(), e.credits(), "bench-" + e.id() });
        }
        jdbc.batchUpdate(
                "INSERT INTO outreach_entry (id, team_id, member_id, prospect_id, type, occurred_at, logged_at,"
                        + " with_note, relates_to, credits, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);

        var clock = context.getBean(Clock.class);
        var currentUser = context.getBean(CurrentUser.class);
        MockVaadin.setup();
        var day = as(rep, myDay::myDay);
        var service = measure(rep, myDay::myDay);
        var view = measure(rep, () -> {
            var shown = new MyDayView(outreach, myDay, currentUser, clock,
                    context.getBeanProvider(com.headroom.outreach.MyDayNotice.class),
                    context.getBean(com.headroom.outreach.PlaybookService.class));
            UI.getCurrent().add(shown);
            UI.getCurrent().remove(shown);
            return shown;
        });
        MockVaadin.tearDown();

        var out = new StringBuilder();
        out.append(
                String.format(Locale.ENGLISH, "My day benchmark, %s, %d cores, Java %s%n", url.replaceAll("\\?.*", ""),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        out.append(String.format(Locale.ENGLISH,
                "ledger: %,d entries over %s to %s; %,d pending, %,d due for" + " withdrawal%n", year.size(),
                year.getFirst().at(), year.getLast().at(), day.headroom().orElseThrow().invitations().pending(),
                day.headroom().orElseThrow().invitations().withdrawDue().size()));
        out.append(String.format(Locale.ENGLISH, "myDay() service: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", service[0],
                service[1], service[2]));
        out.append(String.format(Locale.ENGLISH,
                "My day view built server-side (service included): p50 %.1f ms," + " p95 %.1f ms, max %.1f ms%n",
                view[0], view[1], view[2]));
        System.out.println();
        System.out.println(out);
        Files.writeString(Path.of("target", "my-day-benchmark.txt"), out.toString());
    }

    private static Path csv(String stamp) throws Exception {
        var text = new StringBuilder("First Name,Last Name,Company,LinkedIn URL\n");
        for (int i = 0; i < PROSPECTS; i++) {
            text.append("Person,")
                .append(i)
                .append(",Company ")
                .append(i % 300)
                .append(",https://www.linkedin.com/in/busy-")
                .append(stamp)
                .append('-')
                .append(i)
                .append('\n');
        }
        Path path = Files.createTempFile("my-day", ".csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static double[] measure(HeadroomUser user, Supplier<?> work) {
        return Runs.measure(user, 50, RUNS, work);
    }

    private static <T> T as(HeadroomUser user, Supplier<T> work) {
        return Runs.as(user, work);
    }

}

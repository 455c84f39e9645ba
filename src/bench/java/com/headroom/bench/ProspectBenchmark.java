package com.headroom.bench;

import com.headroom.prospect.ImportField;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectImportService;
import com.headroom.prospect.ProspectService;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prospect benchmark on MariaDB, run by hand (not part of the test suite):
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.headroom.bench.ProspectBenchmark
 * </pre>
 *
 * It starts Headroom in the mariadb profile on its own database
 * (HEADROOM_BENCH_MARIADB_URL, by default headroom_bench on 127.0.0.1), imports five CSV
 * files of 20,000 generated prospects into one team through the real import (timing each,
 * dedupe included), imports one of them again, and then times the list queries the
 * prospects page makes, on the team of 100,000.
 */
public final class ProspectBenchmark {

    private static final String[] FIRST = ("Anna Ben Carla David Elena Felix Greta Hugo Ines Jonas Karin Liam Maria"
            + " Nora Oscar Paula Quentin Rosa Stefan Tara Uwe Vera Walter Xenia Yusuf Zoe Ahmed Beatriz Chen Dmitri"
            + " Emeka Fatima Giulia Hiroshi Ingrid Javier Kofi Lucia Mateo Nadia Olga Pierre Rajesh Sofia Tomas"
            + " Ulrike Viktor Wen Yara Zeynep")
        .split(" ");

    private static final String[] LAST = ("Smith Müller Garcia Rossi Dubois Kowalski Nielsen Jansen Silva Novak"
            + " Horvat Ivanov Papadopoulos Yilmaz Kim Tanaka Singh Okafor Haddad Cohen Larsen Schmidt Bernard Moreau"
            + " Ricci Santos Lindqvist Virtanen Andersen Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter"
            + " Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner"
            + " Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters"
            + " Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth"
            + " Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer"
            + " Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn"
            + " Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer")
        .split(" ");

    private static final String[] TITLES = { "VP Sales", "Head of Revenue Operations", "Chief Revenue Officer",
            "Sales Director", "Account Executive", "Head of Procurement", "CFO", "Chief Executive Officer",
            "Head of Marketing", "Talent Acquisition Lead", "Business Development Manager", "Head of Partnerships",
            "Customer Success Manager", "Country Manager", "Head of Growth" };

    private static final int FILES = Integer.parseInt(Runs.env("HEADROOM_BENCH_FILES", "5"));

    private static final int ROWS_PER_FILE = 20_000;

    private static final int RUNS = 200;

    private ProspectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = Runs.env("HEADROOM_BENCH_MARIADB_URL",
                "jdbc:mariadb://127.0.0.1:3306/headroom_bench?sslMode=disable&createDatabaseIfNotExist=true");
        try (var context = Runs.startHeadroom(url)) {
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
        var prospects = context.getBean(ProspectService.class);
        String stamp = Long.toString(System.currentTimeMillis(), 36);

        long teamId = SystemAuthentication.callAsSystem(() -> teams.create("Bench " + stamp, "Europe/Berlin").id());
        long tierId = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().getFirst().id());
        String email = "rep-" + stamp + "@bench.test";
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Bench Rep", email,
                Role.MEMBER, teamId, tierId, LocalDate.of(2026, 1, 1), null, null, Set.of())));
        links.setPassword(link.token(), "a long benchmark password");
        var rep = (HeadroomUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);

        var out = new StringBuilder();
        out.append("Prospect benchmark, ")
            .append(url.replaceAll("\\?.*", ""))
            .append(", ")
            .append(Runtime.getRuntime().availableProcessors())
            .append(" cores, Java ")
            .append(System.getProperty("java.version"))
            .append('\n');
        List<ImportField> mapping = List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.HEADLINE,
                ImportField.COMPANY, ImportField.PROFILE_URL, ImportField.LOCATION);
        var random = new Random(42);
        // A running server has warmed up: one import into a scratch team first, reported
        // apart.
        long scratchTeam = SystemAuthentication.callAsSystem(() -> teams.create("Warm-up " + stamp, "UTC").id());
        SystemAuthentication
            .callAsSystem(() -> accounts.update(rep.accountId(), accounts.find(rep.accountId()).orElseThrow().version(),
                    managerOf(accounts.find(rep.accountId()).orElseThrow().draft(), teamId, scratchTeam)));
        var manager = (HeadroomUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        Path warmFile = csv(random, stamp + "w", 0);
        var cold = as(manager, () -> time(() -> imports.importFile(scratchTeam, warmFile, mapping, done -> {
        })));
        out.append(String.format(Locale.ENGLISH,
                "cold start (JVM not warmed up): import %,d rows into an empty team:" + " %,d ms%n", ROWS_PER_FILE,
                cold.millis()));
        Path firstFile = null;
        for (int f = 0; f < FILES; f++) {
            Path file = csv(random, stamp, f);
            if (firstFile == null) {
                firstFile = file;
            }
            var report = as(manager, () -> time(() -> imports.importFile(teamId, file, mapping, done -> {
            })));
            out.append(String.format(Locale.ENGLISH, "import %,d rows into a team of %,d: %,d ms (%,d added)%n",
                    ROWS_PER_FILE, f * ROWS_PER_FILE, report.millis(), report.value().added()));
        }
        Path again = firstFile;
        var repeat = as(manager, () -> time(() -> imports.importFile(teamId, again, mapping, done -> {
        })));
        out.append(String.format(Locale.ENGLISH,
                "import the first %,d rows again (all known, nothing changes):" + " %,d ms (%,d unchanged)%n",
                ROWS_PER_FILE, repeat.millis(), repeat.value().unchanged()));

        var base = ProspectFilter.team(teamId);
        var firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "lastActivity"));
        var rep2 = manager;
        long total = as(rep2, () -> prospects.count(base));
        out.append(String.format(Locale.ENGLISH, "team size: %,d prospects%n", total));
        record Case(String name, ProspectFilter filter) {
        }
        var cases = List.of(new Case("first page, text filter \"kowalski\" (a surname)", base.withText("kowalski")),
                new Case("first page, text filter \"schmidt vp\" (two words)", base.withText("schmidt vp")),
                new Case("first page, text filter \"ma\" (a broad prefix)", base.withText("ma")),
                new Case("first page, company filter \"company 4\"", base.withCompany("Company 4")),
                new Case("first page, no filter", base));
        for (var c : cases) {
            long matches = as(rep2, () -> prospects.count(c.filter()));
            var page = measure(rep2, () -> prospects.search(c.filter(), firstPage));
            var count = measure(rep2, () -> prospects.count(c.filter()));
            var pipeline = measure(rep2, () -> prospects.pipeline(c.filter()));
            out.append(String.format(Locale.ENGLISH,
                    "%s, %,d matches: page p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                            + " count p95 %.1f ms; pipeline counts p95 %.1f ms%n",
                    c.name(), matches, page[0], page[1], page[2], count[1], pipeline[1]));
        }
        System.out.println();
        System.out.println(out);
        Files.writeString(Path.of("target", "prospect-benchmark.txt"), out.toString());
    }

    /**
     * The rep becomes a manager of both teams, so that the warm-up needs no second
     * account.
     */
    private static AccountDraft managerOf(AccountDraft d, long teamId, long scratchTeam) {
        return new AccountDraft(d.displayName(), d.email(), Role.MANAGER, d.teamId(), d.tierId(), d.seatStartedOn(),
                d.linkedInProfileUrl(), d.linkedInStartedOn(), Set.of(teamId, scratchTeam));
    }

    private record Timed<T>(T value, long millis) {
    }

    private static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }

    private static Path csv(Random random, String stamp, int file) throws Exception {
        var text = new StringBuilder("First Name,Last Name,Headline,Company,LinkedIn URL,Location\n");
        for (int i = 0; i < ROWS_PER_FILE; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            text.append(first)
                .append(',')
                .append(last)
                .append(',')
                .append(TITLES[random.nextInt(TITLES.length)])
                .append(",Company ")
                .append(random.nextInt(2000))
                .append(" GmbH,https://www.linkedin.com/in/")
                .append(first.toLowerCase(Locale.ROOT))
                .append('-')
                .append(last.toLowerCase(Locale.ROOT))
                .append('-')
                .append(stamp)
                .append('-')
                .append(file)
                .append('-')
                .append(i)
                .append(",Berlin\n");
        }
        Path path = Files.createTempFile("bench", ".csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static double[] measure(HeadroomUser user, Supplier<?> work) {
        return Runs.measure(user, 30, RUNS, work);
    }

    private static <T> T as(HeadroomUser user, Supplier<T> work) {
        return Runs.as(user, work);
    }

}

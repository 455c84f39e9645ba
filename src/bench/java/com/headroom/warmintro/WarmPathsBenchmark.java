package com.headroom.warmintro;

import com.headroom.Application;
import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Warm introductions at the size of a 50-member team, on MariaDB, run by hand (not in the
 * suite):
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=com.headroom.warmintro.WarmPathsBenchmark
 * </pre>
 *
 * It drops and re-creates the database of HEADROOM_BENCH_MARIADB_URL (by default
 * headroom_bench on 127.0.0.1; user and password from HEADROOM_BENCH_MARIADB_USER and
 * HEADROOM_BENCH_MARIADB_PASSWORD, root and empty by default; the server needs
 * local_infile=ON), starts Headroom on it in the mariadb profile and then:
 * <ol>
 * <li>imports, through {@link ConnectionImportService}, a generated LinkedIn
 * Connections.csv of 30,000 rows for each of 50 members of one team (1.5 million
 * connections). People come from a pool of 600,000 (a "hot" tenth of it known to about
 * ten members each, so networks overlap), working at 20,000 companies of Zipf-like sizes,
 * the larger ones written in several spellings; positions from C-level down to individual
 * contributors, about 10% with an e-mail address;</li>
 * <li>times first imports for new members of a second team against MariaDB's own
 * {@code LOAD DATA LOCAL INFILE} of the same rows into the same tables, and re-imports of
 * a newer file (500 added, 500 gone, 300 new positions) for members of the first
 * team;</li>
 * <li>adds 1,000 prospects through {@link ProspectService#add} and times
 * {@link WarmIntroService#forProspect} for them (200 warm-up calls, 1,000 measured), and
 * again for the 20 prospects at the largest companies;</li>
 * <li>times {@link WarmIntroService#search} by company, name prefix and position
 * words;</li>
 * <li>prints a table of the figures and the EXPLAIN (and ANALYZE) output of the lookup
 * queries of {@link ConnectionStore}, also written to
 * target/warm-paths-benchmark.txt.</li>
 * </ol>
 * It takes about ten minutes on two cores. Everything is generated from a fixed seed.
 */
public final class WarmPathsBenchmark {

    /** 50; fewer with -Dwarmpaths.members=3 for a quick try of the harness itself. */
    private static final int MEMBERS = Integer.getInteger("warmpaths.members", 50);

    private static final int ROWS = 30_000;

    private static final int POOL = 600_000;

    /**
     * People known to many members: a tenth of the pool makes up 40% of every network.
     */
    private static final int HOT = 60_000;

    private static final double HOT_SHARE = 0.4;

    private static final int COMPANIES = 20_000;

    /**
     * Zipf-Mandelbrot offset: weight of the company of rank k (0-based) is 1 / (k + 1 +
     * Q).
     */
    private static final double ZIPF_Q = 5;

    /**
     * Companies written in several spellings ("Acme Inc", "ACME, Inc.", "Acme
     * Corporation", "Acme").
     */
    private static final int SPELLED_MANY_WAYS = 300;

    private static final int TRIALS = 5;

    private static final int REIMPORTS = Math.min(5, MEMBERS);

    private static final int PROSPECTS = 1_000;

    /**
     * Rounds of the write-path experiment; 0 (-Dwarmpaths.writeRounds=0) leaves it out.
     */
    private static final int WRITE_ROUNDS = Integer.getInteger("warmpaths.writeRounds", 2);

    private static final int WARM_UP = 200;

    private static final int LARGEST = 20;

    private static final long SEED = 20_251_107L;

    private static final String PASSWORD = "a long benchmark password";

    private static final String[] FIRST = { "Ann", "Anna", "Anne", "Annika", "Annette", "Andreas", "Andrew", "Adam",
            "Aisha", "Alejandro", "Alice", "Amelia", "Ben", "Bianca", "Carlos", "Charlotte", "Chen", "Chloe", "Daniel",
            "David", "Deepa", "Elena", "Emma", "Erik", "Fatima", "Felix", "Finn", "Francesca", "Gabriel", "Greta",
            "Hannah", "Hiroshi", "Ibrahim", "Isabel", "Ivan", "Jakob", "James", "Jana", "Javier", "Jennifer",
            "Johannes", "José", "Julia", "Jürgen", "Karen", "Katarzyna", "Kevin", "Laura", "Lea", "Leon", "Lina",
            "Lucas", "Luis", "Maria", "Mark", "Marta", "Matteo", "Mei", "Michael", "Mohammed", "Nadia", "Nina", "Noah",
            "Olga", "Oliver", "Omar", "Paul", "Pedro", "Priya", "Rafael", "Rahul", "Rebecca", "Robert", "Sara", "Sarah",
            "Sebastian", "Sofia", "Søren", "Stefan", "Susan", "Thomas", "Tobias", "Uma", "Valentina", "Victor",
            "William", "Xavier", "Yara", "Yusuf", "Zoë" };

    private static final String[] LAST = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Dubois", "Moreau", "Laurent",
            "Lefèvre", "Nowak", "Kowalski", "Wiśniewski", "Novák", "Svoboda", "Jensen", "Nielsen", "Hansen",
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Virtanen", "Korhonen", "Kim", "Park", "Choi", "Wang",
            "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Sato", "Suzuki", "Takahashi", "Tanaka", "Patel", "Sharma",
            "Singh", "Kumar", "Gupta", "Khan", "Ali", "Hussain", "O'Brien", "O'Connor", "Murphy", "Kelly",
            "van der Berg", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Silva", "Santos", "Oliveira", "Souza",
            "Pereira", "Costa", "Ivanov", "Petrov", "Kuznetsov", "Popescu", "Horvat", "Kovač" };

    /**
     * Positions by seniority (C-level, VP, director, manager, individual contributor) and
     * how often.
     */
    private static final String[][] TITLES = {
            { "CEO", "Chief Executive Officer", "Chief Revenue Officer", "CTO", "Co-Founder & CEO", "Founder",
                    "Chief Financial Officer", "COO", "President", "Managing Director" },
            { "VP Sales", "VP of Sales", "Vice President, Sales", "VP Marketing", "SVP Engineering",
                    "Vice President of Operations", "VP Sales EMEA", "EVP, Global Sales", "VP Customer Success",
                    "AVP Finance" },
            { "Director of Sales", "Sales Director", "Head of Sales", "Director, Product Management",
                    "Head of Engineering", "Director of Marketing", "Regional Sales Director", "Head of Procurement",
                    "General Manager", "IT Director" },
            { "Sales Manager", "Account Manager", "Engineering Manager", "Product Manager", "Marketing Manager",
                    "Team Lead", "Regional Sales Manager", "Project Manager", "Customer Success Manager",
                    "HR Manager" },
            { "Account Executive", "Senior Software Engineer", "Software Engineer", "Sales Development Representative",
                    "Business Development Representative", "Data Analyst", "Consultant", "Recruiter",
                    "Financial Analyst", "UX Designer", "Solutions Engineer", "Marketing Specialist",
                    "Senior Account Executive", "Customer Support Specialist", "Accountant" } };

    private static final double[] TITLE_SHARE = { 0.03, 0.07, 0.12, 0.25, 0.53 };

    private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec" };

    private static final String NOTES = "Notes:\n\"When exporting your connection data, you may notice that some of"
            + " the email addresses are missing. You will only see email addresses for connections who have allowed"
            + " their connections to see or download their email address using this setting"
            + " https://www.linkedin.com/psettings/privacy/email. You can learn more here"
            + " https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    /** A person in the pool: the same name, company and position in everyone's file. */
    private record Person(String first, String last, String slug, int company, String companyAs, String position,
            boolean email) {
    }

    private final ConfigurableApplicationContext context;

    private final JdbcTemplate jdbc;

    private final String url;

    private final String user;

    private final String password;

    private final String[] companyNames = new String[COMPANIES];

    private final String[][] spellings = new String[COMPANIES][];

    private final double[] companyCdf = new double[COMPANIES];

    private final Person[] pool = new Person[POOL];

    private final Map<String, List<String>> figures = new LinkedHashMap<>();

    private final StringBuilder notes = new StringBuilder();

    private WarmPathsBenchmark(ConfigurableApplicationContext context, String url, String user, String password) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        String url = env("HEADROOM_BENCH_MARIADB_URL",
                "jdbc:mariadb://127.0.0.1:3306/headroom_bench?sslMode=disable&allowLocalInfile=true");
        if (!url.contains("allowLocalInfile")) {
            url += (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        }
        String user = env("HEADROOM_BENCH_MARIADB_USER", "root");
        String password = env("HEADROOM_BENCH_MARIADB_PASSWORD", "");
        freshDatabase(url, user, password);
        try (var context = new SpringApplicationBuilder(Application.class).profiles("mariadb")
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--server.port=0",
                    "--headroom.admin.email=bench@headroom.test", "--headroom.admin.password=" + PASSWORD,
                    "--headroom.jobs.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            new WarmPathsBenchmark(context, url, user, password).run();
        }
        System.exit(0);
    }

    /** Drops and creates the benchmark's database, as production has it (utf8mb4). */
    private static void freshDatabase(String url, String user, String password) throws Exception {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slash = base.lastIndexOf('/');
        String database = base.substring(slash + 1);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name " + database + " in " + url);
        }
        String server = base.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private void run() throws Exception {
        long begun = System.nanoTime();
        generatePool();
        var teams = context.getBean(TeamService.class);
        var tiers = context.getBean(TierService.class);
        var imports = context.getBean(ConnectionImportService.class);
        var directory = context.getBean(CompanyStore.class);
        long tierId = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers()
            .stream()
            .filter(t -> t.name().equals("Sales Navigator Core"))
            .findFirst()
            .map(TierDetails::id)
            .orElseThrow());
        long teamId = SystemAuthentication.callAsSystem(() -> teams.create("Warm paths", "Europe/Berlin").id());
        long trialTeamId = SystemAuthentication.callAsSystem(() -> teams.create("Import trials", "Europe/Berlin").id());
        long t0 = System.nanoTime();
        List<HeadroomUser> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            members.add(account(teamId, tierId, "member-" + m));
        }
        List<HeadroomUser> trialMembers = new ArrayList<>();
        for (int m = 0; m < 2 * TRIALS + 2 + 1 + 4 * WRITE_ROUNDS; m++) {
            trialMembers.add(account(trialTeamId, tierId, "trial-" + m));
        }
        log("%d accounts in %.1f s", members.size() + trialMembers.size(), seconds(t0));

        // 1. Fifty members import their networks.
        int[][] networks = new int[MEMBERS][];
        int[] knownBy = new int[POOL];
        double[] importSeconds = new double[MEMBERS];
        long loadStart = System.nanoTime();
        for (int m = 0; m < MEMBERS; m++) {
            networks[m] = network(new SplittableRandom(SEED + 1_000 + m));
            for (int p : networks[m]) {
                knownBy[p]++;
            }
            byte[] file = csv(networks[m], SEED + 2_000 + m, Map.of());
            long start = System.nanoTime();
            var summary = as(members.get(m), () -> imports.importConnections("Connections.csv", file, done -> {
            }));
            importSeconds[m] = seconds(start);
            check(summary.kept() == ROWS && summary.rejected() == 0, "member " + m + ": " + summary);
            log("member %2d: %,d connections in %.2f s (%,.0f rows/s)", m, summary.kept(), importSeconds[m],
                    ROWS / importSeconds[m]);
        }
        double loadTotal = seconds(loadStart);
        int tenth = Math.max(1, MEMBERS / 5);
        double firstFew = Arrays.stream(importSeconds, 0, tenth).average().orElse(0);
        double lastFew = Arrays.stream(importSeconds, MEMBERS - tenth, MEMBERS).average().orElse(0);
        Arrays.sort(importSeconds);
        long people = jdbc.queryForObject("SELECT COUNT(*) FROM wi_person", Long.class);
        long connections = jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection", Long.class);
        row("Load: " + MEMBERS + " x 30,000 first imports",
                String.format(Locale.ENGLISH, "min %.2f s, median %.2f s," + " max %.2f s per member; %.0f s in all",
                        importSeconds[0], importSeconds[MEMBERS / 2], importSeconds[MEMBERS - 1], loadTotal),
                String.format(Locale.ENGLISH,
                        "%,.0f / %,.0f / %,.0f rows/s"
                                + " (at min / median / max); first %d members %.2f s on average, last %d %.2f s",
                        ROWS / importSeconds[0], ROWS / importSeconds[MEMBERS / 2], ROWS / importSeconds[MEMBERS - 1],
                        tenth, firstFew, tenth, lastFew));
        row("Load: database after it",
                String.format(Locale.ENGLISH, "%,d wi_connection rows, %,d wi_person rows", connections, people),
                tableSizes());
        companyCensus(teamId);

        // 2. First import by a new member: Headroom against LOAD DATA, same rows, same
        // tables.
        var resolver = directory.resolver();
        double[] headroom = new double[TRIALS];
        double[] loadData = new double[TRIALS];
        int[] newPeople = new int[TRIALS];
        for (int t = 0; t < TRIALS; t++) {
            int[] network = network(new SplittableRandom(SEED + 3_000 + t));
            byte[] file = csv(network, SEED + 4_000 + t, Map.of());
            var h = trialMembers.get(2 * t);
            long l = trialMembers.get(2 * t + 1).accountId();
            var tsv = tsv(file, l, resolver);
            int before = jdbc.queryForObject("SELECT COUNT(*) FROM wi_person", Integer.class);
            // Alternating which goes first: the first one writes the people new to the
            // database.
            if (t % 2 == 0) {
                headroom[t] = timeImport(imports, h, file);
                loadData[t] = loadData(tsv);
            }
            else {
                loadData[t] = loadData(tsv);
                headroom[t] = timeImport(imports, h, file);
            }
            newPeople[t] = jdbc.queryForObject("SELECT COUNT(*) FROM wi_person", Integer.class) - before;
            log("trial %d (%s first): Headroom %.2f s, LOAD DATA %.2f s, %,d people new to the database", t,
                    t % 2 == 0 ? "Headroom" : "LOAD DATA", headroom[t], loadData[t], newPeople[t]);
            Files.deleteIfExists(tsv.people());
            Files.deleteIfExists(tsv.connections());
        }
        double h50 = median(headroom);
        double l50 = median(loadData);
        row("Import: first import, new member (Headroom)",
                String.format(Locale.ENGLISH, "median %.2f s of %d" + " (%s)", h50, TRIALS, list(headroom)),
                String.format(Locale.ENGLISH, "%,.0f rows/s", ROWS / h50));
        row("Import: LOAD DATA LOCAL INFILE, same rows",
                String.format(Locale.ENGLISH, "median %.2f s of %d (%s)", l50, TRIALS, list(loadData)),
                String.format(Locale.ENGLISH, "%,.0f rows/s", ROWS / l50));
        row("Import: Headroom / LOAD DATA rate",
                String.format(Locale.ENGLISH, "%.2f (target >= 0.50): %s", l50 / h50,
                        l50 / h50 >= 0.5 ? "met" : "MISSED"),
                String.format(Locale.ENGLISH, "%s of 30,000 people new",
                        Arrays.stream(newPeople)
                            .mapToObj(n -> String.format(Locale.ENGLISH, "%,d", n))
                            .collect(Collectors.joining(" / "))));
        // The same, with 30,000 people nobody has imported yet (every wi_person row is
        // written).
        {
            int[] fresh = new int[ROWS];
            int[] other = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                fresh[i] = POOL + i;
                other[i] = POOL + ROWS + i;
            }
            var h = trialMembers.get(2 * TRIALS);
            long l = trialMembers.get(2 * TRIALS + 1).accountId();
            double hs = timeImport(imports, h, csv(fresh, SEED + 5_000, Map.of()));
            var tsv = tsv(csv(other, SEED + 5_001, Map.of()), l, resolver);
            double ls = loadData(tsv);
            Files.deleteIfExists(tsv.people());
            Files.deleteIfExists(tsv.connections());
            row("Import: first import, all 30,000 people new",
                    String.format(Locale.ENGLISH, "Headroom %.2f s," + " LOAD DATA %.2f s (one run each)", hs, ls),
                    String.format(Locale.ENGLISH, "%,.0f vs %,.0f" + " rows/s, ratio %.2f", ROWS / hs, ROWS / ls,
                            ls / hs));
        }

        phases(network(new SplittableRandom(SEED + 3_100)),
                trialMembers.subList(2 * TRIALS + 2, trialMembers.size())
                    .stream()
                    .map(HeadroomUser::accountId)
                    .toList(),
                resolver);

        // Re-imports: a newer file for members who have one already.
        double[] again = new double[REIMPORTS];
        for (int r = 0; r < REIMPORTS; r++) {
            var rnd = new SplittableRandom(SEED + 6_000 + r);
            int[] before = networks[r];
            var in = new BitSet(POOL);
            for (int p : before) {
                in.set(p);
            }
            int[] shuffled = before.clone();
            shuffle(shuffled, rnd);
            int[] newer = Arrays.copyOf(shuffled, ROWS);
            int added = 0;
            // The first 500 of the shuffled list are gone; 500 new people take their
            // places.
            while (added < 500) {
                int p = rnd.nextInt(POOL);
                if (!in.get(p)) {
                    in.set(p);
                    newer[added++] = p;
                }
            }
            Map<Integer, String> moved = new java.util.HashMap<>();
            for (int i = 500; i < 800; i++) {
                var old = pool[newer[i]];
                String position;
                do {
                    position = title(rnd);
                }
                while (position.equals(old.position()));
                moved.put(newer[i], position);
            }
            byte[] file = csv(newer, SEED + 2_000 + r, moved);
            long start = System.nanoTime();
            var summary = as(members.get(r), () -> imports.importConnections("Connections (1).csv", file, done -> {
            }));
            again[r] = seconds(start);
            check(summary.added() == 500 && summary.gone() == 500 && summary.changed() == 300, "re-import " + summary);
            networks[r] = newer;
            log("re-import %d: %.2f s (%d added, %d gone, %d changed)", r, again[r], summary.added(), summary.gone(),
                    summary.changed());
        }
        row("Import: re-import of a newer file",
                String.format(Locale.ENGLISH, "median %.2f s of %d (%s)", median(again), REIMPORTS, list(again)),
                String.format(Locale.ENGLISH, "%,.0f rows/s;" + " 29,500 same, 500 added, 500 gone, 300 new positions",
                        ROWS / median(again)));

        // 3. Prospects and the warm-path lookup.
        var prospects = context.getBean(ProspectService.class);
        var warm = context.getBean(WarmIntroService.class);
        var rep = members.get(Math.min(7, MEMBERS - 1));
        var rnd = new SplittableRandom(SEED + 7_000);
        List<Integer> chosen = prospectPeople(rnd);
        long addStart = System.nanoTime();
        List<Long> prospectIds = new ArrayList<>();
        for (int p : chosen) {
            var person = pool[p];
            var draft = new ProspectDraft(person.first(), person.last(), person.position(), person.companyAs(),
                    "https://www.linkedin.com/in/" + person.slug(), "", EmailStatus.UNKNOWN, "", "", null, Set.of(),
                    "");
            prospectIds.add(as(rep, () -> prospects.add(teamId, draft)).id());
        }
        double addSeconds = seconds(addStart);
        row("Prospects: 1,000 added through ProspectService.add", String.format(Locale.ENGLISH, "%.1f s", addSeconds),
                String.format(Locale.ENGLISH, "%.1f ms each", addSeconds * 1000 / PROSPECTS));
        List<Long> largest = prospectIds.subList(0, LARGEST);

        row("Lookup: InnoDB writes before it", quiet(),
                "the lookups start when InnoDB writes under 1 MB/s for 3 s," + " or after 60 s");
        List<Long> order = new ArrayList<>(prospectIds);
        java.util.Collections.shuffle(order, new java.util.Random(SEED));
        for (int i = 0; i < WARM_UP; i++) {
            long id = order.get(i % order.size());
            as(rep, () -> warm.forProspect(id));
        }
        double[] lookups = new double[PROSPECTS];
        long directPaths = 0;
        long withDirect = 0;
        long colleagues = 0;
        long withColleagues = 0;
        long capped = 0;
        for (int i = 0; i < PROSPECTS; i++) {
            long id = order.get(i);
            long start = System.nanoTime();
            var paths = as(rep, () -> warm.forProspect(id));
            lookups[i] = millis(start);
            directPaths += paths.direct().size();
            withDirect += paths.direct().isEmpty() ? 0 : 1;
            colleagues += paths.colleaguesFound();
            withColleagues += paths.colleaguesFound() > 0 ? 1 : 0;
            capped += paths.moreColleagues() ? 1 : 0;
        }
        Arrays.sort(lookups);
        double p95 = percentile(lookups, 0.95);
        row("Lookup: forProspect, 1,000 prospects",
                String.format(Locale.ENGLISH, "p50 %.1f ms, p95 %.1f ms, p99 %.1f" + " ms, max %.1f ms",
                        percentile(lookups, 0.5), p95, percentile(lookups, 0.99), lookups[PROSPECTS - 1]),
                String.format(Locale.ENGLISH, "target p95 <= 20 ms: %s", p95 <= 20 ? "met" : "MISSED"));
        row("Lookup: what they found", String.format(Locale.ENGLISH,
                "%d%% with direct paths (%.1f on average), %d%%" + " with colleague paths",
                withDirect * 100 / PROSPECTS, directPaths / (double) PROSPECTS, withColleagues * 100 / PROSPECTS),
                String.format(Locale.ENGLISH,
                        "%.0f colleagues weighed on average;" + " %d lookups with more than the %d colleagues weighed",
                        colleagues / (double) PROSPECTS, capped, WarmIntroService.COLLEAGUE_CANDIDATES));
        double[] big = new double[LARGEST * 10];
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < LARGEST; i++) {
                long id = largest.get(i);
                long start = System.nanoTime();
                as(rep, () -> warm.forProspect(id));
                big[round * LARGEST + i] = millis(start);
            }
        }
        Arrays.sort(big);
        var sample = as(rep, () -> warm.forProspect(largest.getFirst()));
        row("Lookup: 20 prospects at the largest companies",
                String.format(Locale.ENGLISH, "p50 %.1f ms, p95 %.1f ms," + " max %.1f ms (10 rounds)",
                        percentile(big, 0.5), percentile(big, 0.95), big[big.length - 1]),
                String.format(Locale.ENGLISH, "e.g. %s: %d direct, %,d colleagues weighed%s", sample.company(),
                        sample.direct().size(), sample.colleaguesFound(),
                        sample.moreColleagues() ? " (and more)" : ""));

        lookupParts("Lookup: parts alone, the 20 at the largest companies", teamId, rep, largest,
                chosen.subList(0, LARGEST), 10);
        List<Integer> everyFifth = new ArrayList<>();
        for (int i = 0; i < PROSPECTS; i += 5) {
            everyFifth.add(i);
        }
        lookupParts("Lookup: parts alone, every 5th of the 1,000", teamId, rep,
                everyFifth.stream().map(prospectIds::get).toList(), everyFifth.stream().map(chosen::get).toList(), 1);

        // 4. Search.
        String largestCompany = companyNames[0];
        String mediumCompany = companyNames[500];
        search("Search: company, largest (" + largestCompany + ")", rep,
                () -> warm.search(teamId, largestCompany, null, null, 0, 50));
        search("Search: company, medium (" + mediumCompany + ")", rep,
                () -> warm.search(teamId, mediumCompany, null, null, 0, 50));
        search("Search: name prefix \"Ann\"", rep, () -> warm.search(teamId, null, "Ann", null, 0, 50));
        search("Search: position words \"vp sales\"", rep, () -> warm.search(teamId, null, null, "vp sales", 0, 50));

        // 5. The plans.
        List<Long> visible = visible(teamId);
        var largestPerson = pool[chosen.getFirst()];
        long personId = WarmIntroService.personId("https://www.linkedin.com/in/" + largestPerson.slug());
        String companyKey = resolver.key(companyNames[0]);
        // For knownBy, the prospect most members know.
        int wellKnown = chosen.stream().max(java.util.Comparator.comparingInt(p -> knownBy[p])).orElseThrow();
        long wellKnownId = WarmIntroService.personId("https://www.linkedin.com/in/" + pool[wellKnown].slug());
        var plans = new StringBuilder();
        String mediumKey = resolver.key(mediumCompany);
        int limit = WarmIntroService.COLLEAGUE_CANDIDATES;
        plan(plans, "knownBy (a prospect " + knownBy[wellKnown] + " of the " + visible.size() + " members know)",
                "EXPLAIN", capture(s -> s.knownBy(wellKnownId, visible)));
        plan(plans, "atCompany ('" + companyKey + "', the largest company)", "EXPLAIN",
                capture(s -> s.atCompany(companyKey, visible, personId, limit)));
        plan(plans, "atCompany ('" + mediumKey + "', a medium company)", "EXPLAIN",
                capture(s -> s.atCompany(mediumKey, visible, personId, limit)));
        plan(plans, "the same atCompany, run", "ANALYZE",
                capture(s -> s.atCompany(companyKey, visible, personId, limit)));
        var companySearch = captureSearch(s -> s.search(visible, companyKey, null, null, 0, 50));
        var byCompany = companySearch.getFirst();
        plan(plans, "search by company ('" + companyKey + "'), first page", "ANALYZE", byCompany);
        plan(plans, "search by company, then the companies whose name starts with its words", "ANALYZE",
                companySearch.getLast());
        plan(plans,
                "search by name prefix 'Ann', first page: the page of people (their connections are read after,"
                        + " by person id)",
                "ANALYZE", captureSearch(s -> s.search(visible, null, "Ann", null, 0, 50)).getFirst());
        plan(plans, "search by position words 'vp sales', first page", "ANALYZE",
                captureSearch(s -> s.search(visible, null, null, "vp sales", 0, 50)).getFirst());

        // A what-if in the benchmark's own database: the company search ordered as its
        // index is.
        String indexOrder = byCompany.sql()
            .replace("ORDER BY c.seniority, c.connected_on, c.person_id, c.member_id",
                    "ORDER BY c.seniority, c.connected_on, c.member_id, c.person_id");
        if (!indexOrder.equals(byCompany.sql())) {
            plans.append("\nWHAT-IF (not Headroom's code): ");
            whatIf(plans,
                    "search by company with the ORDER BY in the company index's order (member_id before"
                            + " person_id); the query as Headroom has it",
                    new Captured(byCompany.named(), byCompany.sql(), byCompany.args()));
            whatIf(plans, "rewritten", new Captured(byCompany.named(), indexOrder, byCompany.args()));
        }
        var byPosition = captureSearch(s -> s.search(visible, null, null, "vp sales", 0, 50)).getFirst();
        if (byPosition.sql().startsWith("SELECT ") && !byPosition.sql().contains("FROM (SELECT")
                && byPosition.sql().contains("ORDER BY c.member_id, c.person_id")) {
            plans.append("\nWHAT-IF (not Headroom's code): ");
            whatIf(plans,
                    "search by position words with the connections read first, in key order (STRAIGHT_JOIN),"
                            + " so that the page ends when it is full",
                    new Captured(byPosition.named(), byPosition.sql().replaceFirst("SELECT ", "SELECT STRAIGHT_JOIN "),
                            byPosition.args()));
        }
        var out = new StringBuilder();
        out.append(String.format(Locale.ENGLISH,
                "Warm paths benchmark, %s, %d cores, Java %s, MariaDB %s,"
                        + " innodb_buffer_pool_size %s MB; %.0f s in all%n",
                url.replaceAll("\\?.*", ""), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), jdbc.queryForObject("SELECT VERSION()", String.class),
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size DIV 1048576", String.class), seconds(begun)));
        int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
        for (var e : figures.entrySet()) {
            out.append(String.format(Locale.ENGLISH, "%-" + width + "s | %s%n", e.getKey(),
                    String.join(" | ", e.getValue())));
        }
        out.append(notes);
        out.append(System.lineSeparator()).append(plans);
        System.out.println();
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "warm-paths-benchmark.txt"), out.toString());
    }

    // ---------------------------------------------------------------- data

    /**
     * 20,000 companies of distinct keys, the larger ones spelled several ways; then the
     * pool.
     */
    private void generatePool() {
        long start = System.nanoTime();
        String[] heads = { "Vel", "Mar", "Kor", "Tan", "Bri", "Sol", "Dex", "Lum", "Nor", "Ast", "Cal", "Fen", "Gra",
                "Hal", "Ind", "Jor", "Kel", "Lan", "Mon", "Nex", "Orb", "Pax", "Quo", "Ros", "Syn", "Tor", "Ulm", "Ver",
                "Wex", "Zan" };
        String[] tails = { "tara", "vion", "dyne", "lith", "mora", "quil", "sant", "tech", "nova", "peak", "ridge",
                "wave", "gate", "core", "path", "line", "mark", "bloc", "tera", "vant", "axis", "zone", "fort", "hive",
                "labs", "mint", "onyx", "rise", "vale", "well" };
        String[] kinds = { "Systems", "Logistics", "Health", "Capital", "Software", "Energy", "Foods", "Analytics",
                "Robotics", "Media", "Pharma", "Networks", "Materials", "Insurance", "Motors", "Retail", "Partners",
                "Security", "Cloud", "Biotech", "Consulting", "Aerospace", "Telecom", "Chemicals", "Bank" };
        String[] forms = { "", " Ltd", " GmbH", " LLC", " Inc.", ", Inc.", " AG", " B.V.", " S.A.", " plc" };
        Set<String> keys = new HashSet<>();
        var r = new SplittableRandom(SEED);
        for (int k = 0; k < COMPANIES; k++) {
            int a = k % heads.length;
            int b = (k / heads.length) % tails.length;
            int c = k / (heads.length * tails.length);
            String name = heads[a] + tails[b] + " " + kinds[c];
            companyNames[k] = name;
            if (k < SPELLED_MANY_WAYS) {
                spellings[k] = new String[] { name + " Inc", name.toUpperCase(Locale.ROOT) + ", Inc.",
                        name + " Corporation", name };
            }
            else {
                spellings[k] = new String[] { name + forms[r.nextInt(forms.length)] };
            }
            String key = CompanyName.key(name);
            for (String s : spellings[k]) {
                check(CompanyName.key(s).equals(key), s + " has key " + CompanyName.key(s) + ", not " + key);
            }
            check(keys.add(key), "two companies with the key " + key);
        }
        double sum = 0;
        for (int k = 0; k < COMPANIES; k++) {
            sum += 1 / (k + 1 + ZIPF_Q);
            companyCdf[k] = sum;
        }
        for (int k = 0; k < COMPANIES; k++) {
            companyCdf[k] /= sum;
        }
        for (int i = 0; i < POOL; i++) {
            pool[i] = person(i);
        }
        log("pool of %,d people at %,d companies in %.1f s (largest company %.1f%% of people)", POOL, COMPANIES,
                seconds(start), companyCdf[0] * 100);
    }

    /** Person i of the pool; beyond the pool, people nobody else knows. */
    private Person person(int i) {
        var r = new SplittableRandom(SEED * 31 + i);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String slug = ascii(first + "-" + last) + "-" + Integer.toUnsignedString(i * 0x9E3779B1, 36);
        if (r.nextDouble() < 0.02) {
            return new Person(first, last, slug, -1, "", "", false);
        }
        int company = Arrays.binarySearch(companyCdf, r.nextDouble());
        company = company < 0 ? Math.min(-company - 1, COMPANIES - 1) : company;
        String[] ways = spellings[company];
        // The plain legal name most often, the others now and then.
        String as = ways.length == 1 || r.nextDouble() < 0.55 ? ways[0] : ways[1 + r.nextInt(ways.length - 1)];
        return new Person(first, last, slug, company, as, title(r), r.nextDouble() < 0.10);
    }

    private Person at(int p) {
        return p < POOL ? pool[p] : person(p);
    }

    private static String title(SplittableRandom r) {
        double x = r.nextDouble();
        int level = 0;
        while (level < TITLE_SHARE.length - 1 && x >= TITLE_SHARE[level]) {
            x -= TITLE_SHARE[level];
            level++;
        }
        return TITLES[level][r.nextInt(TITLES[level].length)];
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replace("ø", "o")
            .replace("ł", "l")
            .replaceAll("[^A-Za-z-]", "")
            .toLowerCase(Locale.ROOT);
    }

    /**
     * A member's 30,000 people: 40% from the hot tenth of the pool, the rest from all of
     * it.
     */
    private static int[] network(SplittableRandom r) {
        var taken = new BitSet(POOL);
        int[] people = new int[ROWS];
        int n = 0;
        while (n < ROWS) {
            int p = r.nextDouble() < HOT_SHARE ? r.nextInt(HOT) : r.nextInt(POOL);
            if (!taken.get(p)) {
                taken.set(p);
                people[n++] = p;
            }
        }
        return people;
    }

    /**
     * LinkedIn's Connections.csv for these people; {@code moved} gives some of them a new
     * position.
     */
    private byte[] csv(int[] people, long member, Map<Integer, String> moved) {
        var text = new StringBuilder(people.length * 120).append(NOTES);
        for (int p : people) {
            var person = at(p);
            String position = moved.getOrDefault(p, person.position());
            // When this member connected with this person: the same in every file of the
            // member.
            long h = mix(member * 0x9E3779B97F4A7C15L + p);
            int day = 1 + (int) Long.remainderUnsigned(h, 28);
            int month = (int) Long.remainderUnsigned(h >>> 8, 12);
            int year = 2008 + (int) Long.remainderUnsigned(h >>> 16, 18);
            text.append(cell(person.first()))
                .append(',')
                .append(cell(person.last()))
                .append(",https://www.linkedin" + ".com/in/")
                .append(person.slug())
                .append(',');
            if (person.email()) {
                text.append(ascii(person.first()))
                    .append('.')
                    .append(ascii(person.last()).replace("-", ""))
                    .append('@')
                    .append(person.company() < 0 ? "gmail.com"
                            : ascii(companyNames[person.company()].replace(' ', '-')) + ".com");
            }
            text.append(',')
                .append(cell(person.companyAs()))
                .append(',')
                .append(cell(position))
                .append(',')
                .append(day < 10 ? "0" : "")
                .append(day)
                .append(' ')
                .append(MONTHS[month])
                .append(' ')
                .append(year)
                .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A 64-bit finalizer (SplitMix64's): neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** 20 at the five largest companies, then medium, small and tail companies. */
    private List<Integer> prospectPeople(SplittableRandom r) {
        List<Integer> chosen = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        pick(chosen, taken, r, 0, 5, LARGEST);
        pick(chosen, taken, r, 5, 200, 300);
        pick(chosen, taken, r, 200, 2_000, 300);
        pick(chosen, taken, r, 2_000, COMPANIES, PROSPECTS - chosen.size());
        return chosen;
    }

    private void pick(List<Integer> chosen, Set<Integer> taken, SplittableRandom r, int fromRank, int toRank,
            int count) {
        int found = 0;
        while (found < count) {
            int p = r.nextInt(POOL);
            int c = pool[p].company();
            if (c >= fromRank && c < toRank && taken.add(p)) {
                chosen.add(p);
                found++;
            }
        }
    }

    // ---------------------------------------------------------------- import against
    // LOAD DATA

    private record Tsv(Path people, Path connections) {
    }

    /** The rows the import would store for this file, as LOAD DATA reads them. */
    private Tsv tsv(byte[] file, long memberId, CompanyStore.Resolver resolver) throws Exception {
        var parsed = ConnectionsCsv.read(file);
        Path people = Files.createTempFile("wi_person", ".tsv");
        Path connections = Files.createTempFile("wi_connection", ".tsv");
        // In person id order, as the import writes them.
        var rows = new ArrayList<>(parsed.rows());
        rows.sort(java.util.Comparator.comparingLong(r -> WarmIntroService.personId(r.profile().key())));
        try (BufferedWriter p = Files.newBufferedWriter(people, StandardCharsets.UTF_8);
                BufferedWriter c = Files.newBufferedWriter(connections, StandardCharsets.UTF_8)) {
            for (var row : rows) {
                String key = row.profile().key();
                String hash = Hashes.sha256(key);
                long id = WarmIntroService.personId(key);
                String company = ConnectionStore.cap(row.company(), 200);
                String position = ConnectionStore.cap(row.position(), 300);
                p.append(Long.toString(id))
                    .append('\t')
                    .append(hash)
                    .append('\t')
                    .append(tab(key))
                    .append('\t')
                    .append(tab(ConnectionStore.cap(row.firstName(), 100)))
                    .append('\t')
                    .append(tab(ConnectionStore.cap(row.lastName(), 100)))
                    .append('\t')
                    .append(tab(ConnectionStore.nameKey(ConnectionStore.cap(row.firstName(), 100))))
                    .append('\t')
                    .append(tab(ConnectionStore.nameKey(ConnectionStore.cap(row.lastName(), 100))))
                    .append('\n');
                c.append(Long.toString(memberId))
                    .append('\t')
                    .append(Long.toString(id))
                    .append('\t')
                    .append(tab(company))
                    .append('\t')
                    .append(tab(resolver.key(company)))
                    .append('\t')
                    .append(tab(position))
                    .append('\t')
                    .append(Integer.toString(Seniority.of(position).rank()))
                    .append('\t')
                    .append(row.connectedOn() == null ? "\\N" : row.connectedOn().toString())
                    .append('\t')
                    .append(row.email().isBlank() ? "\\N" : tab(ConnectionStore.cap(row.email(), 254)))
                    .append('\n');
            }
        }
        return new Tsv(people, connections);
    }

    private static String tab(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Both tables, in one transaction as the import has it; the commit is timed too. */
    private double loadData(Tsv tsv) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            s.execute("LOAD DATA LOCAL INFILE '" + tsv.people() + "' IGNORE INTO TABLE wi_person CHARACTER SET"
                    + " utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (id, profile_key_hash, profile_url, first_name, last_name, first_name_key, last_name_key)");
            int loaded = s.executeUpdate("LOAD DATA LOCAL INFILE '" + tsv.connections() + "' INTO TABLE wi_connection"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (member_id, person_id, company, company_key, position, seniority, connected_on, email)");
            c.commit();
            double took = seconds(start);
            check(loaded == ROWS, "LOAD DATA stored " + loaded + " connections");
            return took;
        }
    }

    /**
     * Where a first import's time goes: its steps one by one, for a file like the trials'
     * (most people known already), the writes through ConnectionStore in one transaction
     * as the import makes them. Then insertConnections alone, as it is, with Spring told
     * not to ask the driver for the type of each null parameter
     * (spring.jdbc.getParameterType.ignore, set by reflection here), and that plus the
     * rows in person id order; against LOAD DATA of wi_connection alone. Each on a fresh
     * member, twice, interleaved.
     */
    private void phases(int[] network, List<Long> memberIds, CompanyStore.Resolver resolver) throws Exception {
        byte[] file = csv(network, SEED + 3_200, Map.of());
        long start = System.nanoTime();
        var parsed = ConnectionsCsv.read(file);
        double parse = millis(start);
        start = System.nanoTime();
        var erased = context.getBean(com.headroom.prospect.Erasures.class)
            .erasedAmong(parsed.rows().stream().map(r -> r.profile().key()).toList());
        double erasures = millis(start);
        check(erased.isEmpty(), "erased people in the file");
        double[] parts = new double[3];
        start = System.nanoTime();
        for (var row : parsed.rows()) {
            Hashes.sha256(row.profile().key());
        }
        parts[0] = millis(start);
        // Once per distinct spelling and position, as the import works them out.
        start = System.nanoTime();
        Map<String, String> companyKeys = new java.util.HashMap<>();
        for (var row : parsed.rows()) {
            companyKeys.computeIfAbsent(ConnectionStore.cap(row.company(), 200), resolver::key);
        }
        parts[1] = millis(start);
        start = System.nanoTime();
        Map<String, Integer> seniorities = new java.util.HashMap<>();
        for (var row : parsed.rows()) {
            seniorities.computeIfAbsent(ConnectionStore.cap(row.position(), 300), x -> Seniority.of(x).rank());
        }
        parts[2] = millis(start);
        long distinctCompanies = parsed.rows().stream().map(ConnectionsCsv.Row::company).distinct().count();
        long distinctPositions = parsed.rows().stream().map(ConnectionsCsv.Row::position).distinct().count();
        List<ConnectionStore.Incoming> incoming = new ArrayList<>();
        for (var row : parsed.rows()) {
            String key = row.profile().key();
            String hash = Hashes.sha256(key);
            String company = ConnectionStore.cap(row.company(), 200);
            String position = ConnectionStore.cap(row.position(), 300);
            incoming.add(new ConnectionStore.Incoming(WarmIntroService.personIdOfHash(hash), hash, key,
                    ConnectionStore.cap(row.firstName(), 100), ConnectionStore.cap(row.lastName(), 100), company,
                    resolver.key(company), position, Seniority.of(position).rank(), row.connectedOn(),
                    row.email().isBlank() ? null : ConnectionStore.cap(row.email(), 254)));
        }
        var store = context.getBean(ConnectionStore.class);
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        double[] writes = new double[3];
        long first = memberIds.getFirst();
        transactions.executeWithoutResult(status -> {
            long at = System.nanoTime();
            store.insertPeople(incoming);
            writes[0] = millis(at);
            at = System.nanoTime();
            store.insertConnections(first, incoming);
            writes[1] = millis(at);
            writes[2] = System.nanoTime();
        });
        double commit = millis((long) writes[2]);
        row("Import: a first import step by step",
                String.format(Locale.ENGLISH, "parse %.0f ms, erasure check %.0f"
                        + " ms, SHA-256 %.0f ms, company keys %.0f ms, seniority %.0f ms (each once per distinct text),"
                        + " insertPeople %.0f ms, insertConnections %.0f ms, commit %.0f ms", parse, erasures, parts[0],
                        parts[1], parts[2], writes[0], writes[1], commit),
                String.format(Locale.ENGLISH,
                        "one run; the file has" + " %,d distinct company spellings and %,d distinct positions",
                        distinctCompanies, distinctPositions));
        log("phases: parse %.0f, erasures %.0f, sha %.0f, company %.0f, seniority %.0f, people %.0f, connections %.0f,"
                + " commit %.0f ms", parse, erasures, parts[0], parts[1], parts[2], writes[0], writes[1], commit);

        if (WRITE_ROUNDS == 0) {
            return;
        }
        // The writes of people and connections four ways, each on a fresh member, all
        // people known.
        var sorted = new ArrayList<>(incoming);
        sorted.sort(java.util.Comparator.comparingLong(ConnectionStore.Incoming::personId));
        String[] names = { "ConnectionStore, rows in file order",
                "ConnectionStore, rows in person id order (as the" + " import writes them)",
                "JDBC batches of one-row INSERT (IGNORE for people), id order", "LOAD DATA of both tables, id order" };
        double[][] ways = new double[names.length][WRITE_ROUNDS];
        int next = 1;
        for (int round = 0; round < WRITE_ROUNDS; round++) {
            for (int way = 0; way < names.length; way++) {
                long member = memberIds.get(next++);
                if (way == names.length - 1) {
                    var tsv = tsv(file, member, resolver);
                    ways[way][round] = loadData(tsv) * 1000;
                    Files.deleteIfExists(tsv.people());
                    Files.deleteIfExists(tsv.connections());
                    continue;
                }
                int w = way;
                long at = System.nanoTime();
                transactions.executeWithoutResult(status -> {
                    switch (w) {
                        case 0 -> {
                            store.insertPeople(incoming);
                            store.insertConnections(member, incoming);
                        }
                        case 1 -> {
                            store.insertPeople(sorted);
                            store.insertConnections(member, sorted);
                        }
                        default -> batchWrites(member, sorted, true);
                    }
                });
                ways[way][round] = millis(at);
            }
        }
        var text = new ArrayList<String>();
        for (int i = 0; i < names.length; i++) {
            text.add(String.format(Locale.ENGLISH, "%s: median %.0f ms (%s)", names[i], median(ways[i]),
                    Arrays.stream(ways[i])
                        .mapToObj(v -> String.format(Locale.ENGLISH, "%.0f", v))
                        .collect(Collectors.joining(" / "))));
            log("writes, %s: %s", names[i], Arrays.toString(ways[i]));
        }
        row("Import: writes alone (wi_person + wi_connection, 30,000 rows)", String.join("; ", text),
                WRITE_ROUNDS + " rounds, interleaved, fresh member each, the people all in wi_person already");
    }

    /**
     * The writes as one-row statements in JDBC batches: the driver sends them as bulk or
     * rewritten batches.
     */
    private void batchWrites(long memberId, List<ConnectionStore.Incoming> rows, boolean ignore) {
        jdbc.batchUpdate((ignore ? "INSERT IGNORE" : "INSERT") + " INTO wi_person (id, profile_key_hash, profile_url,"
                + " first_name, last_name, first_name_key, last_name_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + (ignore ? "" : " ON DUPLICATE KEY UPDATE id = id"), rows, 1_000, (ps, r) -> {
                    ps.setLong(1, r.personId());
                    ps.setString(2, r.profileKeyHash());
                    ps.setString(3, r.profileUrl());
                    ps.setString(4, r.firstName());
                    ps.setString(5, r.lastName());
                    ps.setString(6, ConnectionStore.nameKey(r.firstName()));
                    ps.setString(7, ConnectionStore.nameKey(r.lastName()));
                });
        jdbc.batchUpdate("INSERT INTO wi_connection (member_id, person_id, company, company_key, position, seniority,"
                + " connected_on, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, 1_000, (ps, r) -> {
                    ps.setLong(1, memberId);
                    ps.setLong(2, r.personId());
                    ps.setString(3, r.company());
                    ps.setString(4, r.companyKey());
                    ps.setString(5, r.position());
                    ps.setInt(6, r.seniority());
                    if (r.connectedOn() == null) {
                        ps.setNull(7, java.sql.Types.DATE);
                    }
                    else {
                        ps.setDate(7, java.sql.Date.valueOf(r.connectedOn()));
                    }
                    if (r.email() == null) {
                        ps.setNull(8, java.sql.Types.VARCHAR);
                    }
                    else {
                        ps.setString(8, r.email());
                    }
                });
    }

    private double timeImport(ConnectionImportService imports, HeadroomUser member, byte[] file) {
        long start = System.nanoTime();
        var summary = as(member, () -> imports.importConnections("Connections.csv", file, done -> {
        }));
        double took = seconds(start);
        check(summary.kept() == ROWS && summary.firstImport(), "trial import " + summary);
        return took;
    }

    // ---------------------------------------------------------------- figures

    private void search(String label, HeadroomUser rep, Supplier<List<WarmPath>> work) {
        int hits = as(rep, work).size();
        as(rep, work);
        List<Double> runs = new ArrayList<>();
        long until = System.nanoTime() + 20_000_000_000L;
        while (runs.size() < 30 && (runs.size() < 3 || System.nanoTime() < until)) {
            long start = System.nanoTime();
            as(rep, work);
            runs.add(millis(start));
        }
        double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        row(label, String.format(Locale.ENGLISH, "p50 %.1f ms, p95 %.1f ms (%d runs)", percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted.length), hits + " hits on the first page");
        log("%s: p50 %.1f ms", label, percentile(sorted, 0.5));
    }

    /**
     * A query ConnectionStore would run: as written (named), with placeholders, and its
     * values.
     */
    private record Captured(String named, String sql, Object[] args) {
    }

    /**
     * The statement a ConnectionStore method runs, caught on its way to the database (the
     * store is given a template that records instead of running), so the plans below
     * follow the code.
     */
    private Captured capture(java.util.function.Consumer<ConnectionStore> call) {
        var caught = caught(template -> call.accept(new ConnectionStore(jdbc, template)));
        check(caught.size() == 1, "expected one query, caught " + caught.size());
        return caught.getFirst();
    }

    /**
     * The statements a search runs (a company search reads the company, then the
     * companies named after it).
     */
    private List<Captured> captureSearch(java.util.function.Consumer<ConnectionSearchStore> call) {
        return caught(template -> call.accept(new ConnectionSearchStore(template)));
    }

    private List<Captured> caught(
            java.util.function.Consumer<org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate> run) {
        var caught = new ArrayList<Captured>();
        var template = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc) {
            @Override
            public <T> List<T> query(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource params,
                    org.springframework.jdbc.core.RowMapper<T> rows) {
                var parsed = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatement(sql);
                String plain = org.springframework.jdbc.core.namedparam.NamedParameterUtils
                    .substituteNamedParameters(parsed, params);
                List<Object> args = new ArrayList<>();
                for (Object value : org.springframework.jdbc.core.namedparam.NamedParameterUtils.buildValueArray(parsed,
                        params, null)) {
                    if (value instanceof java.util.Collection<?> many) {
                        args.addAll(many);
                    }
                    else {
                        args.add(value);
                    }
                }
                caught.add(new Captured(sql, plain, args.toArray()));
                return List.of();
            }
        };
        run.accept(template);
        return caught;
    }

    /** The query timed (p50 of 5 after one warm-up) and its ANALYZE. */
    private void whatIf(StringBuilder out, String title, Captured query) {
        jdbc.queryForList(query.sql(), query.args());
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            jdbc.queryForList(query.sql(), query.args());
            runs[i] = millis(start);
        }
        Arrays.sort(runs);
        plan(out, String.format(Locale.ENGLISH, "%s: p50 %.1f ms", title, runs[2]), "ANALYZE", query);
    }

    private void plan(StringBuilder out, String title, String how, Captured query) {
        List<String> shown = new ArrayList<>();
        for (Object a : query.args()) {
            shown.add(a instanceof String text ? "'" + text + "'" : String.valueOf(a));
        }
        String values = String.join(", ", shown)
            .replaceAll("(?<![0-9-])([0-9]{1,10}, ){5,}[0-9]{1,10}(?![0-9])", "…the members' ids…");
        out.append(title)
            .append(":\n  ")
            .append(how)
            .append(' ')
            .append(query.sql().replaceAll("\\?(, \\?){5,}", "?…"))
            .append("\n  with ")
            .append(values)
            .append('\n');
        var rows = jdbc.queryForList(how + " " + query.sql(), query.args());
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.getFirst().keySet());
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (var r : rows) {
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = Math.max(widths[i], String.valueOf(r.get(columns.get(i))).length());
            }
        }
        var line = new StringBuilder("  ");
        for (int i = 0; i < columns.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s ", columns.get(i)));
        }
        out.append(line.toString().stripTrailing()).append('\n');
        for (var r : rows) {
            line.setLength(0);
            line.append("  ");
            for (int i = 0; i < columns.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s ", r.get(columns.get(i))));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * Waits until InnoDB has stopped writing hard after the loading (under 1 MB/s for
     * three seconds in a row, at most 60 s), so that the lookups are not timed against
     * its flushing. It does not wait for every dirty page: with the default settings
     * InnoDB keeps most of them until it needs the room.
     */
    private String quiet() throws InterruptedException {
        long start = System.nanoTime();
        long before = written();
        double rate = 0;
        int calm = 0;
        while (calm < 3 && seconds(start) < 60) {
            Thread.sleep(1_000);
            long now = written();
            rate = (now - before) / 1048576.0;
            before = now;
            calm = rate < 1 ? calm + 1 : 0;
        }
        String waited = String.format(Locale.ENGLISH, "waited %.0f s; InnoDB writing %.1f MB/s, %,d pages dirty",
                seconds(start), rate, jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'", Long.class));
        log("flush: %s", waited);
        return waited;
    }

    private long written() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME = 'INNODB_DATA_WRITTEN'", Long.class);
    }

    private List<Long> visible(long teamId) {
        return jdbc.queryForList("SELECT a.id FROM account a JOIN wi_member w ON w.member_id = a.id WHERE a.team_id = ?"
                + " ORDER BY a.id", Long.class, teamId);
    }

    /**
     * The parts of forProspect, each timed alone outside any transaction, against the
     * whole call: the prospect, the team (teammates, their sharing and imports), the
     * company key, the direct paths, the colleagues and their count, and the ranking's
     * reads (ledger exchanges, strength overrides).
     */
    private void lookupParts(String label, long teamId, HeadroomUser rep, List<Long> prospectIds, List<Integer> people,
            int rounds) {
        var store = context.getBean(ConnectionStore.class);
        var directory = context.getBean(CompanyStore.class);
        var prospects = context.getBean(ProspectService.class);
        var accounts = context.getBean(AccountService.class);
        var exchanges = context.getBean(com.headroom.outreach.Exchanges.class);
        var warm = context.getBean(WarmIntroService.class);
        List<Long> visible = visible(teamId);
        String[] names = { "whole forProspect", "prospects.details", "teammates+wi_member", "company key", "knownBy",
                "atCompany", "exchanges", "overrides" };
        int n = prospectIds.size() * rounds;
        double[][] t = new double[names.length][n];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < prospectIds.size(); i++) {
                int k = round * prospectIds.size() + i;
                long id = prospectIds.get(i);
                var person = pool[people.get(i)];
                long personId = WarmIntroService.personId("https://www.linkedin.com/in/" + person.slug());
                long at = System.nanoTime();
                as(rep, () -> warm.forProspect(id));
                t[0][k] = millis(at);
                at = System.nanoTime();
                as(rep, () -> prospects.details(id));
                t[1][k] = millis(at);
                at = System.nanoTime();
                as(rep, () -> accounts.teammates(teamId));
                store.members(visible);
                t[2][k] = millis(at);
                at = System.nanoTime();
                String key = directory.key(person.companyAs());
                t[3][k] = millis(at);
                at = System.nanoTime();
                var direct = store.knownBy(personId, visible);
                t[4][k] = millis(at);
                at = System.nanoTime();
                var colleagues = store.atCompany(key, visible, personId, WarmIntroService.COLLEAGUE_CANDIDATES);
                t[5][k] = millis(at);
                var all = new ArrayList<>(direct);
                all.addAll(colleagues);
                var members = all.stream().map(ConnectionStore.Known::memberId).collect(Collectors.toSet());
                var hashes = all.stream().map(ConnectionStore.Known::profileKeyHash).collect(Collectors.toSet());
                var ids = all.stream().map(ConnectionStore.Known::personId).collect(Collectors.toSet());
                at = System.nanoTime();
                as(rep, () -> exchanges.between(teamId, members, hashes, java.time.Instant.now()));
                t[6][k] = millis(at);
                at = System.nanoTime();
                store.overrides(members, ids);
                t[7][k] = millis(at);
            }
        }
        var text = new ArrayList<String>();
        for (int i = 0; i < names.length; i++) {
            Arrays.sort(t[i]);
            text.add(String.format(Locale.ENGLISH, "%s %.1f / %.1f", names[i], percentile(t[i], 0.5),
                    percentile(t[i], 0.95)));
        }
        row(label, "p50 / p95 ms: " + String.join(", ", text), String.format(Locale.ENGLISH, "%d calls", n));
    }

    /** How the company sizes came out across the team. */
    private void companyCensus(long teamId) {
        var sizes = jdbc.queryForList(
                "SELECT COUNT(*) FROM wi_connection c JOIN account a ON a.id = c.member_id"
                        + " WHERE a.team_id = ? AND c.company_key <> '' GROUP BY c.company_key ORDER BY COUNT(*) DESC",
                Long.class, teamId);
        long over1000 = sizes.stream().filter(n -> n >= 1000).count();
        row("Load: connections per company (team)", String.format(Locale.ENGLISH,
                "largest %,d / 10th %,d / 100th" + " %,d / 500th %,d / 2,000th %,d / median %,d", sizes.get(0),
                nth(sizes, 10), nth(sizes, 100), nth(sizes, 500), nth(sizes, 2_000), sizes.get(sizes.size() / 2)),
                String.format(Locale.ENGLISH, "%,d companies, %d with >= 1,000", sizes.size(), over1000));
    }

    private static long nth(List<Long> sizes, int n) {
        return sizes.get(Math.min(n, sizes.size()) - 1);
    }

    private String tableSizes() {
        var sizes = jdbc.queryForList("SELECT table_name, ROUND(data_length / 1048576), ROUND(index_length / 1048576)"
                + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN ('wi_connection',"
                + " 'wi_person') ORDER BY table_name");
        return sizes.stream().map(r -> {
            var v = new ArrayList<>(r.values());
            return v.get(0) + " " + v.get(1) + " MB data + " + v.get(2) + " MB indexes";
        }).collect(Collectors.joining(", "));
    }

    private void row(String label, String... values) {
        figures.put(label, List.of(values));
    }

    private HeadroomUser account(long teamId, long tierId, String name) {
        var accounts = context.getBean(AccountService.class);
        var links = context.getBean(PasswordLinkService.class);
        String email = name + "@bench.test";
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Bench " + name, email,
                Role.MEMBER, teamId, tierId, LocalDate.of(2025, 11, 1), null, null, Set.of())));
        links.setPassword(link.token(), PASSWORD);
        return (HeadroomUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
    }

    private static <T> T as(HeadroomUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemAuthentication.runAs(user, () -> result.add(work.get()));
        return result.getFirst();
    }

    private static void shuffle(int[] values, SplittableRandom r) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String list(double[] seconds) {
        return Arrays.stream(seconds)
            .mapToObj(s -> String.format(Locale.ENGLISH, "%.2f", s))
            .collect(Collectors.joining(" / ")) + " s";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ENGLISH, format + "%n", args);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}

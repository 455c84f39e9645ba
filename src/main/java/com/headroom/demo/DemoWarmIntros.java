package com.headroom.demo;

import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.IntroRequest;
import com.headroom.warmintro.IntroService;
import com.headroom.warmintro.WarmIntroService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * EMEA Sales' LinkedIn networks for the demo, imported from files shaped like LinkedIn's
 * Connections.csv through the same import people use: Sam knows Amélie Dubois (Dana's
 * prospect), Morgan knows Sophie Martin, everyone knows people at the prospects'
 * companies, Dana imported twice (so "My network" has a diff), Lee does not share, and
 * Dana waits for Sam's answer.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoWarmIntros implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWarmIntros.class);

    private static final DateTimeFormatter LINKEDIN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final String NOTES = "Notes:\n\"When exporting your connection data, you may notice that some of"
            + " the email addresses are missing. You will only see email addresses for connections who have allowed"
            + " their connections to see or download their email address using this setting"
            + " https://www.linkedin.com/psettings/privacy/email. You can learn more about this here:"
            + " https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    /** Companies as people write them: several spellings of one company meet. */
    private static final String[] COMPANIES = { "Initech GmbH", "Initech", "INITECH GmbH", "Société Générale",
            "Societe Generale SA", "Hooli Europe", "Hooli Europe Ltd.", "Nordlys AS", "Stark Industries Ltd",
            "Stark Industries", "Wayne Enterprises plc", "Umbrella Corp", "Umbrella Corporation", "Cyberdyne Systems",
            "Soylent SA", "Vehement Capital", "Vandelay Industries BV", "Globex", "Massive Dynamic Inc", "Pied Piper" };

    private static final String[] POSITIONS = { "Chief Executive Officer", "CFO", "VP Sales",
            "Vice President," + " Marketing", "Director of Engineering", "Head of Procurement", "Sales Manager",
            "Team Lead Customer" + " Success", "Account Executive", "Software Engineer", "Business Analyst",
            "Product Manager", "Geschäftsführer", "Directeur Commercial", "Recruiter", "Operations Specialist" };

    private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo", "Ines",
            "Jonas", "Kaja", "Leon", "Maya", "Nils", "Olga", "Paul", "Rosa", "Sven", "Tara", "Uwe", "Vera", "Yusuf",
            "Zoë", "Łukasz", "Søren", "Ángel" };

    private static final String[] LAST = { "Bauer", "Costa", "Dahl", "Eriksen", "Fischer", "Gomez", "Hansen", "Ivanova",
            "Jensen", "Keller", "Lindqvist", "Moreau", "Novak", "Olsen", "Petit", "Quinn", "Richter", "Sato", "Trent",
            "Urban", "Vogel", "Weber", "Young", "Zimmermann" };

    private final ConnectionImportService imports;

    private final WarmIntroService warmIntros;

    private final IntroService intros;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoWarmIntros(ConnectionImportService imports, WarmIntroService warmIntros, IntroService intros,
            UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.imports = imports;
        this.warmIntros = warmIntros;
        this.intros = intros;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM wi_import", Integer.class);
        Integer demo = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'sam@acme.example'",
                Integer.class);
        if (done == null || done > 0 || demo == null || demo == 0) {
            return;
        }
        // Dated from the day the demo loads, as the rest of the demo is.
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var pool = people(new Random(20261128), 600, today);
        importAs("sam@acme.example", file(pool, 7, 260, List
            .of("Amélie,Dubois,https://www.linkedin.com/in/amelie-dubois-demo,,Société Générale,Chief Commercial"
                    + " Officer," + LINKEDIN_DAY.format(today.minusYears(6).minusMonths(2)))));
        importAs("morgan@acme.example",
                file(pool, 11, 320, List.of(
                        "Sophie,Martin,https://www.linkedin.com/in/sophie-martin-demo/,,Initech GmbH,VP Sales EMEA,"
                                + LINKEDIN_DAY.format(today.minusYears(3)),
                        "Henrik,Johansson,https://uk.linkedin.com/in/henrik-johansson-demo,,Nordlys AS,Chief Executive"
                                + " Officer," + LINKEDIN_DAY.format(today.minusYears(9)))));
        // Lee's LinkedIn account is new: everyone he knows there, he connected with since
        // it started.
        var leeStarted = today.minusDays(DemoData.LEE_ON_LINKEDIN_FOR_DAYS);
        importAs("lee@acme.example",
                file(pool, 13, 150, List
                    .of("Marco,Rossi,https://www.linkedin.com/in/marco-rossi-demo,,Hooli Europe,Sales Director Italy,"
                            + LINKEDIN_DAY.format(leeStarted.plusDays(1))),
                        leeStarted));
        // Dana imported an older export first, then a newer one: "My network" shows what
        // changed.
        var older = file(pool, 17, 200, List.of(",,,,,,",
                "Former,Colleague,https://www.linkedin.com/company/initech,,Initech,Company page,12 Mar 2020"));
        importAs("dana@acme.example", older);
        var newer = file(pool, 17, 215,
                List.of(",,,,,,",
                        "Former,Colleague,https://www.linkedin.com/company/initech,,Initech,Company page,12 Mar 2020"))
            .replace("Software Engineer,", "Engineering Manager,");
        importAs("dana@acme.example", newer);
        as("lee@acme.example", () -> warmIntros.shareMyNetwork(false));

        long amelie = prospect("amelie-dubois-demo");
        long sophie = prospect("sophie-martin-demo");
        long sam = account("sam@acme.example");
        long morgan = account("morgan@acme.example");
        as("dana@acme.example", () -> intros.request(amelie, sam, null,
                "Amélie is on my list for Q1; could you" + " tell her why our pacing tool matters to her team?"));
        var asked = new ArrayList<IntroRequest>();
        as("dana@acme.example", () -> asked.add(intros.request(sophie, morgan, null,
                "Would you introduce me to" + " Sophie? Her team is evaluating tools this quarter.")));
        as("morgan@acme.example", () -> intros.answer(asked.getFirst().id(), true, "Sure, I'll write to her today."));
        as("dana@acme.example", () -> intros.recordOutcome(asked.getFirst().id(), IntroRequest.Outcome.CONNECTED));
        log.info("Demo: imported EMEA Sales' LinkedIn connections");
    }

    private record Person(String first, String last, String slug, String company, String position, LocalDate on) {
    }

    private static List<Person> people(Random random, int count, LocalDate today) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String slug = (first + "-" + last).toLowerCase(Locale.ROOT)
                .replace('ł', 'l')
                .replace('ø', 'o')
                .replace('á', 'a')
                .replace('ë', 'e') + "-" + Integer.toString(1000 + i, 36);
            people.add(new Person(first, last, slug, COMPANIES[random.nextInt(COMPANIES.length)],
                    POSITIONS[random.nextInt(POSITIONS.length)], today.minusDays(random.nextInt(12 * 365))));
        }
        return people;
    }

    /**
     * A member's export: {@code count} people of the pool, picked with their own seed,
     * and some rows of their own.
     */
    private static String file(List<Person> pool, int seed, int count, List<String> extra) {
        return file(pool, seed, count, extra, null);
    }

    /**
     * The same, for a member whose LinkedIn account started on {@code since}: no
     * connection is older.
     */
    private static String file(List<Person> pool, int seed, int count, List<String> extra, LocalDate since) {
        var random = new Random(seed);
        var text = new StringBuilder(NOTES);
        var picked = new java.util.LinkedHashSet<Integer>();
        while (picked.size() < count) {
            picked.add(random.nextInt(pool.size()));
        }
        int n = 0;
        for (int i : picked) {
            var p = pool.get(i);
            String email = random.nextInt(10) == 0 ? p.slug() + "@example.com" : "";
            // Since the account started, spread over its days so far.
            var on = since == null || !p.on().isBefore(since) ? p.on()
                    : since.plusDays(n++ % DemoData.LEE_ON_LINKEDIN_FOR_DAYS);
            text.append(p.first())
                .append(',')
                .append(p.last())
                .append(",https://www.linkedin.com/in/")
                .append(p.slug())
                .append(',')
                .append(email)
                .append(",\"")
                .append(p.company())
                .append("\",\"")
                .append(p.position())
                .append("\",")
                .append(LINKEDIN_DAY.format(on))
                .append('\n');
        }
        extra.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private void importAs(String email, String file) {
        as(email, () -> imports.importConnections("Connections.csv", file.getBytes(StandardCharsets.UTF_8), done -> {
        }));
    }

    private long prospect(String slug) {
        return jdbc.queryForObject("SELECT id FROM prospect WHERE profile_url = ?", Long.class,
                "https://www.linkedin.com/in/" + slug);
    }

    private long account(String email) {
        return jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
    }

    private void as(String email, Runnable work) {
        SystemAuthentication.runAs((HeadroomUser) users.loadUserByUsername(email), work);
    }

}

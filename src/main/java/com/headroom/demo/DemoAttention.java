package com.headroom.demo;

import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachRefused;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.OverrideService;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.prospect.StageHistoryBackfill;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountService;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.IntroService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * Today on the demo, after its history: what a manager's "needs attention" list should
 * hold when the demo loads, on any day of the week. Tomás was restricted by LinkedIn and
 * asked Jordan to let one invitation through; Sam's and his requests, and two intro
 * requests (Dana to Sam, Kim to Priya), have waited six days; Priya has been away for a
 * week, her InMail credits about to expire; Dana, Kim, Tomás and Lee wrote to connections
 * today; Kim's InMail of last week was answered. Through the services people use; only
 * the instants that must lie in the past are moved there.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoAttention implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAttention.class);

    private static final DateTimeFormatter LINKEDIN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final OutreachService outreach;

    private final OverrideService overrides;

    private final ProspectService prospects;

    private final StageHistoryBackfill stages;

    private final ConnectionImportService connections;

    private final IntroService intros;

    private final AccountService accounts;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoAttention(OutreachService outreach, OverrideService overrides, ProspectService prospects,
            StageHistoryBackfill stages, ConnectionImportService connections, IntroService intros,
            AccountService accounts, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.outreach = outreach;
        this.overrides = overrides;
        this.prospects = prospects;
        this.stages = stages;
        this.connections = connections;
        this.intros = intros;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer history = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_entry WHERE idempotency_key LIKE" + " 'history:%'", Integer.class);
        Integer done = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_entry e JOIN account a ON a.id ="
                        + " e.member_id WHERE a.email = 'tomas@acme.example' AND e.type = 'RESTRICTION_REPORTED'",
                Integer.class);
        if (history == null || history == 0 || done == null || done > 0) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        tomasRestricted(now);
        kimAsksPriya();
        // What must lie in the past: the requests waiting for an answer since six days
        // ago.
        var asked = Timestamp.from(DemoTimes.askedAt(now));
        jdbc.update("UPDATE limit_override SET requested_at = ? WHERE status = 'REQUESTED' AND member_id IN (?, ?)",
                asked, account("sam@acme.example"), account("tomas@acme.example"));
        jdbc.update("UPDATE wi_intro_request SET created_at = ? WHERE status = 'ASKED' AND requester_id IN (?, ?)",
                asked, account("dana@acme.example"), account("kim@acme.example"));
        priyaAway(now);
        as("dana@acme.example", () -> messagesToday(3, now));
        as("kim@acme.example", () -> {
            messagesToday(4, now);
            kimsInMail(now);
            return null;
        });
        as("tomas@acme.example", () -> messagesToday(2, now));
        as("lee@acme.example", () -> messagesToday(1, now));
        log.info("Demo: set up today's attention lines in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * LinkedIn restricted Tomás after two weeks of low acceptance; a customer's contact
     * can't wait.
     */
    private void tomasRestricted(Instant now) {
        as("tomas@acme.example", () -> {
            Instant restricted = DemoTimes.restrictedAt(now);
            outreach.reportRestriction(restricted, restricted.plus(DemoTimes.RESTRICTION_LASTS),
                    UUID.randomUUID().toString());
            long lucas = prospect("lucas-taylor-demo");
            overrides.requestOverride(lucas, OutreachType.INVITATION_SENT, "Lucas asked me on our call to connect so"
                    + " he can forward our proposal to his CFO; he decides this week.");
            return null;
        });
    }

    /**
     * Priya imported her network; Kim asks her for an introduction to a candidate she
     * knows.
     */
    private void kimAsksPriya() {
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/New_York"));
        var csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        csv.append("Nora,Quinlan,https://www.linkedin.com/in/nora-quinlan-demo,,Tyrell Corp,VP Engineering,")
            .append(LINKEDIN_DAY.format(today.minusYears(4).minusMonths(3)))
            .append('\n');
        String[] first = { "Alma", "Bruno", "Cora", "Dev", "Erin", "Gus", "Hana", "Ivan", "June", "Kofi" };
        String[] last = { "Baker", "Chen", "Diaz", "Evans", "Flores", "Gupta", "Hill", "Ito" };
        String[] companies = { "Tyrell Corp", "Massive Dynamic Inc", "Initrode LLC", "Pied Piper", "Acme Robotics",
                "Hudson Talent Co" };
        for (int i = 0; i < 40; i++) {
            String f = first[i % first.length];
            String l = last[(i * 3) % last.length];
            csv.append(f)
                .append(',')
                .append(l)
                .append(",https://www.linkedin.com/in/")
                .append((f + "-" + l).toLowerCase(Locale.ROOT))
                .append("-pn-")
                .append(i)
                .append(",,")
                .append(companies[i % companies.length])
                .append(",Recruiter,")
                .append(LINKEDIN_DAY.format(today.minusDays(40L + 53L * i)))
                .append('\n');
        }
        as("priya@acme.example", () -> connections.importConnections("Connections.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), done -> {
                }));
        long priya = account("priya@acme.example");
        as("kim@acme.example", () -> {
            long team = accounts.mySeat().teamId().orElseThrow();
            long nora = prospects
                .add(team,
                        new ProspectDraft("Nora", "Quinlan", "VP Engineering", "Tyrell Corp",
                                "https://www.linkedin.com/in/nora-quinlan-demo", "", EmailStatus.UNKNOWN, "", "", null,
                                Set.of("talent"), ""))
                .id();
            prospects.changeStage(nora, Stage.RESEARCHED);
            return intros.request(nora, priya, null, "Nora is the hiring manager for our platform roles; you"
                    + " know her from Tyrell. Would you introduce me?");
        });
    }

    /**
     * Priya has logged nothing for a week: her history ends then ({@link DemoHistory}),
     * and the stage changes the demo gave her prospects on loading are dated before it
     * too.
     */
    private void priyaAway(Instant now) {
        long priya = account("priya@acme.example");
        Instant since = DemoTimes.quietSince(now);
        SystemAuthentication.runAsSystem(() -> stages.awaySince(priya, since, since.minus(Duration.ofDays(1))));
    }

    /**
     * Messages to connections who accepted lately, sent earlier today (in the team's
     * zone): what "messages today" counts.
     */
    private Void messagesToday(int count, Instant now) {
        var headroom = outreach.myHeadroom().orElseThrow();
        var zone = ZoneId.of(accounts.mySeat().policy().orElseThrow().timeZone());
        Instant dayStart = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        List<Long> connected = new ArrayList<>(headroom.invitations().connectedProspects());
        connected.sort(java.util.Comparator.reverseOrder());
        for (int i = 0; i < count && i < connected.size(); i++) {
            Instant at = now.minus(Duration.ofMinutes(13L * (i + 1)));
            try {
                outreach.log(new LogRequest(connected.get(i), OutreachType.MESSAGE_SENT,
                        at.isBefore(dayStart) ? dayStart : at, null,
                        "Good to be connected. Would a short call next week help?", null, UUID.randomUUID().toString(),
                        null));
            }
            catch (OutreachRefused refused) {
                log.debug("Demo message refused: {}", refused.getMessage());
            }
        }
        return null;
    }

    /**
     * An InMail Kim sent last week, answered two days later: InMails sent and answered in
     * 30 days.
     */
    private void kimsInMail(Instant now) {
        long team = accounts.mySeat().teamId().orElseThrow();
        long id = prospects
            .add(team,
                    new ProspectDraft("Rafael", "Osei", "Principal Engineer", "Evergreen AI",
                            "https://www.linkedin.com/in/rafael-osei-demo", "", EmailStatus.UNKNOWN, "", "", null,
                            Set.of(), ""))
            .id();
        outreach.log(new LogRequest(id, OutreachType.INMAIL_SENT, now.minus(Duration.ofDays(5)), "Platform team",
                "We are building a platform team and your work on build tooling stood out. Open to a chat?", null,
                UUID.randomUUID().toString(), null));
        outreach.log(new LogRequest(id, OutreachType.INMAIL_REPLIED, now.minus(Duration.ofDays(3)), null, null, null,
                UUID.randomUUID().toString(), null));
    }

    private long prospect(String slug) {
        return jdbc.queryForObject("SELECT id FROM prospect WHERE profile_url = ?", Long.class,
                "https://www.linkedin.com/in/" + slug);
    }

    private long account(String email) {
        return jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
    }

    private <T> T as(String email, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemAuthentication.runAs((HeadroomUser) users.loadUserByUsername(email), () -> result.add(work.get()));
        return result.getFirst();
    }

}

package com.headroom.demo;

import com.headroom.outreach.LedgerUpkeep;
import com.headroom.outreach.OutreachHistory;
import com.headroom.outreach.OutreachHistory.PastAction;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.StageHistoryBackfill;
import com.headroom.prospect.StageHistoryBackfill.PastPipeline;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountService;
import com.headroom.team.SeatHistories;
import com.headroom.team.TeamPolicySettings;
import com.headroom.team.TeamService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Twelve weeks of outreach and pipeline for every seated person of both demo teams, so
 * that the managers' team overview and results over time have something to show on first
 * look. Each rep works their own way ({@link #profiles}): Kim leaves invitations pending
 * up to near Americas' block, Tomás's acceptance fell in the last two weeks, Priya has
 * logged nothing for a week, Sam stopped inviting when LinkedIn restricted him. Written
 * as history (the ledger's and the pipeline's), with prospects added through the same
 * service people use; Dana's last four weeks are {@link DemoOutreach}'s, logged as a rep
 * logs.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoHistory implements ApplicationRunner {

    /** How many weeks of history the demo holds. */
    static final int WEEKS = 12;

    /**
     * Americas Sales keeps few invitations pending: it warns at 100 and blocks at 150.
     */
    static final int AMERICAS_PENDING_WARN = 100;
    static final int AMERICAS_PENDING_BLOCK = 150;

    /**
     * Kim's invitations pending when the demo loads: within 10% of Americas' block, not
     * at it.
     */
    static final int KIM_PENDING = 142;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final String[] FIRST = { "Aiko", "Bram", "Carmen", "Dmitri", "Esther", "Farid", "Gwen", "Hamid",
            "Isla", "Joao", "Kerstin", "Luca", "Mina", "Nadia", "Oskar", "Priti", "Quentin", "Rania", "Soren", "Thea",
            "Umar", "Vivian", "Wiebke", "Xavier", "Yara", "Zeno" };

    private static final String[] LAST = { "Abbott", "Brandt", "Castillo", "Dunn", "Ekström", "Ferreira", "Grant",
            "Haas", "Iqbal", "Jovanović", "Kowalczyk", "Lambert", "Mendes", "Nakamura", "Ortega", "Pereira", "Rahman",
            "Schulz", "Tanaka", "Varga", "Wright", "Yilmaz" };

    private static final String[] SALES_TITLES = { "Head of Sales", "VP Revenue", "Sales Director",
            "Chief Revenue" + " Officer", "Head of Business Development", "RevOps Lead", "Commercial Director" };

    private static final String[] TALENT_TITLES = { "Senior Software Engineer", "Engineering Manager",
            "Data" + " Scientist", "Product Designer", "Staff Engineer", "Head of Talent",
            "Site Reliability Engineer" };

    /** A rep's plan and where their people work. */
    record Rep(String email, String tag, HistoryProfile profile, List<String> companies, String[] titles) {
    }

    private final OutreachHistory history;

    private final StageHistoryBackfill stages;

    private final LedgerUpkeep upkeep;

    private final ProspectService prospects;

    private final AccountService accounts;

    private final SeatHistories seatHistories;

    private final TeamService teams;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoHistory(OutreachHistory history, StageHistoryBackfill stages, LedgerUpkeep upkeep, ProspectService prospects,
            AccountService accounts, SeatHistories seatHistories, TeamService teams, UserDetailsService users,
            JdbcTemplate jdbc, Clock clock) {
        this.history = history;
        this.stages = stages;
        this.upkeep = upkeep;
        this.prospects = prospects;
        this.accounts = accounts;
        this.seatHistories = seatHistories;
        this.teams = teams;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer written = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_entry WHERE idempotency_key LIKE" + " 'history:%'", Integer.class);
        Integer demo = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'kim@acme.example'",
                Integer.class);
        if (written == null || written > 0 || demo == null || demo == 0) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        SystemAuthentication.runAsSystem(() -> tightenAmericasPending(teamOf("kim@acme.example")));
        int people = 0;
        int actions = 0;
        for (var rep : profiles(now)) {
            var user = (HeadroomUser) users.loadUserByUsername(rep.email());
            var plan = HistoryPlan.of(rep.profile(), zoneOf(rep.email()), now);
            var ids = new ArrayList<Long>(plan.size());
            SystemAuthentication.runAs(user, () -> {
                long team = accounts.mySeat().teamId().orElseThrow();
                for (var person : plan) {
                    ids.add(add(team, rep, person.number()));
                }
            });
            List<PastAction> past = new ArrayList<>();
            List<PastPipeline> pipelines = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                var person = plan.get(i);
                long id = ids.get(i);
                person.actions().forEach(a -> past.add(new PastAction(id, a.type(), a.at(), a.withNote())));
                pipelines.add(new PastPipeline(id, person.addedAt(), person.stages(), person.lastActionAt()));
            }
            SystemAuthentication.runAsSystem(() -> {
                history.backfill(user.accountId(), past);
                stages.backfill(pipelines);
            });
            people += plan.size();
            actions += past.size();
        }
        SystemAuthentication.runAsSystem(() -> seatHistories.seatedMemberIds().forEach(id -> {
            upkeep.refundAnsweredInMails(id);
            upkeep.recordExpiries(id);
        }));
        log.info("Demo: wrote {} weeks of history, {} actions on {} prospects, in {} ms", WEEKS, actions, people,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * How each seated person of the demo works, relative to the instant the demo loads.
     */
    static List<Rep> profiles(Instant now) {
        var berlin = ZoneId.of("Europe/Berlin");
        var newYork = ZoneId.of("America/New_York");
        LocalDate emeaToday = now.atZone(berlin).toLocalDate();
        LocalDate americasToday = now.atZone(newYork).toLocalDate();
        Instant recently = now.minus(Duration.ofHours(1));
        // Dana's last four weeks are logged by DemoOutreach, from this day on.
        Instant danaLogged = emeaToday.minusDays(DemoOutreach.DANA_LOGGED_DAYS).atStartOfDay(berlin).toInstant();
        // Tomás's seat in Headroom started two months ago: his history starts with it.
        LocalDate tomasSeat = LocalDate.ofInstant(now, ZoneOffset.UTC).minusMonths(DemoData.TOMAS_SEAT_MONTHS);
        return List.of(new Rep("dana@acme.example", "dh",
                new HistoryProfile(101, emeaToday.minusWeeks(WEEKS), danaLogged.minusSeconds(60)).invitations(2, 4)
                    .fates(62, 15, 55)
                    .inMails(30, 50)
                    .deals(3),
                List.of("Brightwave GmbH", "Alpenglow Software AG", "Kestrel Logistics BV", "Nordwind Energie GmbH",
                        "Lumen Analytics SAS"),
                SALES_TITLES),
                new Rep("sam@acme.example", "sh",
                        new HistoryProfile(102, emeaToday.minusWeeks(WEEKS), recently)
                            .invitationsUntil(DemoTimes.restrictedAt(now))
                            .invitations(1, 4)
                            .fates(50, 22, 50)
                            .inMails(20, 40)
                            .deals(2),
                        List.of("Thames Analytics Ltd", "Redbrick Systems plc", "Harbour & Lane Ltd",
                                "Oakmere Insurance plc", "Calder Freight Ltd"),
                        SALES_TITLES),
                new Rep("lee@acme.example", "lh",
                        new HistoryProfile(103, emeaToday.minusDays(DemoData.LEE_ON_LINKEDIN_FOR_DAYS - 1), recently)
                            .invitations(2, 5)
                            .fates(55, 10, 0)
                            .notes(10)
                            .deals(0),
                        List.of("Liffey Labs", "Shannon Data Ltd", "Corrib Health"), SALES_TITLES),
                new Rep("morgan@acme.example", "mh",
                        new HistoryProfile(104, emeaToday.minusWeeks(WEEKS), recently).invitations(1, 2)
                            .fates(84, 6, 0)
                            .tidy()
                            .inMails(10, 60)
                            .deals(1),
                        List.of("Fjordline Capital AS", "Baltic Ventures OÜ"), SALES_TITLES),
                new Rep("priya@acme.example", "ph",
                        new HistoryProfile(201, americasToday.minusWeeks(WEEKS), DemoTimes.quietSince(now))
                            .invitations(1, 3)
                            .fates(84, 6, 0)
                            .tidy()
                            .inMails(25, 50)
                            .deals(2),
                        List.of("Hudson Talent Co", "Lakeshore Health Inc", "Prairie Staffing LLC", "Bayview Clinics"),
                        TALENT_TITLES),
                new Rep("tomas@acme.example", "th",
                        new HistoryProfile(202, tomasSeat.plusDays(1), recently)
                            .invitationsUntil(DemoTimes.restrictedAt(now))
                            .invitations(2, 4)
                            .fates(40, 35, 60)
                            .lowAcceptanceLastTwoWeeks()
                            .inMails(8, 50)
                            .deals(1),
                        List.of("Sierra Foods Inc", "Cascade Robotics", "Mesa Verde Farms", "Sonora Logistics"),
                        SALES_TITLES),
                new Rep("kim@acme.example", "kh",
                        new HistoryProfile(203, americasToday.minusWeeks(WEEKS), recently).invitations(3, 6)
                            .fates(35, 5, 0)
                            .pending(KIM_PENDING)
                            .inMails(60, 45)
                            .deals(3),
                        List.of("Bluegrass Bio", "Mesa Cloud Inc", "Northstar Semiconductors", "Evergreen AI",
                                "Quantum Harbor Labs", "Redwood Data"),
                        TALENT_TITLES),
                new Rep("jordan@acme.example", "jh",
                        new HistoryProfile(204, americasToday.minusWeeks(WEEKS), recently).invitations(1, 2)
                            .fates(84, 6, 0)
                            .tidy()
                            .inMails(10, 60)
                            .deals(1),
                        List.of("Granite Partners LLC", "Summit Retail Group"), SALES_TITLES));
    }

    /** One of the rep's history people, added as the rep adds a prospect. */
    private long add(long team, Rep rep, int n) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[(n / FIRST.length + n * 7) % LAST.length];
        String slug = (first + "-" + last).toLowerCase(Locale.ROOT)
            .replace("ö", "o")
            .replace("ć", "c")
            .replace("ü", "u") + "-" + rep.tag() + "-" + n + "-demo";
        String company = rep.companies().get((n * 31 + 7) % rep.companies().size());
        String title = rep.titles()[(n * 13 + 3) % rep.titles().length];
        return prospects
            .add(team,
                    new ProspectDraft(first, last, title, company, "https://www.linkedin.com/in/" + slug, "",
                            EmailStatus.UNKNOWN, "", "", null, Set.of(), ""))
            .id();
    }

    /**
     * Americas Sales warns and blocks at fewer pending invitations than the defaults: its
     * admin set it so.
     */
    private void tightenAmericasPending(long teamId) {
        var policy = teams.policy(teamId);
        var s = policy.settings();
        teams.updatePolicy(teamId, policy.version(),
                new TeamPolicySettings(AMERICAS_PENDING_WARN, AMERICAS_PENDING_BLOCK, s.acceptanceRateTargetPercent(),
                        s.lowAcceptanceBelowPercent(), s.lowAcceptanceBudgetPercent(),
                        s.veryLowAcceptanceBelowPercent(), s.veryLowAcceptanceBudgetPercent(), s.rampUpFirstWeekDaily(),
                        s.rampUpWeeklyStep(), s.dailyInvitationPace(), s.dailyInvitationCap(), s.withdrawReminderDays(),
                        s.reinviteLockoutDays(), s.restrictionCooldownDays(), s.restrictionRepeatWindowDays(),
                        s.burstRequestCount(), s.burstWindowMinutes(), s.quietAfterWorkingDays(), s.workingDays(),
                        s.timeZone(), s.targetRegions(), s.targetIndustries(), s.targetSpreadWarnPercent(),
                        s.warmUpDays()));
    }

    private long teamOf(String email) {
        return jdbc.queryForObject("SELECT team_id FROM account WHERE email = ?", Long.class, email);
    }

    private ZoneId zoneOf(String email) {
        return ZoneId.of(jdbc.queryForObject(
                "SELECT p.time_zone FROM account a JOIN team_policy p ON p.team_id =" + " a.team_id WHERE a.email = ?",
                String.class, email));
    }

}

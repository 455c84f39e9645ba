package com.headroom.demo;

import com.headroom.outreach.LedgerUpkeep;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.MergeValues;
import com.headroom.outreach.OutreachRefused;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OverrideService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.TemplateDraft;
import com.headroom.outreach.TemplateKind;
import com.headroom.outreach.TemplateService;
import com.headroom.outreach.TemplateText;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountService;
import com.headroom.team.SeatHistories;
import java.time.Clock;
import java.time.DayOfWeek;
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
import java.util.UUID;
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
 * Three weeks of outreach for the demo, so that "My day" has something to say on first
 * look: Dana has invited, been accepted and declined, followed up and sent InMails; some
 * of her invitations wait past the reminder; Sam was restricted by LinkedIn and asked
 * Morgan to let one invitation through. Logged through the same service as reps use,
 * oldest first, so every entry passed the limits at its time.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoOutreach implements ApplicationRunner {

    /**
     * Dana's outreach is logged from this many days before the demo loads;
     * {@link DemoHistory} has the older.
     */
    static final int DANA_LOGGED_DAYS = 27;

    private static final Logger log = LoggerFactory.getLogger(DemoOutreach.class);

    private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ida",
            "Jonas", "Katja", "Leon", "Marta", "Nils", "Olga", "Paul", "Rosa", "Stefan", "Tilda", "Viktor" };

    private static final String[] LAST = { "Becker", "Costa", "Dahl", "Eriksen", "Fischer", "Gomez", "Horvat", "Jansen",
            "Keller", "Laine", "Meyer", "Novak", "Olsen", "Peters", "Quinn", "Richter" };

    private static final String[] COMPANIES = { "Initech GmbH", "Hooli Europe", "Nordlys AS", "Vandelay Industries BV",
            "Stark Industries Ltd", "Umbrella Corp", "Cyberdyne Systems", "Soylent SA", "Wayne Enterprises plc" };

    private static final String[] TITLES = { "Head of Sales", "VP Revenue", "Sales Director", "Chief Revenue Officer",
            "Head of Business Development", "RevOps Lead" };

    private final OutreachService outreach;

    private final OverrideService overrides;

    private final TemplateService templates;

    private final LedgerUpkeep upkeep;

    private final ProspectService prospects;

    private final AccountService accounts;

    private final SeatHistories seatHistories;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoOutreach(OutreachService outreach, OverrideService overrides, TemplateService templates, LedgerUpkeep upkeep,
            ProspectService prospects, AccountService accounts, SeatHistories seatHistories, UserDetailsService users,
            JdbcTemplate jdbc, Clock clock) {
        this.outreach = outreach;
        this.overrides = overrides;
        this.templates = templates;
        this.upkeep = upkeep;
        this.prospects = prospects;
        this.accounts = accounts;
        this.seatHistories = seatHistories;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer entries = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry", Integer.class);
        Integer demoAccounts = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'dana@acme.example'",
                Integer.class);
        if (entries == null || entries > 0 || demoAccounts == null || demoAccounts == 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> seatHistories.seatedMemberIds().forEach(upkeep::grantCredits));
        var dana = user("dana@acme.example");
        SystemAuthentication.runAs(dana, () -> danasWeeks(dana));
        var sam = user("sam@acme.example");
        SystemAuthentication.runAs(sam, this::samsRestriction);
        log.info("Logged three weeks of demo outreach");
    }

    private record Event(Instant at, long prospectId, OutreachType type, String text, String subject, Long template) {
    }

    private void danasWeeks(HeadroomUser dana) {
        long team = accounts.mySeat().teamId().orElseThrow();
        var zone = ZoneId.of("Europe/Berlin");
        var random = new Random(42);
        var notes = templates.choices(team, TemplateKind.CONNECTION_NOTE);
        var followUp = templates.create(team,
                new TemplateDraft(TemplateKind.MESSAGE, "Thanks for connecting", null,
                        "Thanks for connecting, [Name]. I work with sales teams like the one at [Company] on pacing"
                                + " their LinkedIn outreach. Would a 15-minute call next week be useful?"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Event> events = new ArrayList<>();
        int person = 0;
        for (LocalDate day = today.minusDays(DANA_LOGGED_DAYS); !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int invitations = 3 + random.nextInt(4);
            for (int i = 0; i < invitations; i++) {
                Instant sent = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
                if (sent.isAfter(now.minus(Duration.ofMinutes(30)))) {
                    continue;
                }
                var who = prospect(team, person++, random);
                long id = who.id();
                var template = notes.get(random.nextInt(notes.size()));
                boolean withNote = random.nextInt(3) > 0;
                if (random.nextBoolean()) {
                    events.add(new Event(sent.minus(Duration.ofMinutes(20)), id, OutreachType.PROFILE_VIEWED, null,
                            null, null));
                }
                events.add(new Event(sent, id, OutreachType.INVITATION_SENT,
                        withNote ? TemplateText.merge(template.body(), who.first(), who.company(), who.title(),
                                new MergeValues("Morgan Lee", "sales pacing", "SaaStock")) : null,
                        null, withNote ? template.id() : null));
                int fate = random.nextInt(100);
                Instant decided = sent.plus(Duration.ofHours(6 + random.nextInt(96)));
                if (fate < 58 && decided.isBefore(now)) {
                    events.add(new Event(decided, id, OutreachType.INVITATION_ACCEPTED, null, null, null));
                    Instant message = decided.plus(Duration.ofHours(20));
                    if (random.nextInt(3) > 0 && message.isBefore(now)) {
                        events.add(new Event(message, id, OutreachType.MESSAGE_SENT,
                                "Thanks for connecting. Would a" + " 15-minute call next week be useful?", null,
                                followUp.id()));
                        Instant reply = message.plus(Duration.ofHours(30));
                        if (random.nextInt(5) < 2 && reply.isBefore(now)) {
                            events.add(new Event(reply, id, OutreachType.MESSAGE_REPLIED, null, null, null));
                        }
                    }
                }
                else if (fate < 72 && decided.isBefore(now)) {
                    events.add(new Event(decided, id, OutreachType.INVITATION_DECLINED, null, null, null));
                }
            }
        }
        long inMailA = prospect(team, person++, random).id();
        events.add(new Event(now.minus(Duration.ofDays(10)), inMailA, OutreachType.INMAIL_SENT,
                "Saw your team is hiring SDRs: happy to share how others pace LinkedIn outreach.", "Pacing outreach",
                null));
        long inMailB = prospect(team, person++, random).id();
        events.add(new Event(now.minus(Duration.ofDays(6)), inMailB, OutreachType.INMAIL_SENT,
                "A short question about your outbound process.", "Quick question", null));
        events.add(new Event(now.minus(Duration.ofDays(4)), inMailB, OutreachType.INMAIL_REPLIED, null, null, null));
        events.sort(Comparator.comparing(Event::at));
        int logged = 0;
        for (var e : events) {
            try {
                outreach.log(new LogRequest(e.prospectId(), e.type(), e.at(), e.subject(), e.text(), e.template(),
                        UUID.randomUUID().toString(), null));
                logged++;
            }
            catch (OutreachRefused refused) {
                log.debug("Demo entry refused: {}", refused.getMessage());
            }
        }
        log.info("Demo: logged {} outreach entries for {}", logged, dana.displayName());
    }

    private void samsRestriction() {
        long team = accounts.mySeat().teamId().orElseThrow();
        Instant now = clock.instant();
        // LinkedIn restricted him for two weeks, long enough ago that his request to
        // Morgan has waited days.
        Instant restricted = DemoTimes.restrictedAt(now);
        outreach.reportRestriction(restricted, restricted.plus(DemoTimes.RESTRICTION_LASTS),
                UUID.randomUUID().toString());
        long id = prospect(team, 500, new Random(7)).id();
        try {
            outreach.log(LogRequest.now(id, OutreachType.INVITATION_SENT, UUID.randomUUID().toString()));
        }
        catch (OutreachRefused refused) {
            overrides.requestOverride(id, OutreachType.INVITATION_SENT, "She asked me to connect after the webinar"
                    + " yesterday; it is her last week before a long leave.");
        }
        // One he had already sent from his phone: stored past the limit, with his reason,
        // for Morgan to see.
        long sent = prospect(team, 501, new Random(8)).id();
        outreach.log(new LogRequest(sent, OutreachType.INVITATION_SENT, now.minus(Duration.ofHours(20)), null, null,
                null, UUID.randomUUID().toString(), null,
                "I sent it from my phone at the event, before I" + " remembered the pause"));
    }

    private record Person(long id, String first, String company, String title) {
    }

    private Person prospect(long team, int n, Random random) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[(n / FIRST.length + n) % LAST.length];
        String slug = (first + "-" + last + "-" + n + "-demo").toLowerCase(Locale.ROOT);
        String title = TITLES[random.nextInt(TITLES.length)];
        String company = COMPANIES[random.nextInt(COMPANIES.length)];
        long id = prospects
            .add(team,
                    new ProspectDraft(first, last, title, company, "https://www.linkedin.com/in/" + slug, "",
                            EmailStatus.UNKNOWN, "", "", null, Set.of(), ""))
            .id();
        return new Person(id, first, company, title);
    }

    private HeadroomUser user(String email) {
        return (HeadroomUser) users.loadUserByUsername(email);
    }

}

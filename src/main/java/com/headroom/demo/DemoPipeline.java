package com.headroom.demo;

import com.headroom.content.ContentDraft;
import com.headroom.content.ContentReview;
import com.headroom.content.ContentService;
import com.headroom.content.ContentType;
import com.headroom.outreach.TemplateDraft;
import com.headroom.outreach.TemplateKind;
import com.headroom.outreach.TemplateService;
import com.headroom.prospect.DealValue;
import com.headroom.prospect.MetPeople;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.ProspectSource;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamCurrencies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
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
 * Sources and pipeline value for the demo, after the history is in: Americas Sales values
 * its deals in dollars; EMEA Sales has an event on its content calendar with the people
 * Dana met there (one line left out for want of a profile address), an "Event follow-up
 * message" template (the note of that name comes with Headroom), and prospects from a
 * LinkedIn group and a webinar; every opportunity, won and lost deal of both teams
 * carries a value (one of EMEA's in pounds) and a close month. Through the same services
 * as people use.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoPipeline implements ApplicationRunner {

    static final String EVENT = "Sales Ops Summit Berlin";

    static final String GROUP = "RevOps Leaders Europe";

    static final String WEBINAR = "Pipeline hygiene in 30 minutes";

    /** The event was this many days before the demo loads. */
    static final int EVENT_DAYS_AGO = 9;

    private static final Logger log = LoggerFactory.getLogger(DemoPipeline.class);

    private final ProspectService prospects;

    private final MetPeople metPeople;

    private final TemplateService templates;

    private final ContentService content;

    private final ContentReview review;

    private final TeamCurrencies currencies;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoPipeline(ProspectService prospects, MetPeople metPeople, TemplateService templates, ContentService content,
            ContentReview review, TeamCurrencies currencies, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.prospects = prospects;
        this.metPeople = metPeople;
        this.templates = templates;
        this.content = content;
        this.review = review;
        this.currencies = currencies;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer demo = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'dana@acme.example'",
                Integer.class);
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE source = 'EVENT'", Integer.class);
        if (demo == null || demo == 0 || done == null || done > 0) {
            return;
        }
        long emea = team("EMEA Sales");
        long americas = team("Americas Sales");
        SystemAuthentication.runAsSystem(() -> currencies.change(americas, "USD"));
        var dana = user("dana@acme.example");
        var zone = ZoneId.of("Europe/Berlin");
        LocalDate eventDay = LocalDate.ofInstant(clock.instant(), zone).minusDays(EVENT_DAYS_AGO);
        as(user("morgan@acme.example"), () -> templates
            .create(emea, new TemplateDraft(TemplateKind.MESSAGE, "Event follow-up message", null,
                    "Great to meet you at [Event], [Name]. You mentioned how [Company] plans its outreach: I'd be glad"
                            + " to show you how other teams pace theirs. Would 15 minutes next week work?")));
        var morgan = user("morgan@acme.example");
        Instant at = eventDay.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        var item = as(dana, () -> {
            var created = content.create(emea, new ContentDraft(ContentType.EVENT, null, EVENT,
                    "Come and see us at stand 12 of " + EVENT + ": pacing LinkedIn outreach without restrictions.",
                    "#salesops", at));
            return review.submit(created.id());
        });
        as(morgan, () -> review.approve(item.id()));
        as(dana, () -> {
            content.publish(item.id(), null, at);
            return metPeople.add(emea, new ProspectOrigin(ProspectSource.EVENT, EVENT, eventDay),
                    String.join("\n",
                            "Greta Hoffmann, Umbrella Corp, Head of Sales Operations,"
                                    + " https://www.linkedin.com/in/greta-hoffmann-demo",
                            "Pieter Jansen\tVandelay Industries BV\tRevOps Lead"
                                    + "\thttps://www.linkedin.com/in/pieter-jansen-demo",
                            "Elif Yilmaz, Soylent SA, https://www.linkedin.com/in/elif-yilmaz-demo",
                            "Tom Becker, Cyberdyne Systems, VP Sales",
                            "Nadia Petrova, https://www.linkedin.com/in/nadia-petrova-demo"));
        });
        sources(dana, emea, eventDay);
        values(emea, americas);
        log.info("Loaded the demo's sources and deal values");
    }

    /** Some of Dana's recent prospects came from a LinkedIn group and from a webinar. */
    private void sources(HeadroomUser dana, long emea, LocalDate eventDay) {
        List<Long> recent = jdbc.queryForList(
                "SELECT p.id FROM prospect p JOIN account a ON a.id = p.owner_id WHERE a.email = 'dana@acme.example'"
                        + " AND p.source = 'MANUAL' AND EXISTS (SELECT 1 FROM outreach_entry e WHERE e.prospect_id = p.id"
                        + " AND e.type = 'INVITATION_SENT') ORDER BY p.created_at DESC, p.id LIMIT 24",
                Long.class);
        for (int i = 0; i < recent.size(); i++) {
            var origin = i % 2 == 0 ? new ProspectOrigin(ProspectSource.LINKEDIN_GROUP, GROUP, null)
                    : new ProspectOrigin(ProspectSource.WEBINAR, WEBINAR, eventDay.minusDays(12));
            long id = recent.get(i);
            as(dana, () -> {
                var d = prospects.details(id);
                return prospects.update(id, d.version(), d.draft(), origin, null);
            });
        }
    }

    /**
     * Every open, won and lost deal gets a value in its team's currency (Stark
     * Industries' in pounds) and a close month.
     */
    private void values(long emea, long americas) {
        var random = new Random(16);
        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneId.of("Europe/Berlin")));
        var deals = jdbc.queryForList("SELECT p.id, p.team_id, p.stage, a.email, p.company FROM prospect p"
                + " JOIN account a ON a.id = p.owner_id WHERE p.stage IN ('OPPORTUNITY', 'WON', 'LOST') ORDER BY p.id");
        for (var deal : deals) {
            long id = ((Number) deal.get("id")).longValue();
            long team = ((Number) deal.get("team_id")).longValue();
            boolean open = "OPPORTUNITY".equals(deal.get("stage"));
            String currency = "Stark Industries Ltd".equals(deal.get("company")) ? "GBP"
                    : team == americas ? "USD" : "EUR";
            var amount = BigDecimal.valueOf(5_000L + 500L * random.nextInt(90));
            // A few new opportunities have no value yet, as in life.
            var value = open && random.nextInt(6) == 0 ? null : amount;
            var close = open ? month.plusMonths(random.nextInt(5)) : month.minusMonths(random.nextInt(3));
            as(user((String) deal.get("email")), () -> {
                var d = prospects.details(id);
                return prospects.update(id, d.version(), d.draft(), null, new DealValue(value, currency, close));
            });
        }
    }

    private long team(String name) {
        return jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
    }

    private HeadroomUser user(String email) {
        return (HeadroomUser) users.loadUserByUsername(email);
    }

    private static <T> T as(HeadroomUser user, Supplier<T> work) {
        Object[] result = new Object[1];
        SystemAuthentication.runAs(user, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

}

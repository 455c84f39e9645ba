package com.headroom.demo;

import com.headroom.content.Cadence;
import com.headroom.content.ContentDraft;
import com.headroom.content.ContentPerformance;
import com.headroom.content.ContentReview;
import com.headroom.content.ContentService;
import com.headroom.content.ContentTeamSettings;
import com.headroom.content.ContentType;
import com.headroom.content.Snapshot;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
 * A month of EMEA Sales' content for the demo: published posts with their figures and the
 * requests they brought, the weeks ahead planned (one item waiting for Morgan's review),
 * topics, and a cadence the calendar measures (the newsletter on its due days; one post
 * slipped). Through the same service as people use.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private static final String[] TITLES = { "Three numbers every SDR should know",
            "What I got wrong about cold" + " outreach", "How do you qualify a lead in 5 minutes?",
            "Pricing pages that sell", "The follow-up nobody" + " sends", "Our hiring scorecard for SDRs",
            "Why we stopped sending 200 invites a week", "A day in RevOps", "The question that books meetings",
            "Pipeline review in 20 minutes" };

    private static final ContentType[] TYPES = { ContentType.QUESTION, ContentType.PERSONAL_STORY,
            ContentType.EDUCATIONAL, ContentType.INDUSTRY_INSIGHT, ContentType.VISUAL };

    private final ContentService content;

    private final ContentReview review;

    private final ContentPerformance performance;

    private final ContentTeamSettings settings;

    private final AccountService accounts;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoContent(ContentService content, ContentReview review, ContentPerformance performance,
            ContentTeamSettings settings, AccountService accounts, UserDetailsService users, JdbcTemplate jdbc,
            Clock clock) {
        this.content = content;
        this.review = review;
        this.performance = performance;
        this.settings = settings;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer items = jdbc.queryForObject("SELECT COUNT(*) FROM content_item", Integer.class);
        Integer demo = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'morgan@acme.example'",
                Integer.class);
        if (items == null || items > 0 || demo == null || demo == 0) {
            return;
        }
        var morgan = user("morgan@acme.example");
        long team = as(morgan, () -> accounts.mySeat().teamId().orElseThrow());
        var zone = ZoneId.of("Europe/Berlin");
        var newsletter = NewsletterPlan.around(LocalDate.ofInstant(clock.instant(), zone));
        as(morgan, () -> {
            for (String topic : List.of("Pricing", "Hiring SDRs", "Sales ops")) {
                settings.addTopic(team, topic);
            }
            settings.addCadence(team, Cadence.perMember(2));
            settings.addCadence(team, newsletter.rule());
            return null;
        });
        var topics = as(morgan, () -> content.team(team)).topics();
        var random = new Random(5);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int published = 0;
        var authors = List.of(user("dana@acme.example"), user("sam@acme.example"), morgan);
        for (int week = 4; week >= 1; week--) {
            for (var author : authors) {
                int posts = 1 + random.nextInt(2);
                for (int p = 0; p < posts; p++) {
                    var day = today.minusWeeks(week).with(DayOfWeek.MONDAY).plusDays(random.nextInt(5));
                    var type = TYPES[random.nextInt(TYPES.length)];
                    var topic = topics.get(random.nextInt(topics.size()));
                    Instant at = day.atTime(LocalTime.of(8 + random.nextInt(3), 30)).atZone(zone).toInstant();
                    if (at.isAfter(now)) {
                        continue;
                    }
                    String title = TITLES[random.nextInt(TITLES.length)];
                    as(author, () -> {
                        var item = content.create(team, new ContentDraft(type, topic.id(), title,
                                title + "\n\nWhat would you add? Tell me in the comments.", "#sales #prospecting", at));
                        review.submit(item.id());
                        content.publish(item.id(), null, at);
                        // Questions and personal stories bring more people to the
                        // profile, as they tend to.
                        int reach = 400 + random.nextInt(2500) * (type == ContentType.QUESTION ? 2 : 1);
                        int inbound = random.nextInt(3)
                                + (type == ContentType.QUESTION ? 4 : type == ContentType.PERSONAL_STORY ? 3 : 0);
                        Instant measured = at.plus(Duration.ofDays(1));
                        if (measured.isBefore(now)) {
                            performance.logSnapshot(item.id(), new Snapshot(measured, reach, reach / 40, reach / 200,
                                    reach / 500, inbound + random.nextInt(3), reach / 60, inbound));
                        }
                        return null;
                    });
                    published++;
                }
            }
        }
        var dana = user("dana@acme.example");
        int edition = 0;
        for (var day : newsletter.published()) {
            Instant at = day.atTime(8, 0).atZone(zone).toInstant();
            String title = "Pipeline notes, No. " + ++edition;
            as(dana, () -> {
                var item = content.create(team, new ContentDraft(ContentType.NEWSLETTER, topics.get(2).id(), title,
                        title + "\n\nWhat moved our pipeline these two weeks, in three charts.", "#salesops", at));
                review.submit(item.id());
                content.publish(item.id(), null, at);
                Instant measured = at.plus(Duration.ofDays(2));
                if (measured.isBefore(now)) {
                    performance.logSnapshot(item.id(), new Snapshot(measured, 1800, 45, 9, 4, 12, 30, 2));
                }
                return null;
            });
            published++;
        }
        as(dana, () -> {
            var monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            content.create(team,
                    new ContentDraft(ContentType.QUESTION, topics.getFirst().id(),
                            "Which pricing" + " page made you buy?",
                            "Which pricing page made you buy last year, and why?\n\nI will share" + " ours next week.",
                            "#pricing", monday.atTime(9, 0).atZone(zone).toInstant()));
            var story = content.create(team,
                    new ContentDraft(ContentType.PERSONAL_STORY, topics.get(1).id(), "My first 100 cold calls",
                            "My first 100 cold calls went badly.\nHere is what call 101 did" + " differently.", "#sdr",
                            monday.plusDays(2).atTime(9, 0).atZone(zone).toInstant()));
            review.submit(story.id());
            content.create(team, ContentDraft.idea(ContentType.NEWSLETTER, "Newsletter: the quarter in numbers",
                    newsletter.next().atTime(8, 0).atZone(zone).toInstant()));
            return null;
        });
        // From here on Morgan reviews EMEA's items; one waits for him.
        as(morgan, () -> {
            settings.setRequireReview(team, true);
            return null;
        });
        as(user("sam@acme.example"), () -> {
            var item = content.create(team,
                    new ContentDraft(ContentType.EDUCATIONAL, topics.get(2).id(), "Five fields every CRM record needs",
                            "Five fields every CRM record needs.\n1. Source\n2. Stage\n"
                                    + "3. Next step\n4. Owner\n5. Last touch",
                            "#salesops", today.plusDays(3).atTime(10, 0).atZone(zone).toInstant()));
            review.submit(item.id());
            return null;
        });
        // A post that should have gone out this week and did not: the calendar shows it
        // as a slip.
        as(user("lee@acme.example"), () -> content.create(team, new ContentDraft(ContentType.INDUSTRY_INSIGHT,
                topics.getFirst().id(), "What changed in B2B buying this year",
                "Buyers now bring three"
                        + " colleagues to the first call.\nHere is what that means for your discovery questions.",
                "#b2b", today.minusDays(2).atTime(9, 30).atZone(zone).toInstant())));
        log.info("Demo: planned EMEA Sales' content, {} posts published", published);
        americas(now);
    }

    /**
     * Americas Sales posts now and then, without a cadence: six posts over six weeks,
     * each with the connection requests it brought, so that its results show inbound
     * requests too. Priya's are from before her week away.
     */
    private void americas(Instant now) {
        var zone = ZoneId.of("America/New_York");
        LocalDate today = LocalDate.ofInstant(now, zone);
        var kim = user("kim@acme.example");
        long team = as(kim, () -> accounts.mySeat().teamId().orElseThrow());
        String[] posts = { "kim@acme.example|QUESTION|What makes you answer a recruiter's InMail?|5|9",
                "jordan@acme.example|INDUSTRY_INSIGHT|Three things our best SDR hires had in common|12|4",
                "priya@acme.example|PERSONAL_STORY|The candidate who turned us down, and what we changed|19|7",
                "kim@acme.example|EDUCATIONAL|How we run a 30-minute technical screen|26|3",
                "priya@acme.example|QUESTION|Which benefit made you accept your last offer?|33|11",
                "jordan@acme.example|PERSONAL_STORY|My worst quarter, and the pipeline review that fixed it|40|6", };
        for (String row : posts) {
            String[] f = row.split("\\|");
            var type = ContentType.valueOf(f[1]);
            Instant at = today.minusDays(Integer.parseInt(f[3])).atTime(LocalTime.of(9, 15)).atZone(zone).toInstant();
            int inbound = Integer.parseInt(f[4]);
            as(user(f[0]), () -> {
                var item = content.create(team, new ContentDraft(type, null, f[2],
                        f[2] + "\n\nTell me in the comments.", "#hiring #sales", at));
                review.submit(item.id());
                content.publish(item.id(), null, at);
                performance.logSnapshot(item.id(), new Snapshot(at.plus(Duration.ofDays(2)), 900 + 150 * inbound,
                        20 + 3 * inbound, 4 + inbound, 2, inbound + 3, 12 + inbound, inbound));
                return null;
            });
        }
    }

    /**
     * EMEA's newsletter, every other Tuesday around the day the demo starts: the next
     * edition on the first Tuesday after it (an idea), the two before it published, and
     * the rule starting with the first of those, so that every due day has its edition
     * and the calendar shows no gap.
     */
    record NewsletterPlan(LocalDate firstEdition, List<LocalDate> published, LocalDate next) {

        static NewsletterPlan around(LocalDate today) {
            var next = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
            return new NewsletterPlan(next.minusWeeks(4), List.of(next.minusWeeks(4), next.minusWeeks(2)), next);
        }

        Cadence rule() {
            return Cadence.recurring(ContentType.NEWSLETTER, DayOfWeek.TUESDAY, 2, firstEdition);
        }
    }

    private HeadroomUser user(String email) {
        return (HeadroomUser) users.loadUserByUsername(email);
    }

    private static <T> T as(HeadroomUser user, java.util.function.Supplier<T> work) {
        List<T> result = new java.util.ArrayList<>(1);
        SystemAuthentication.runAs(user, () -> result.add(work.get()));
        return result.getFirst();
    }

}

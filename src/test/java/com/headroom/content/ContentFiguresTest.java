package com.headroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.headroom.content.ContentFigures.Dimension;
import com.headroom.content.ContentFigures.Planned;
import com.headroom.content.ContentFigures.Result;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cadence and analytics on known data. */
class ContentFiguresTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final Map<Long, String> AUTHORS = new LinkedHashMap<>(Map.of(1L, "Dana Reyes"));

    static Snapshot snapshot(int impressions, int reactions, int comments, int reposts, int followers, int inbound) {
        return new Snapshot(null, impressions, reactions, comments, reposts, followers, 0, inbound);
    }

    @Test
    void analytics_per_type_on_a_known_month() {
        var results = List.of(new Result(ContentType.QUESTION, "Pricing", "Dana", snapshot(1000, 40, 8, 2, 5, 4), 4),
                new Result(ContentType.QUESTION, "Pricing", "Sam", snapshot(3000, 90, 30, 0, 9, 2), 2),
                new Result(ContentType.QUESTION, "Hiring", "Dana", snapshot(2000, 10, 0, 0, 1, 0), 3),
                new Result(ContentType.ARTICLE, "Pricing", "Dana", snapshot(500, 5, 0, 0, 2, 1), 1),
                // Published but never measured: a post, no figures.
                new Result(ContentType.ARTICLE, null, "Sam", null, 0));
        var byType = ContentFigures.analytics(results, Dimension.TYPE);
        assertThat(byType).containsExactly(
                // 3 posts, median of 1000/2000/3000, (50+120+10)/6000 engaged, 9
                // requests, 15 followers.
                new AnalyticsRow("Question post", 3, 3, 2000, 180 / 6000.0, 3.0, 5.0, 9),
                new AnalyticsRow("Article", 2, 1, 500, 5 / 500.0, 0.5, 1.0, 1));
        var byTopic = ContentFigures.analytics(results, Dimension.TOPIC);
        assertThat(byTopic).extracting(AnalyticsRow::group).containsExactly("Hiring", "Pricing", "No topic");
        assertThat(byTopic.get(1).medianImpressions()).as("even count: the mean of the middle two").isEqualTo(1000);
    }

    @Test
    void a_member_short_of_the_weekly_cadence_shows_as_a_gap() {
        var items = List.of(new Planned(1, 1, ContentType.QUESTION, ContentStatus.SCHEDULED, "One", MON.plusDays(1)));
        var findings = ContentFigures.findings(List.of(Cadence.perMember(2)), items, AUTHORS, MON, MON.plusWeeks(1),
                MON);
        assertThat(findings).extracting(CadenceFinding::sentence)
            .containsExactly("Dana Reyes: 1 of 2 posts planned in the week of Mon 23 Nov 2026.");
    }

    @Test
    void an_every_other_tuesday_newsletter_shows_gaps_slips_and_on_time_editions() {
        var cadence = Cadence.recurring(ContentType.NEWSLETTER, DayOfWeek.TUESDAY, 2, LocalDate.of(2026, 11, 3));
        // Due 3 Nov, 17 Nov, 1 Dec, 15 Dec: on time, late (Thursday), missing, on time.
        var items = List.of(
                new Planned(1, 1, ContentType.NEWSLETTER, ContentStatus.PUBLISHED, "No. 1", LocalDate.of(2026, 11, 3)),
                new Planned(2, 1, ContentType.NEWSLETTER, ContentStatus.PUBLISHED, "No. 2", LocalDate.of(2026, 11, 19)),
                new Planned(3, 1, ContentType.NEWSLETTER, ContentStatus.DRAFT, "No. 4", LocalDate.of(2026, 12, 15)));
        var findings = ContentFigures.findings(List.of(cadence), items, AUTHORS, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 16), MON);
        assertThat(findings).extracting(CadenceFinding::kind, CadenceFinding::sentence)
            .containsExactly(
                    tuple(CadenceFinding.Kind.SLIP,
                            "Newsletter edition due Tue 17 Nov 2026 is planned for Thu 19 Nov 2026."),
                    tuple(CadenceFinding.Kind.GAP,
                            "Newsletter edition due Tue 1 Dec 2026: nothing planned from that day to Tue 8 Dec 2026."));
    }

    /**
     * The demo's case on Tue 1 Dec 2026: the rule from Tue 3 Nov 2026, the next edition
     * planned a week late.
     */
    @Test
    void a_newsletter_planned_exactly_a_week_after_its_due_day_is_a_slip_not_a_gap() {
        var cadence = Cadence.recurring(ContentType.NEWSLETTER, DayOfWeek.TUESDAY, 2, LocalDate.of(2026, 11, 3));
        var items = List.of(new Planned(1, 1, ContentType.NEWSLETTER, ContentStatus.IDEA, "The quarter in numbers",
                LocalDate.of(2026, 12, 8)));
        // December's page: Mon 30 Nov 2026 to Sun 10 Jan; due 1 Dec, 15 Dec, 29 Dec.
        var findings = ContentFigures.findings(List.of(cadence), items, AUTHORS, LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 1, 11), LocalDate.of(2026, 12, 1));
        assertThat(findings).extracting(CadenceFinding::kind, CadenceFinding::day, CadenceFinding::sentence)
            .containsExactly(tuple(CadenceFinding.Kind.SLIP, LocalDate
                .of(2026, 12, 1), "Newsletter edition due Tue 1 Dec 2026 is planned for Tue 8 Dec 2026."), tuple(
                        CadenceFinding.Kind.GAP, LocalDate.of(2026, 12, 15),
                        "Newsletter edition due Tue 15 Dec 2026: nothing planned from that day to Tue 22 Dec 2026."),
                    tuple(CadenceFinding.Kind.GAP, LocalDate.of(2026, 12, 29),
                            "Newsletter edition due Tue 29 Dec 2026: nothing planned from that day to Tue 5 Jan 2027."));
    }

    @Test
    void a_newsletter_eight_days_late_no_longer_counts_for_its_due_day() {
        var cadence = Cadence.recurring(ContentType.NEWSLETTER, DayOfWeek.TUESDAY, 2, LocalDate.of(2026, 11, 3));
        var items = List
            .of(new Planned(1, 1, ContentType.NEWSLETTER, ContentStatus.DRAFT, "Late", LocalDate.of(2026, 12, 9)));
        assertThat(ContentFigures.findings(List.of(cadence), items, AUTHORS, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 1)))
            .extracting(CadenceFinding::sentence)
            .containsExactly("Newsletter edition due Tue 1 Dec 2026: nothing planned from that day to Tue 8 Dec 2026.");
    }

    @Test
    void due_days_follow_the_rules_phase_from_its_first_date_not_the_page_shown() {
        // Every other Tuesday from Wed 4 Nov 2026: due 10 Nov, 24 Nov, 8 Dec, 22 Dec. A
        // page from 1 Dec sees 8 and 22 Dec.
        var cadence = Cadence.recurring(ContentType.NEWSLETTER, DayOfWeek.TUESDAY, 2, LocalDate.of(2026, 11, 4));
        var items = List.of(new Planned(1, 1, ContentType.NEWSLETTER, ContentStatus.SCHEDULED, "On time",
                LocalDate.of(2026, 12, 8)));
        assertThat(ContentFigures.findings(List.of(cadence), items, AUTHORS, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 1)))
            .extracting(CadenceFinding::day)
            .containsExactly(LocalDate.of(2026, 12, 22));
    }

    @Test
    void in_a_weekly_rule_an_item_on_the_next_due_day_counts_for_that_day_only() {
        var cadence = Cadence.recurring(ContentType.LIVE_VIDEO, DayOfWeek.TUESDAY, 1, LocalDate.of(2026, 11, 3));
        var items = List.of(new Planned(1, 1, ContentType.LIVE_VIDEO, ContentStatus.SCHEDULED, "Live Q&A",
                LocalDate.of(2026, 12, 8)));
        assertThat(ContentFigures.findings(List.of(cadence), items, AUTHORS, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 1)))
            .extracting(CadenceFinding::sentence)
            .containsExactly(
                    "LinkedIn Live / video due Tue 1 Dec 2026: nothing planned from that day to Mon 7 Dec 2026.");
    }

    @Test
    void an_item_whose_day_passed_unpublished_has_slipped() {
        var items = List.of(new Planned(1, 1, ContentType.EDUCATIONAL, ContentStatus.SCHEDULED, "How we qualify",
                MON.minusDays(2)));
        assertThat(ContentFigures.findings(List.of(), items, AUTHORS, MON.minusWeeks(1), MON.plusWeeks(1), MON))
            .extracting(CadenceFinding::sentence)
            .containsExactly(
                    "\"How we qualify\" was planned for Sat 21 Nov 2026 and is not published yet (scheduled).");
    }

}

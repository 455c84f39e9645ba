package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.headroom.content.CadenceFinding;
import com.headroom.content.ContentFigures;
import com.headroom.content.ContentFigures.Planned;
import com.headroom.content.ContentStatus;
import com.headroom.content.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's newsletter against its own rule, whichever day of the week the demo starts
 * on.
 */
class DemoContentTest {

    @ParameterizedTest(name = "starting on {0}")
    @ValueSource(strings = { "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05",
            "2026-12-06" })
    void the_demo_newsletter_is_on_every_due_day_of_its_rule_up_to_the_next_edition(String start) {
        var today = LocalDate.parse(start);
        var plan = DemoContent.NewsletterPlan.around(today);
        List<Planned> items = new ArrayList<>();
        for (var day : plan.published()) {
            items
                .add(new Planned(items.size() + 1, 1, ContentType.NEWSLETTER, ContentStatus.PUBLISHED, "Edition", day));
        }
        items.add(new Planned(9, 1, ContentType.NEWSLETTER, ContentStatus.IDEA, "Next edition", plan.next()));

        var findings = ContentFigures.findings(List.of(plan.rule()), items, Map.of(), plan.firstEdition().minusWeeks(1),
                plan.next().plusWeeks(3), today);

        assertThat(plan.next()).as("the next edition comes after the day the demo starts").isAfter(today);
        assertThat(findings).as("every due day up to the next edition has its edition; the one after is open")
            .extracting(CadenceFinding::kind, CadenceFinding::day)
            .containsExactly(tuple(CadenceFinding.Kind.GAP, plan.next().plusWeeks(2)));
    }

    @org.junit.jupiter.api.Test
    void on_tue_1_dec_2026_the_rule_runs_from_tue_10_nov_and_the_next_edition_is_tue_8_dec() {
        assertThat(DemoContent.NewsletterPlan.around(LocalDate.of(2026, 12, 1)))
            .isEqualTo(new DemoContent.NewsletterPlan(LocalDate.of(2026, 11, 10),
                    List.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 24)), LocalDate.of(2026, 12, 8)));
    }

}

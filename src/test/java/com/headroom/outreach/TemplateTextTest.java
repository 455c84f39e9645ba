package com.headroom.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Merge fields, the spam lint and the template comparison, without a database. */
class TemplateTextTest {

    static TemplateStats stats(String name, int sent, int successes) {
        return new TemplateStats(name.hashCode(), name, TemplateKind.CONNECTION_NOTE, sent, successes, 0, successes);
    }

    @Test
    void merge_fields_are_filled_from_the_prospect_and_the_reps_values_and_unknown_ones_stay() {
        String merged = TemplateText.merge(
                "Hi [Name], [Mutual connection] said you lead [Position] at [Company]."
                        + " Loved your take on [Topic] at [Event].",
                "Ada", "Acme", "Head of Sales", new MergeValues("Grace", "pricing", null));
        assertThat(merged).isEqualTo(
                "Hi Ada, Grace said you lead Head of Sales at Acme. Loved your take on pricing at" + " [Event].");
        assertThat(TemplateText.unfilled(merged)).containsExactly("[Event]");
    }

    @Test
    void a_value_with_dollar_signs_or_backslashes_is_inserted_as_typed() {
        assertThat(TemplateText.merge("About [Topic]", null, null, null, new MergeValues(null, "$5 \\ deals", null)))
            .isEqualTo("About $5 \\ deals");
    }

    @Test
    void length_counts_characters_as_people_see_them() {
        assertThat(TemplateText.length("Grüße 👋")).isEqualTo(7);
    }

    @Test
    void the_lint_names_links_shouting_exclamations_and_promotional_words() {
        assertThat(
                TemplateText.lint("Hi [Name], get a FREE demo NOW at acme.com!!! Guaranteed results, limited offer."))
            .containsExactly("A link: requests with links get marked as spam. Share it after they accept.",
                    "All-caps words read as shouting: FREE.", "Several exclamation marks in a row look like an advert.",
                    "Promotional words get requests marked as spam: \"free\", \"guaranteed\", \"limited offer\".");
    }

    @Test
    void a_plain_friendly_note_passes_the_lint() {
        assertThat(TemplateText.lint("Hi [Name], I enjoyed your post on hiring SDRs. Would be glad to connect!"))
            .isEmpty();
        // "freedom" is not "free"; a merge field in capitals is not shouting.
        assertThat(TemplateText.lint("Hi [Name], freedom to choose matters at [Company].")).isEmpty();
    }

    @Test
    void a_large_difference_on_enough_invitations_is_significant() {
        var comparison = TemplateText.compare(stats("Mutual connection", 100, 60),
                stats("Industry connection", 100, 35));
        assertThat(comparison.significant()).isTrue();
        assertThat(comparison.pValue().getAsDouble()).isLessThan(0.001);
        assertThat(comparison.verdict()).isEqualTo("\"Mutual connection\" 60 of 100 accepted (60%); \"Industry"
                + " connection\" 35 of 100 accepted (35%). \"Mutual connection\" does better, and the difference is"
                + " unlikely to be chance (p = 0.000).");
    }

    @Test
    void a_small_difference_is_not_yet_significant() {
        // 45% vs 38% on 100 each: the two-proportion z-test gives z = 1.005, p = 0.315.
        var comparison = TemplateText.compare(stats("A", 100, 45), stats("B", 100, 38));
        assertThat(comparison.significant()).isFalse();
        assertThat(comparison.pValue().getAsDouble()).isBetween(0.314, 0.316);
        assertThat(comparison.verdict())
            .endsWith("The difference is not yet significant: it could be chance" + " (p = 0.315). Keep using both.");
    }

    @Test
    void too_few_sent_gives_no_p_value() {
        var comparison = TemplateText.compare(stats("A", 6, 5), stats("B", 4, 0));
        assertThat(comparison.pValue()).isEmpty();
        assertThat(comparison.verdict()).endsWith("Not enough sent yet to tell them apart: keep using both.");
    }

}

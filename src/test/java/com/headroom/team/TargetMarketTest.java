package com.headroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.team.TargetMarket.Fit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Target regions and industries matched by normalised words. */
class TargetMarketTest {

    private static TargetMarket market(Set<String> regions, Set<String> industries) {
        return TargetMarket.of(TeamPolicySettings.defaults("Europe/Berlin").withTargets(regions, industries));
    }

    @Test
    void a_region_matches_when_all_its_words_are_in_the_location_whatever_the_case_accents_and_punctuation() {
        var market = market(Set.of("Germany", "United States", "Zürich"), Set.of());
        assertThat(market.fit("Munich, Bavaria, Germany", null)).isEqualTo(Fit.INSIDE);
        assertThat(market.fit("Austin, Texas, UNITED STATES", null)).isEqualTo(Fit.INSIDE);
        assertThat(market.fit("Zurich Metropolitan Area", null)).isEqualTo(Fit.INSIDE);
        // "United" alone is not "United States".
        assertThat(market.fit("London, United Kingdom", null)).isEqualTo(Fit.OUTSIDE);
        // A word, not a substring: "Germanytown" is not Germany.
        assertThat(market.fit("Germanytown", null)).isEqualTo(Fit.OUTSIDE);
    }

    @Test
    void an_industry_term_matches_by_words_and_filler_words_do_not_count() {
        var market = market(Set.of(), Set.of("Software", "Oil and Gas"));
        assertThat(market.fit(null, "Computer Software")).isEqualTo(Fit.INSIDE);
        assertThat(market.fit(null, "Oil & Gas")).isEqualTo(Fit.INSIDE);
        assertThat(market.fit(null, "Hospital & Health Care")).isEqualTo(Fit.OUTSIDE);
    }

    @Test
    void a_missing_field_is_unknown_unless_the_other_already_puts_the_person_outside() {
        var market = market(Set.of("Germany"), Set.of("Software"));
        assertThat(market.fit(null, "Software")).isEqualTo(Fit.UNKNOWN);
        assertThat(market.fit("Berlin, Germany", "  ")).isEqualTo(Fit.UNKNOWN);
        assertThat(market.fit(null, "Banking")).isEqualTo(Fit.OUTSIDE);
        assertThat(market.fit("Paris, France", null)).isEqualTo(Fit.OUTSIDE);
        assertThat(market.fit("Berlin, Germany", "Software Development")).isEqualTo(Fit.INSIDE);
    }

    @Test
    void without_targets_for_a_dimension_anything_there_is_inside_and_nothing_is_unknown() {
        var onlyRegions = market(Set.of("Germany"), Set.of());
        assertThat(onlyRegions.fit("Hamburg, Germany", null)).isEqualTo(Fit.INSIDE);
        assertThat(market(Set.of(), Set.of()).namesTargets()).isFalse();
        assertThat(market(Set.of(), Set.of()).fit(null, null)).isEqualTo(Fit.INSIDE);
    }

    @Test
    void terms_are_stored_trimmed_once_each_and_in_order_and_read_back_the_same() {
        var terms = TargetMarket.terms(Arrays.asList("  united   states ", "Germany", "germany", "", null, "Austria"));
        assertThat(terms).containsExactly("Austria", "Germany", "united states");
        assertThat(TargetMarket.fromColumn(TargetMarket.toColumn(terms))).containsExactlyElementsOf(terms);
        assertThat(TargetMarket.fromColumn("")).isEmpty();
    }

    @Test
    void the_policy_refuses_more_than_a_hundred_targets_or_one_longer_than_eighty_characters() {
        assertThat(TargetMarket.withinBounds(Set.of("x".repeat(80)))).isTrue();
        assertThat(TargetMarket.withinBounds(Set.of("x".repeat(81)))).isFalse();
        var many = TargetMarket
            .terms(java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "Region " + i).toList());
        assertThat(TargetMarket.withinBounds(many)).isFalse();
        assertThat(TargetMarket.withinBounds(TargetMarket.terms(List.copyOf(many).subList(0, 100)))).isTrue();
    }

}

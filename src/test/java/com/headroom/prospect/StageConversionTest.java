package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageConversionTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private static final Instant IN = Instant.parse("2026-11-10T09:00:00Z");

    /**
     * First times in STEPS order: Invited, Connected, In conversation, Meeting,
     * Opportunity, Won.
     */
    private static Instant[] times(Instant... at) {
        var t = new Instant[StageConversion.STEPS.size()];
        System.arraycopy(at, 0, t, 0, at.length);
        return t;
    }

    private static StageConversion step(List<StageConversion> all, Stage from) {
        return all.stream().filter(s -> s.from() == from).findFirst().orElseThrow();
    }

    @Test
    void with_nobody_reaching_a_stage_there_is_no_rate() {
        var steps = StageConversion.of(List.of(), FROM, TO);

        assertThat(steps).hasSize(5);
        assertThat(step(steps, Stage.CONNECTED).percent()).isEmpty();
        assertThat(step(steps, Stage.CONNECTED).sentence()).isEqualTo("Nobody reached Connected in this period.");
    }

    @Test
    void of_40_who_reached_connected_12_went_on() {
        List<Instant[]> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(i < 12 ? times(null, IN, IN.plusSeconds(60)) : times(null, IN));
        }

        var connected = step(StageConversion.of(people, FROM, TO), Stage.CONNECTED);

        assertThat(connected.sentence())
            .isEqualTo("Of 40 people who reached Connected, 12 (30%) reached In conversation.");
    }

    @Test
    void a_skipped_stage_is_reached_with_the_later_one() {
        // Invited, then straight to a meeting: connected and in conversation on the way.
        var steps = StageConversion.of(List.<Instant[]>of(times(IN, null, null, IN.plusSeconds(3600))), FROM, TO);

        assertThat(step(steps, Stage.CONNECTED)).extracting(StageConversion::reached, StageConversion::wentOn)
            .containsExactly(1, 1);
        assertThat(step(steps, Stage.MEETING)).extracting(StageConversion::reached, StageConversion::wentOn)
            .containsExactly(1, 0);
    }

    @Test
    void reaching_a_stage_before_the_period_is_not_counted_and_going_on_after_it_is() {
        Instant before = FROM.minusSeconds(1);
        var steps = StageConversion.of(List.of(times(before, TO.plusSeconds(86_400)), times(FROM, TO)), FROM, TO);

        // One reached Invited the second before the period; the other at its first
        // instant
        // and went on at its end, which still counts (went on "since").
        assertThat(step(steps, Stage.INVITED)).extracting(StageConversion::reached, StageConversion::wentOn)
            .containsExactly(1, 1);
        // Reaching Connected at the period's end instant is outside [from, to).
        assertThat(step(steps, Stage.CONNECTED).reached()).isZero();
    }

    @Test
    void one_person_reads_in_the_singular() {
        var steps = StageConversion.of(List.<Instant[]>of(times(null, null, null, null, IN)), FROM, TO);

        assertThat(step(steps, Stage.OPPORTUNITY).sentence())
            .isEqualTo("Of 1 person who reached Opportunity, 0 (0%) reached Won.");
    }

}

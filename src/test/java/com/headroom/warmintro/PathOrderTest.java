package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

    @Test
    void a_path_through_a_colleague_needs_more_than_25_points_over_a_direct_path_to_come_first() {
        var direct = path(true, "Sam Senior", 40);
        assertThat(PathOrder.rank(List.of(direct), List.of(path(false, "Lee Long", 65)), "Paula"))
            .extracting(WarmPath::introducerName)
            .containsExactly("Sam Senior", "Lee Long");
        assertThat(PathOrder.rank(List.of(direct), List.of(path(false, "Lee Long", 66)), "Paula"))
            .extracting(WarmPath::introducerName)
            .containsExactly("Lee Long", "Sam Senior");
    }

    @Test
    void a_colleague_path_names_the_strongest_direct_path_it_passes_and_direct_paths_alone_say_nothing_more() {
        var ranked = PathOrder.rank(List.of(path(true, "Sam Senior", 50), path(true, "Rita Rep", 10)),
                List.of(path(false, "Lee Long", 60), path(false, "Nia Near", 30)), "Paula");
        assertThat(ranked).extracting(p -> p.introducerName() + ": " + p.explanation())
            .containsExactly(
                    "Sam Senior: Why. Sam knows Paula directly: a direct path comes before introductions through colleagues.",
                    "Lee Long: Why. It is listed above Rita's direct path because it is more than 25 points stronger.",
                    "Rita Rep: Why. Rita knows Paula directly: a direct path comes before introductions through colleagues.",
                    "Nia Near: Why.");
        assertThat(PathOrder.rank(List.of(path(true, "Sam Senior", 50)), List.of(), "Paula"))
            .extracting(WarmPath::explanation)
            .containsExactly("Why.");
    }

    private static WarmPath path(boolean direct, String introducer, int score) {
        return new WarmPath(direct, introducer.hashCode(), introducer, 1, "Someone", "CFO", "Acme", Seniority.C_LEVEL,
                LocalDate.of(2020, 1, 1), score, "Why.", null, false);
    }

}

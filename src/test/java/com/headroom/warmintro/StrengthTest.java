package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrengthTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void six_years_four_messages_this_quarter_last_week_and_a_vp() {
        var s = Strength.of(new Strength.Facts("Dana", "Sam", LocalDate.of(2020, 11, 1), TODAY, 4, TODAY.minusDays(5),
                Seniority.VP, null));
        // 6 years = 72 months: 18; 4 exchanges: 12; last 5 days ago: 20; VP: 16.
        assertThat(s.score()).isEqualTo(66);
        assertThat(s.explanation())
            .isEqualTo("Dana has known Sam for 6 years and exchanged 4 messages this quarter." + " Sam is a VP.");
    }

    @Test
    void each_part_is_capped_so_none_decides_alone() {
        var s = Strength
            .of(new Strength.Facts("Dana", "Kai", LocalDate.of(1990, 1, 1), TODAY, 40, TODAY, Seniority.C_LEVEL, null));
        assertThat(s.score()).isEqualTo(100);
        var longAgo = Strength.of(new Strength.Facts("Dana", "Kai", LocalDate.of(1990, 1, 1), TODAY, 0, null,
                Seniority.INDIVIDUAL, null));
        assertThat(longAgo.score()).isEqualTo(34);
        assertThat(longAgo.explanation()).isEqualTo("Dana has known Kai for 36 years; no exchange between them is"
                + " logged. Kai is an individual contributor.");
    }

    @Test
    void an_old_exchange_counts_for_recency_only_and_is_dated() {
        var s = Strength.of(new Strength.Facts("Lee", "Ana", TODAY.minusMonths(5), TODAY, 0, TODAY.minusDays(200),
                Seniority.DIRECTOR, null));
        // 5 months: 1; nothing this quarter: 0; 200 days ago: 5; director: 12.
        assertThat(s.score()).isEqualTo(18);
        assertThat(s.explanation()).isEqualTo("Lee has known Ana for 5 months; their last logged exchange was on"
                + " Tue 12 May 2026. Ana is a director.");
    }

    @Test
    void an_unknown_connection_date_and_the_signed_in_member_read_naturally() {
        var s = Strength
            .of(new Strength.Facts("You", "Bo", null, TODAY, 1, TODAY.minusDays(40), Seniority.MANAGER, null));
        assertThat(s.score()).isEqualTo(0 + 3 + 12 + 8);
        assertThat(s.explanation()).isEqualTo("You are connected to Bo (since when, the export did not say) and"
                + " exchanged 1 message this quarter. Bo is a manager.");
    }

    @Test
    void the_members_own_word_replaces_the_figures() {
        var close = Strength.of(new Strength.Facts("Sam", "Eve", TODAY.minusWeeks(2), TODAY, 0, null,
                Seniority.INDIVIDUAL, StrengthOverride.CLOSE));
        assertThat(close.score()).isEqualTo(90);
        assertThat(close.explanation()).endsWith("Eve is an individual contributor. Sam says they're close.");
        var barely = Strength.of(new Strength.Facts("You", "Eve", LocalDate.of(2000, 1, 1), TODAY, 9, TODAY,
                Seniority.C_LEVEL, StrengthOverride.BARELY));
        assertThat(barely.score()).isEqualTo(10);
        assertThat(barely.explanation()).endsWith("You say you barely know each other.");
    }

}

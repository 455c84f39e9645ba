package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.base.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProspectOriginTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @Test
    void an_event_needs_its_name_and_day() {
        assertThatThrownBy(() -> ProspectOrigin.of(ProspectSource.EVENT, "  ", DAY))
            .hasMessage("Enter the name of the event.")
            .extracting(e -> ((RuleViolation) e).field().orElseThrow())
            .isEqualTo("sourceName");
        assertThatThrownBy(() -> ProspectOrigin.of(ProspectSource.WEBINAR, "Pipeline hygiene", null))
            .hasMessage("Pick the day of the webinar.")
            .extracting(e -> ((RuleViolation) e).field().orElseThrow())
            .isEqualTo("sourceDate");
        assertThatThrownBy(() -> ProspectOrigin.of(ProspectSource.LIVE, "Ask me anything", null))
            .hasMessage("Pick the day of the LinkedIn Live.");
    }

    @Test
    void a_group_has_no_day_of_its_own() {
        assertThat(ProspectOrigin.of(ProspectSource.LINKEDIN_GROUP, " RevOps Leaders ", null))
            .isEqualTo(new ProspectOrigin(ProspectSource.LINKEDIN_GROUP, "RevOps Leaders", null));
    }

    @Test
    void a_name_of_200_characters_is_kept_and_201_refused() {
        assertThat(ProspectOrigin.of(ProspectSource.EVENT, "x".repeat(200), DAY).name()).hasSize(200);
        assertThatThrownBy(() -> ProspectOrigin.of(ProspectSource.EVENT, "x".repeat(201), DAY))
            .hasMessage("Keep the name of the event under 200 characters.");
    }

    @Test
    void by_hand_and_csv_keep_no_name_or_day() {
        assertThat(ProspectOrigin.of(ProspectSource.MANUAL, "left over", DAY)).isEqualTo(ProspectOrigin.MANUAL);
        assertThat(ProspectOrigin.of(ProspectSource.CSV_IMPORT, null, null).name()).isNull();
    }

    @Test
    void no_source_is_refused() {
        assertThatThrownBy(() -> ProspectOrigin.of(null, "x", DAY)).hasMessage("Choose where you met this person.");
    }

    @Test
    void it_reads_with_the_apps_date_format() {
        assertThat(ProspectOrigin.of(ProspectSource.EVENT, "SaaStr Europa", DAY).describe())
            .isEqualTo("Event: SaaStr Europa, Thu 10 Dec 2026");
        assertThat(ProspectOrigin.MANUAL.describe()).isEqualTo("Added by hand");
    }

    @Test
    void events_webinars_and_lives_are_followed_up_and_groups_are_not() {
        assertThat(ProspectSource.EVENT.followsUpAnEvent()).isTrue();
        assertThat(ProspectSource.WEBINAR.followsUpAnEvent()).isTrue();
        assertThat(ProspectSource.LIVE.followsUpAnEvent()).isTrue();
        assertThat(ProspectSource.LINKEDIN_GROUP.followsUpAnEvent()).isFalse();
        assertThat(ProspectSource.MANUAL.followsUpAnEvent()).isFalse();
    }

}

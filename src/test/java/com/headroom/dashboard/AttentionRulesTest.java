package com.headroom.dashboard;

import static com.headroom.dashboard.Statuses.BERLIN;
import static com.headroom.dashboard.Statuses.WEEKDAYS;
import static com.headroom.dashboard.Statuses.noon;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.dashboard.Attention.Kind;
import com.headroom.dashboard.AttentionRules.Week;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each "Needs attention" rule at its edge. */
class AttentionRulesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @Test
    void pending_within_a_tenth_of_the_block_is_flagged_and_exactly_a_tenth_is_not() {
        // 99 of 1,000 to go is 9.9%; 100 to go is 10%.
        assertThat(AttentionRules.pendingNearBlock(Statuses.withPending(901, 1000))).get()
            .extracting(Attention::sentence)
            .isEqualTo("901 invitations pending; the team blocks new ones at 1000 (99 to go). Withdraw the oldest.");
        assertThat(AttentionRules.pendingNearBlock(Statuses.withPending(900, 1000))).isEmpty();
        // The demo's block of 150: 136 pending is 14 to go (9.3%), 135 is 15 (10%).
        assertThat(AttentionRules.pendingNearBlock(Statuses.withPending(136, 150))).isPresent();
        assertThat(AttentionRules.pendingNearBlock(Statuses.withPending(135, 150))).isEmpty();
        assertThat(AttentionRules.pendingNearBlock(Statuses.withPending(150, 150))).get()
            .extracting(Attention::sentence)
            .asString()
            .contains("(blocked now)");
    }

    @Test
    void quiet_counts_whole_working_days_so_a_weekend_does_not_make_a_rep_quiet() {
        // Logged Thursday, read Tuesday: Friday and Monday passed, 2 working days: not
        // quiet.
        assertThat(AttentionRules.quiet(Statuses.lastLogged(noon(LocalDate.of(2026, 12, 3))), TUESDAY)).isEmpty();
        // Logged Wednesday, read Tuesday: Thursday, Friday, Monday: 3, the team's
        // default.
        assertThat(AttentionRules.quiet(Statuses.lastLogged(noon(LocalDate.of(2026, 12, 2))), TUESDAY)).get()
            .extracting(Attention::sentence)
            .isEqualTo("Nothing logged for 3 working days (last on Wed 2 Dec 2026).");
        // Logged Friday, read Monday: nothing passed.
        assertThat(WorkingDays.between(LocalDate.of(2026, 12, 4), MONDAY, WEEKDAYS)).isZero();
        assertThat(WorkingDays.ago(LocalDate.of(2026, 12, 4), MONDAY, WEEKDAYS)).isEqualTo("1 working day ago");
        assertThat(WorkingDays.ago(LocalDate.of(2026, 12, 2), TUESDAY, WEEKDAYS)).isEqualTo("4 working days ago");
        assertThat(WorkingDays.ago(TUESDAY.minusDays(1), TUESDAY, WEEKDAYS)).isEqualTo("Yesterday");
        assertThat(WorkingDays.ago(TUESDAY, TUESDAY, WEEKDAYS)).isEqualTo("Today");
    }

    @Test
    void a_new_seat_is_new_not_quiet_until_it_has_had_the_working_days() {
        var neverLogged = Statuses.member("Nia New", Statuses.headroom(Statuses.invitations(0, 100, 0, 100, 150),
                Health.GREEN, List.of(), 0, Optional.empty()), Optional.empty(), LocalDate.of(2026, 12, 3));
        assertThat(AttentionRules.quiet(neverLogged, TUESDAY)).isEmpty();
        var olderSeat = Statuses.member("Nia New", neverLogged.headroom(), Optional.empty(), LocalDate.of(2026, 12, 2));
        assertThat(AttentionRules.quiet(olderSeat, TUESDAY)).get()
            .extracting(Attention::sentence)
            .isEqualTo("Has logged nothing since their seat began on Wed 2 Dec 2026.");
    }

    @Test
    void acceptance_below_target_needs_two_weeks_running_each_with_five_decided() {
        var s = Statuses.withPending(10, 150); // target 30%
        var lowA = new Week(LocalDate.of(2026, 11, 23), 10, 2);
        var lowB = new Week(LocalDate.of(2026, 11, 30), 5, 1);
        assertThat(AttentionRules.lowAcceptance(s, lowA, lowB)).get()
            .extracting(Attention::sentence)
            .isEqualTo("Acceptance below the team's 30% two weeks running: 20% (2 of 10) in the week of"
                    + " Mon 23 Nov 2026, then 20% (1 of 5) in the week of Mon 30 Nov 2026.");
        // Four decided is too few to judge a week.
        assertThat(AttentionRules.lowAcceptance(s, lowA, new Week(LocalDate.of(2026, 11, 30), 4, 0))).isEmpty();
        // Exactly at the target is not below it: 3 of 10 is 30%.
        assertThat(AttentionRules.lowAcceptance(s, lowA, new Week(LocalDate.of(2026, 11, 30), 10, 3))).isEmpty();
        assertThat(AttentionRules.lowAcceptance(s, new Week(LocalDate.of(2026, 11, 23), 10, 3), lowB)).isEmpty();
    }

    @Test
    void credits_expiring_within_seven_days_are_flagged_with_the_first_day() {
        var expiring = Statuses.member("Ines InMail",
                Statuses.headroom(Statuses.invitations(0, 100, 0, 100, 150), Health.GREEN, List.of(), 3,
                        Optional.of(Instant.parse("2026-12-10T08:00:00Z"))),
                Optional.empty(), LocalDate.of(2026, 1, 5));
        assertThat(AttentionRules.creditsExpiring(expiring)).get()
            .extracting(Attention::sentence)
            .isEqualTo("3 InMail credits expire unused within 7 days; the first on Thu 10 Dec 2026.");
        var later = Statuses.member("Ines InMail",
                Statuses.headroom(Statuses.invitations(0, 100, 0, 100, 150), Health.GREEN, List.of(), 0,
                        Optional.of(Instant.parse("2026-12-20T08:00:00Z"))),
                Optional.empty(), LocalDate.of(2026, 1, 5));
        assertThat(AttentionRules.creditsExpiring(later)).isEmpty();
    }

    @Test
    void requests_wait_too_long_after_more_than_two_whole_working_days() {
        // Asked Thursday: by Tuesday Friday and Monday passed (2), not yet too long; by
        // Wednesday 3.
        Instant thursday = noon(LocalDate.of(2026, 12, 3));
        assertThat(AttentionRules.waitedTooLong(thursday, BERLIN, TUESDAY, WEEKDAYS)).isFalse();
        assertThat(AttentionRules.waitedTooLong(thursday, BERLIN, TUESDAY.plusDays(1), WEEKDAYS)).isTrue();
    }

    @Test
    void health_lines_name_the_reasons_at_the_worst_level() {
        var red = Statuses.member("Rex Red",
                Statuses.headroom(Statuses.invitations(0, 100, 0, 100, 150), Health.RED,
                        List.of(new HealthReason(Health.AMBER, "Acceptance is sliding."),
                                new HealthReason(Health.RED, "LinkedIn restricted the account.")),
                        0, Optional.empty()),
                Optional.empty(), LocalDate.of(2026, 1, 5));
        var line = AttentionRules.health(red).orElseThrow();
        assertThat(line.kind()).isEqualTo(Kind.RED);
        assertThat(line.sentence()).isEqualTo("Stop and fix. Rex's My day says: \"LinkedIn restricted the account.\"");
        assertThat(line.route()).isEqualTo("overview/member/" + red.memberId());
        assertThat(AttentionRules.health(Statuses.withPending(0, 150))).isEmpty();
    }

}

package com.headroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Tiers;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.LimitsEngine;
import com.headroom.outreach.MemberFacts;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ramp-up rule on exact dates, and as the limits engine behind My day applies it. */
class RampUpWeekTest {

    static final TeamPolicySettings POLICY = TeamPolicySettings.defaults("Europe/Berlin");
    static final TierSettings SALES_NAV = new TierSettings("Sales Navigator Core", 200, null, 300, 50, 150,
            InMailRenewal.FIRST_OF_MONTH_UTC, SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200, 1900, null);

    @Test
    void an_account_started_on_mon_16_nov_is_in_week_3_of_6_on_tue_1_dec() {
        // 10 a day in week 1, 5 more each week, 5 working days: week 7 reaches Sales
        // Navigator's 200.
        assertThat(RampUpWeek.of(POLICY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 1), 200))
            .contains(new RampUpWeek(3, 20, 100, 6, LocalDate.of(2026, 12, 28)));
        assertThat(RampUpWeek.of(POLICY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 27), 200))
            .contains(new RampUpWeek(6, 35, 175, 6, LocalDate.of(2026, 12, 28)));
        assertThat(RampUpWeek.of(POLICY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 28), 200)).isEmpty();
    }

    @Test
    void without_a_start_date_or_a_weekly_step_there_is_no_end_to_name() {
        assertThat(RampUpWeek.of(POLICY, null, LocalDate.of(2026, 12, 1), 200)).isEmpty();
        var flat = withRampUp(POLICY, 10, 0, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(RampUpWeek.of(flat, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 1), 200))
            .contains(new RampUpWeek(48, 10, 50, 0, null));
    }

    @Test
    void every_day_of_the_first_twelve_weeks_gives_the_same_ramp_up_as_the_limits_engine() {
        var sixDays = withRampUp(POLICY, 20, 10, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        var flat = withRampUp(POLICY, 10, 0, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        var zone = ZoneId.of("Europe/Berlin");
        var started = LocalDate.of(2026, 10, 29);
        for (var policy : List.of(POLICY, sixDays, flat)) {
            for (int budget : new int[] { 100, 150, 200 }) {
                var tier = Tiers.withWeeklyBudget(SALES_NAV, budget);
                var facts = new MemberFacts(List.of(new MemberFacts.TierPeriod(Instant.EPOCH, tier)), policy,
                        LocalDate.of(2026, 1, 15), started);
                for (var day = started.minusDays(2); day.isBefore(started.plusWeeks(12)); day = day.plusDays(1)) {
                    var engine = LimitsEngine.evaluate(facts, List.of(), day.atTime(12, 0).atZone(zone).toInstant())
                        .invitations()
                        .rampUp();
                    var mine = RampUpWeek.of(policy, started, day, budget)
                        .map(r -> new Headroom.RampUp(r.week(), r.daily(), r.weekly()));
                    assertThat(mine).as("%s a week, %s", budget, day).isEqualTo(engine);
                }
            }
        }
    }

    private static TeamPolicySettings withRampUp(TeamPolicySettings p, int firstWeekDaily, int step,
            EnumSet<DayOfWeek> workingDays) {
        return new TeamPolicySettings(p.pendingInvitationsWarnAt(), p.pendingInvitationsBlockAt(),
                p.acceptanceRateTargetPercent(), p.lowAcceptanceBelowPercent(), p.lowAcceptanceBudgetPercent(),
                p.veryLowAcceptanceBelowPercent(), p.veryLowAcceptanceBudgetPercent(), firstWeekDaily, step,
                p.dailyInvitationPace(), p.dailyInvitationCap(), p.withdrawReminderDays(), p.reinviteLockoutDays(),
                p.restrictionCooldownDays(), p.restrictionRepeatWindowDays(), p.burstRequestCount(),
                p.burstWindowMinutes(), p.quietAfterWorkingDays(), workingDays, p.timeZone(), p.targetRegions(),
                p.targetIndustries(), p.targetSpreadWarnPercent(), p.warmUpDays());
    }

}

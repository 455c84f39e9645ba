package com.headroom.team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a new or returning LinkedIn account stands in its team's ramp-up on a day: the
 * one home of the rule, read by "My limits" and by the limits engine behind My day. Weeks
 * count from the day the account started, in the team's zone; week n allows the first
 * week's daily figure plus n − 1 weekly steps a day, times the team's working days; the
 * ramp-up is over once that reaches the tier's weekly budget.
 *
 * @param week this week of the ramp-up, from 1
 * @param daily invitations a day it allows this week
 * @param weekly invitations it allows a week now: daily times the working days
 * @param lastWeek its last week, or 0 when the team adds nothing each week (it never
 * ends)
 * @param tierFrom the first day on which the tier's own weekly budget applies; null when
 * never
 */
public record RampUpWeek(int week, int daily, int weekly, int lastWeek, LocalDate tierFrom) {

    /** Empty for an account without a start date, or once its ramp-up is over. */
    public static Optional<RampUpWeek> of(TeamPolicySettings policy, LocalDate startedOn, LocalDate today,
            int tierWeeklyBudget) {
        if (startedOn == null) {
            return Optional.empty();
        }
        int week = (int) Math.max(0, ChronoUnit.DAYS.between(startedOn, today)) / 7 + 1;
        if (weekly(policy, week) >= tierWeeklyBudget) {
            return Optional.empty();
        }
        int last = 0;
        if (policy.rampUpWeeklyStep() > 0) {
            last = week;
            while (weekly(policy, last + 1) < tierWeeklyBudget) {
                last++;
            }
        }
        return Optional.of(new RampUpWeek(week, daily(policy, week), weekly(policy, week), last,
                last == 0 ? null : startedOn.plusWeeks(last)));
    }

    private static int daily(TeamPolicySettings policy, int week) {
        return policy.rampUpFirstWeekDaily() + policy.rampUpWeeklyStep() * (week - 1);
    }

    private static int weekly(TeamPolicySettings policy, int week) {
        return daily(policy, week) * policy.workingDays().size();
    }
}

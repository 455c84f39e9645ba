package com.headroom.team;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a team paces its outreach: the settings table of DESIGN.md. Defaults come from
 * outreach tools' consensus and LinkedIn Help; an admin tunes them per team.
 */
public record TeamPolicySettings(@NotNull(message = "Enter when to warn about pending invitations") @Min(value = 1,
        message = "Must be at least 1") @Max(value = 5000,
                message = "LinkedIn restricts accounts at 3,000–5,000 pending; enter 5,000 or less") Integer pendingInvitationsWarnAt,

        @NotNull(message = "Enter when to block new invitations") @Min(value = 1, message = "Must be at least 1") @Max(
                value = 5000,
                message = "LinkedIn restricts accounts at 3,000–5,000 pending; enter 5,000 or less") Integer pendingInvitationsBlockAt,

        @NotNull(message = "Enter the acceptance-rate target") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer acceptanceRateTargetPercent,

        @NotNull(message = "Enter the acceptance rate below which the budget is cut") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer lowAcceptanceBelowPercent,

        @NotNull(message = "Enter the budget left at low acceptance") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer lowAcceptanceBudgetPercent,

        @NotNull(message = "Enter the acceptance rate below which the budget is cut further") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer veryLowAcceptanceBelowPercent,

        @NotNull(message = "Enter the budget left at very low acceptance") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer veryLowAcceptanceBudgetPercent,

        @NotNull(message = "Enter the invitations a day in a new account's first week") @Min(value = 1,
                message = "Must be at least 1") @Max(value = 100,
                        message = "Enter 100 or less") Integer rampUpFirstWeekDaily,

        @NotNull(message = "Enter the weekly ramp-up step (0 for none)") @Min(value = 0,
                message = "Must be 0 or more") @Max(value = 100,
                        message = "Enter 100 or less") Integer rampUpWeeklyStep,

        @NotNull(message = "Enter the suggested daily pace") @Min(value = 1, message = "Must be at least 1") @Max(
                value = 200, message = "Enter 200 or less") Integer dailyInvitationPace,

        @NotNull(message = "Enter the most invitations a day") @Min(value = 1, message = "Must be at least 1") @Max(
                value = 200, message = "Enter 200 or less") Integer dailyInvitationCap,

        @NotNull(message = "Enter after how many days to remind about pending invitations") @Min(value = 1,
                message = "Must be at least 1 day") @Max(value = 365,
                        message = "Enter 365 days or less") Integer withdrawReminderDays,

        @NotNull(message = "Enter the re-invite lockout (0 for none)") @Min(value = 0,
                message = "Must be 0 or more days") @Max(value = 365,
                        message = "Enter 365 days or less") Integer reinviteLockoutDays,

        @NotNull(message = "Enter the cooldown after a restriction") @Min(value = 0,
                message = "Must be 0 or more days") @Max(value = 365,
                        message = "Enter 365 days or less") Integer restrictionCooldownDays,

        @NotNull(message = "Enter the window in which repeated restrictions double the cooldown") @Min(value = 1,
                message = "Must be at least 1 day") @Max(value = 3650,
                        message = "Enter 3,650 days or less") Integer restrictionRepeatWindowDays,

        @NotNull(message = "Enter how many requests count as a burst") @Min(value = 2,
                message = "A burst is at least 2 requests") @Max(value = 1000,
                        message = "Enter 1,000 or less") Integer burstRequestCount,

        @NotNull(message = "Enter the burst window in minutes") @Min(value = 1,
                message = "Must be at least 1 minute") @Max(value = 1440,
                        message = "Enter 1,440 minutes (a day) or less") Integer burstWindowMinutes,

        @NotNull(message = "Enter after how many working days without activity a rep counts as quiet") @Min(value = 1,
                message = "Must be at least 1 working day") @Max(value = 60,
                        message = "Enter 60 working days or less") Integer quietAfterWorkingDays,

        @NotEmpty(message = "Choose at least one working day") Set<DayOfWeek> workingDays,

        @NotBlank(message = "Choose the team's time zone") String timeZone,

        /** Where the team sells: terms matched by words against prospects' locations. */
        Set<String> targetRegions,

        /**
         * Whom the team sells to: terms matched by words against prospects' industries.
         */
        Set<String> targetIndustries,

        @NotNull(message = "Enter the share of invitations outside your targets that warns") @Min(value = 0,
                message = "A percentage is between 0 and 100") @Max(value = 100,
                        message = "A percentage is between 0 and 100") Integer targetSpreadWarnPercent,

        @NotNull(message = "Enter the days of engagement that warm a prospect up (0 for none)") @Min(value = 0,
                message = "Must be 0 or more days") @Max(value = TargetMarket.WARM_UP_WINDOW_DAYS,
                        message = "Enter 14 days or less: warm-up counts the 14 days before an invitation") Integer warmUpDays) {

    public static final String WARN_NOT_BELOW_BLOCK = "Warn at fewer pending invitations than you block at";

    public static final String THRESHOLDS_OUT_OF_ORDER = "The very-low threshold must be below the low threshold";

    public static final String CUTS_OUT_OF_ORDER = "Very low acceptance must leave no more budget than low acceptance";

    public static final String CAP_BELOW_PACE = "The most a day can't be below the suggested daily pace";

    public static final String UNKNOWN_TIME_ZONE = "Choose a time zone from the list (like Europe/Berlin)";

    public static final String TOO_MANY_TARGETS = "Name at most " + TargetMarket.MOST_TERMS + " regions and "
            + TargetMarket.MOST_TERMS + " industries, each up to " + TargetMarket.TERM_LENGTH + " characters";

    public TeamPolicySettings {
        workingDays = workingDays == null || workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
        targetRegions = TargetMarket.terms(targetRegions);
        targetIndustries = TargetMarket.terms(targetIndustries);
    }

    /** The defaults of DESIGN.md, in the given time zone. */
    public static TeamPolicySettings defaults(String timeZone) {
        return new TeamPolicySettings(PolicyDefaults.PENDING_WARN_AT, PolicyDefaults.PENDING_BLOCK_AT,
                PolicyDefaults.ACCEPTANCE_TARGET_PERCENT, PolicyDefaults.LOW_ACCEPTANCE_BELOW_PERCENT,
                PolicyDefaults.LOW_ACCEPTANCE_BUDGET_PERCENT, PolicyDefaults.VERY_LOW_ACCEPTANCE_BELOW_PERCENT,
                PolicyDefaults.VERY_LOW_ACCEPTANCE_BUDGET_PERCENT, PolicyDefaults.RAMP_UP_FIRST_WEEK_DAILY,
                PolicyDefaults.RAMP_UP_WEEKLY_STEP, PolicyDefaults.DAILY_INVITATION_PACE,
                PolicyDefaults.DAILY_INVITATION_CAP, PolicyDefaults.WITHDRAW_REMINDER_DAYS,
                PolicyDefaults.REINVITE_LOCKOUT_DAYS, PolicyDefaults.RESTRICTION_COOLDOWN_DAYS,
                PolicyDefaults.RESTRICTION_REPEAT_WINDOW_DAYS, PolicyDefaults.BURST_REQUEST_COUNT,
                PolicyDefaults.BURST_WINDOW_MINUTES, PolicyDefaults.QUIET_AFTER_WORKING_DAYS,
                PolicyDefaults.workingDays(), timeZone, Set.of(), Set.of(), PolicyDefaults.TARGET_SPREAD_WARN_PERCENT,
                PolicyDefaults.WARM_UP_DAYS);
    }

    @AssertTrue(message = WARN_NOT_BELOW_BLOCK)
    boolean isWarnBelowBlock() {
        return pendingInvitationsWarnAt == null || pendingInvitationsBlockAt == null
                || pendingInvitationsWarnAt < pendingInvitationsBlockAt;
    }

    @AssertTrue(message = THRESHOLDS_OUT_OF_ORDER)
    boolean isVeryLowBelowLow() {
        return veryLowAcceptanceBelowPercent == null || lowAcceptanceBelowPercent == null
                || veryLowAcceptanceBelowPercent < lowAcceptanceBelowPercent;
    }

    @AssertTrue(message = CUTS_OUT_OF_ORDER)
    boolean isVeryLowCutDeeper() {
        return veryLowAcceptanceBudgetPercent == null || lowAcceptanceBudgetPercent == null
                || veryLowAcceptanceBudgetPercent <= lowAcceptanceBudgetPercent;
    }

    @AssertTrue(message = CAP_BELOW_PACE)
    boolean isCapAtLeastPace() {
        return dailyInvitationPace == null || dailyInvitationCap == null || dailyInvitationCap >= dailyInvitationPace;
    }

    @AssertTrue(message = TOO_MANY_TARGETS)
    boolean isTargetsWithinBounds() {
        return TargetMarket.withinBounds(targetRegions) && TargetMarket.withinBounds(targetIndustries);
    }

    /** The same settings with other targets: for tests and demo data. */
    public TeamPolicySettings withTargets(Set<String> regions, Set<String> industries) {
        return new TeamPolicySettings(pendingInvitationsWarnAt, pendingInvitationsBlockAt, acceptanceRateTargetPercent,
                lowAcceptanceBelowPercent, lowAcceptanceBudgetPercent, veryLowAcceptanceBelowPercent,
                veryLowAcceptanceBudgetPercent, rampUpFirstWeekDaily, rampUpWeeklyStep, dailyInvitationPace,
                dailyInvitationCap, withdrawReminderDays, reinviteLockoutDays, restrictionCooldownDays,
                restrictionRepeatWindowDays, burstRequestCount, burstWindowMinutes, quietAfterWorkingDays, workingDays,
                timeZone, regions, industries, targetSpreadWarnPercent, warmUpDays);
    }

    /** The same settings with another warm-up: for tests and demo data. */
    public TeamPolicySettings withWarmUp(int days, int spreadWarnPercent) {
        return new TeamPolicySettings(pendingInvitationsWarnAt, pendingInvitationsBlockAt, acceptanceRateTargetPercent,
                lowAcceptanceBelowPercent, lowAcceptanceBudgetPercent, veryLowAcceptanceBelowPercent,
                veryLowAcceptanceBudgetPercent, rampUpFirstWeekDaily, rampUpWeeklyStep, dailyInvitationPace,
                dailyInvitationCap, withdrawReminderDays, reinviteLockoutDays, restrictionCooldownDays,
                restrictionRepeatWindowDays, burstRequestCount, burstWindowMinutes, quietAfterWorkingDays, workingDays,
                timeZone, targetRegions, targetIndustries, spreadWarnPercent, days);
    }

    @AssertTrue(message = UNKNOWN_TIME_ZONE)
    boolean isTimeZoneKnown() {
        return timeZone == null || timeZone.isBlank() || isIanaZone(timeZone);
    }

    /**
     * The IANA zones under a continent or ocean (Europe/Berlin, America/New_York), and
     * UTC: not offsets, not the old country aliases like US/Eastern.
     */
    public static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
        .stream()
        .filter(id -> id.equals("UTC")
                || id.matches("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
        .sorted()
        .toList();

    public static boolean isIanaZone(String zone) {
        return TIME_ZONES.contains(zone);
    }
}

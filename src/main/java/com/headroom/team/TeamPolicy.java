package com.headroom.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

@Entity
@Table(name = "team_policy")
class TeamPolicy {

    @Id
    private Long teamId;

    private int pendingInvitationsWarnAt;

    private int pendingInvitationsBlockAt;

    private int acceptanceRateTargetPercent;

    private int lowAcceptanceBelowPercent;

    private int lowAcceptanceBudgetPercent;

    private int veryLowAcceptanceBelowPercent;

    private int veryLowAcceptanceBudgetPercent;

    private int rampUpFirstWeekDaily;

    private int rampUpWeeklyStep;

    private int dailyInvitationPace;

    private int dailyInvitationCap;

    private int withdrawReminderDays;

    private int reinviteLockoutDays;

    private int restrictionCooldownDays;

    private int restrictionRepeatWindowDays;

    private int burstRequestCount;

    private int burstWindowMinutes;

    private int quietAfterWorkingDays;

    /** ISO day numbers, comma-separated: "1,2,3,4,5" is Monday to Friday. */
    @Column(nullable = false)
    private String workingDays;

    @Column(nullable = false)
    private String timeZone;

    /** One term per line. */
    @Column(nullable = false)
    private String targetRegions = "";

    @Column(nullable = false)
    private String targetIndustries = "";

    private int targetSpreadWarnPercent;

    private int warmUpDays;

    @Version
    private long version;

    protected TeamPolicy() {
    }

    TeamPolicy(long teamId, TeamPolicySettings settings) {
        this.teamId = teamId;
        apply(settings);
    }

    void apply(TeamPolicySettings s) {
        pendingInvitationsWarnAt = s.pendingInvitationsWarnAt();
        pendingInvitationsBlockAt = s.pendingInvitationsBlockAt();
        acceptanceRateTargetPercent = s.acceptanceRateTargetPercent();
        lowAcceptanceBelowPercent = s.lowAcceptanceBelowPercent();
        lowAcceptanceBudgetPercent = s.lowAcceptanceBudgetPercent();
        veryLowAcceptanceBelowPercent = s.veryLowAcceptanceBelowPercent();
        veryLowAcceptanceBudgetPercent = s.veryLowAcceptanceBudgetPercent();
        rampUpFirstWeekDaily = s.rampUpFirstWeekDaily();
        rampUpWeeklyStep = s.rampUpWeeklyStep();
        dailyInvitationPace = s.dailyInvitationPace();
        dailyInvitationCap = s.dailyInvitationCap();
        withdrawReminderDays = s.withdrawReminderDays();
        reinviteLockoutDays = s.reinviteLockoutDays();
        restrictionCooldownDays = s.restrictionCooldownDays();
        restrictionRepeatWindowDays = s.restrictionRepeatWindowDays();
        burstRequestCount = s.burstRequestCount();
        burstWindowMinutes = s.burstWindowMinutes();
        quietAfterWorkingDays = s.quietAfterWorkingDays();
        workingDays = s.workingDays()
            .stream()
            .sorted()
            .map(d -> Integer.toString(d.getValue()))
            .collect(Collectors.joining(","));
        timeZone = s.timeZone();
        targetRegions = TargetMarket.toColumn(s.targetRegions());
        targetIndustries = TargetMarket.toColumn(s.targetIndustries());
        targetSpreadWarnPercent = s.targetSpreadWarnPercent();
        warmUpDays = s.warmUpDays();
    }

    TeamPolicySettings settings() {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workingDays.split(","))
            .map(String::strip)
            .filter(d -> !d.isEmpty())
            .forEach(d -> days.add(DayOfWeek.of(Integer.parseInt(d))));
        return new TeamPolicySettings(pendingInvitationsWarnAt, pendingInvitationsBlockAt, acceptanceRateTargetPercent,
                lowAcceptanceBelowPercent, lowAcceptanceBudgetPercent, veryLowAcceptanceBelowPercent,
                veryLowAcceptanceBudgetPercent, rampUpFirstWeekDaily, rampUpWeeklyStep, dailyInvitationPace,
                dailyInvitationCap, withdrawReminderDays, reinviteLockoutDays, restrictionCooldownDays,
                restrictionRepeatWindowDays, burstRequestCount, burstWindowMinutes, quietAfterWorkingDays, days,
                timeZone, TargetMarket.fromColumn(targetRegions), TargetMarket.fromColumn(targetIndustries),
                targetSpreadWarnPercent, warmUpDays);
    }

    long version() {
        return version;
    }

    Long teamId() {
        return teamId;
    }

}

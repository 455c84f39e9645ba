package com.headroom.outreach;

import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.RampUp;
import com.headroom.team.TeamPolicySettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Today's suggestion: how many invitations today should hold all told and how many more
 * to send, spreading what is left of the week over its working days, with the sentence
 * why. A step of {@link LimitsEngine#evaluate}.
 *
 * @param dailyCap the most a day the team allows (ramp-up's daily figure while ramping
 * up)
 * @param mayStillSendToday what may still go today within every limit: week, day,
 * pending, cooldown
 * @param todayTarget what today should hold all told, sent ones included; 0 where none
 * should go
 * @param suggested how many more to send today
 */
record TodaysPace(int sentToday, int dailyCap, int mayStillSendToday, int suggested, int todayTarget,
        String suggestion) {

    static TodaysPace of(InvitationBook invitations, WeeklyBudget week, PendingLoad pending,
            Optional<Cooldown> cooldown, Optional<RampUp> ramp, TeamPolicySettings policy, ZonedDateTime local,
            Instant now) {
        ZoneId zone = local.getZone();
        Instant dayStart = local.toLocalDate().atStartOfDay(zone).toInstant();
        int sentToday = invitations.sentAfterOrAt(dayStart, now).size();
        int dailyCap = policy.dailyInvitationCap();
        if (ramp.isPresent() && ramp.get().daily() < dailyCap) {
            dailyCap = ramp.get().daily();
        }
        int left = week.left();
        int pendingCount = pending.count();
        int mayStillSendToday = cooldown.isPresent() ? 0 : Math.max(0,
                Math.min(left, Math.min(dailyCap - sentToday, policy.pendingInvitationsBlockAt() - pendingCount)));
        var nextFreesAt = week.nextFreesAt();
        int suggested;
        int todayTarget = 0;
        String suggestion;
        if (cooldown.isPresent()) {
            suggested = 0;
            suggestion = RepSentences.pausedToday(cooldown.get().until(), zone);
        }
        else if (pendingCount >= policy.pendingInvitationsBlockAt()) {
            suggested = 0;
            suggestion = RepSentences.withdrawFirst(pendingCount);
        }
        else if (!policy.workingDays().contains(local.getDayOfWeek())) {
            suggested = 0;
            suggestion = RepSentences.dayOff(local.getDayOfWeek());
        }
        else if (left == 0) {
            suggested = 0;
            // What went today before the week ran out, but never more than the pace: past
            // it, the gauge says by how much rather than calling it the suggestion.
            todayTarget = Math.min(sentToday, dailyPace(policy, ramp));
            suggestion = RepSentences.weekUsed(nextFreesAt, zone);
        }
        else {
            int workingDaysLeft = 0;
            for (int d = 0; d < 7; d++) {
                if (policy.workingDays().contains(local.toLocalDate().plusDays(d).getDayOfWeek())) {
                    workingDaysLeft++;
                }
            }
            int spread = (int) Math.ceil((double) (left + sentToday) / workingDaysLeft);
            int daily = dailyPace(policy, ramp);
            String cap = daily < policy.dailyInvitationPace() ? RepSentences.rampUpPace(daily)
                    : RepSentences.teamPace(daily);
            int target = Math.min(spread, daily);
            todayTarget = target;
            suggested = Math.max(0, Math.min(target - sentToday, mayStillSendToday));
            suggestion = RepSentences.spread(left, workingDaysLeft, spread, cap, sentToday);
        }
        return new TodaysPace(sentToday, dailyCap, mayStillSendToday, suggested, todayTarget, suggestion);
    }

    /** The team's daily pace, or ramp-up's daily figure while it is lower. */
    private static int dailyPace(TeamPolicySettings policy, Optional<RampUp> ramp) {
        int daily = policy.dailyInvitationPace();
        return ramp.isPresent() && ramp.get().daily() < daily ? ramp.get().daily() : daily;
    }

}

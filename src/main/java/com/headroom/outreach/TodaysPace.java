package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.RampUp;
import com.headroom.team.TeamPolicySettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Today's suggestion: how many invitations today should hold all told and how many more to send,
 * spreading what is left of the week over its working days, with the sentence why. A step of
 * {@link LimitsEngine#evaluate}.
 *
 * @param todayTarget what today should hold all told, sent ones included; 0 where none should go
 * @param suggested   how many more to send today
 */
record TodaysPace(int suggested, int todayTarget, String suggestion) {

    static TodaysPace of(Optional<Cooldown> cooldown, int pendingCount, TeamPolicySettings policy,
            ZonedDateTime local, int left, int sentToday, Optional<Instant> nextFreesAt, ZoneId zone,
            Optional<RampUp> ramp, int mayStillSendToday) {
        int suggested;
        int todayTarget = 0;
        String suggestion;
        if (cooldown.isPresent()) {
            suggested = 0;
            suggestion = "Paused after a LinkedIn restriction until " + Dates.dayTime(cooldown.get().until(), zone)
                    + ".";
        } else if (pendingCount >= policy.pendingInvitationsBlockAt()) {
            suggested = 0;
            suggestion = "Withdraw old invitations first: " + pendingCount + " are pending.";
        } else if (!policy.workingDays().contains(local.getDayOfWeek())) {
            suggested = 0;
            suggestion = local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " is not one of the team's working days.";
        } else if (left == 0) {
            suggested = 0;
            todayTarget = sentToday;
            suggestion = "This week's budget is used" + nextFreesAt.map(t -> "; the next invitation frees up "
                    + Dates.dayTime(t, zone)).orElse("") + ".";
        } else {
            int workingDaysLeft = 0;
            for (int d = 0; d < 7; d++) {
                if (policy.workingDays().contains(local.toLocalDate().plusDays(d).getDayOfWeek())) {
                    workingDaysLeft++;
                }
            }
            int spread = (int) Math.ceil((double) (left + sentToday) / workingDaysLeft);
            int daily = policy.dailyInvitationPace();
            String cap = "the team's suggested pace of " + daily + " a day";
            if (ramp.isPresent() && ramp.get().daily() < daily) {
                daily = ramp.get().daily();
                cap = "ramp-up's " + daily + " a day";
            }
            int target = Math.min(spread, daily);
            todayTarget = target;
            suggested = Math.max(0, Math.min(target - sentToday, mayStillSendToday));
            suggestion = left + " left over " + workingDaysLeft + " working days is " + spread + " a day; at most "
                    + cap + (sentToday > 0 ? "; " + sentToday + " sent today" : "") + ".";
        }
        return new TodaysPace(suggested, todayTarget, suggestion);
    }
}

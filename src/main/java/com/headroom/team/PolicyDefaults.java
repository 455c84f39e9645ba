package com.headroom.team;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A new team's pacing policy, named: the defaults of DESIGN.md ("The limits: team
 * policy") with why each is what it is. An admin changes them per team; this is their one
 * home.
 */
public final class PolicyDefaults {

    private PolicyDefaults() {
    }

    /**
     * Pending invitations: warn at 500, block at 700 (outreach tools' consensus; LinkedIn
     * restricts at 3,000–5,000).
     */
    public static final int PENDING_WARN_AT = 500;

    public static final int PENDING_BLOCK_AT = 700;

    /** A healthy account's acceptance rate (the source article's figure). */
    public static final int ACCEPTANCE_TARGET_PERCENT = 70;

    /** Below 50% acceptance the weekly budget is cut to 75%; below 30%, to 50%. */
    public static final int LOW_ACCEPTANCE_BELOW_PERCENT = 50;

    public static final int LOW_ACCEPTANCE_BUDGET_PERCENT = 75;

    public static final int VERY_LOW_ACCEPTANCE_BELOW_PERCENT = 30;

    public static final int VERY_LOW_ACCEPTANCE_BUDGET_PERCENT = 50;

    /**
     * A new or returning account: 10 a day in its first week, 5 more each week, up to the
     * tier.
     */
    public static final int RAMP_UP_FIRST_WEEK_DAILY = 10;

    public static final int RAMP_UP_WEEKLY_STEP = 5;

    /**
     * Invitations a day: 20 suggested, 40 at most (15–30 a day is the reported safe
     * pace).
     */
    public static final int DAILY_INVITATION_PACE = 20;

    public static final int DAILY_INVITATION_CAP = 40;

    /**
     * Withdraw pending invitations after 21 days: most acceptances come within a week.
     */
    public static final int WITHDRAW_REMINDER_DAYS = 21;

    /**
     * After a withdrawal LinkedIn blocks re-inviting the person for up to three weeks
     * (LinkedIn Help).
     */
    public static final int REINVITE_LOCKOUT_DAYS = 21;

    /**
     * A restriction "typically lasts one week" (LinkedIn Help); doubled on each repeat
     * within 90 days.
     */
    public static final int RESTRICTION_COOLDOWN_DAYS = 7;

    public static final int RESTRICTION_REPEAT_WINDOW_DAYS = 90;

    /**
     * More than 10 requests logged within 10 minutes is a burst ("rapid sending
     * penalties").
     */
    public static final int BURST_REQUEST_COUNT = 10;

    public static final int BURST_WINDOW_MINUTES = 10;

    /** Managers see a rep as quiet after 3 whole working days with nothing logged. */
    public static final int QUIET_AFTER_WORKING_DAYS = 3;

    /**
     * Above this share of a week's invitations to people outside the team's target
     * regions and industries the account turns amber ("sending too many requests to users
     * outside your geographic region or industry may trigger additional scrutiny").
     */
    public static final int TARGET_SPREAD_WARN_PERCENT = 40;

    /**
     * The share says little about a handful: it warns from this many invitations in the 7
     * days on.
     */
    public static final int TARGET_SPREAD_MIN_INVITATIONS = 5;

    /**
     * A prospect is warmed up by engagement (profile views, engaged posts) on this many
     * different days in the 14 before the invitation ("like, comment and share prospects'
     * content for several days before sending connection requests").
     */
    public static final int WARM_UP_DAYS = 2;

    /**
     * Keep in touch with connected prospects and close connections after this many days
     * without an exchange; a member sets their own.
     */
    public static final int KEEP_IN_TOUCH_DAYS = 60;

    /** "Not now" on the keep-in-touch list puts a person off for this many days. */
    public static final int KEEP_IN_TOUCH_SNOOZE_DAYS = 30;

    /** The keep-in-touch list shows at most this many people a day. */
    public static final int KEEP_IN_TOUCH_A_DAY = 5;

    /** Monday to Friday. */
    public static Set<DayOfWeek> workingDays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

}

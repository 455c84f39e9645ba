package com.headroom.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One seated member of a team as their managers see them now: the same headroom their My day
 * shows, and when they last logged anything themselves.
 *
 * @param lastActivityAt when what they last logged happened; empty when they never logged anything
 */
public record MemberStatus(long memberId, String name, String tierName, Headroom headroom,
        Optional<Instant> lastActivityAt, ZoneId zone, int quietAfterWorkingDays,
        java.util.Set<java.time.DayOfWeek> workingDays, int acceptanceTargetPercent) {
}

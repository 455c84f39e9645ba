package com.headroom.outreach;

import com.headroom.outreach.Headroom.Rate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * One seated member of a team as their managers see them now: the same headroom their My
 * day shows, and when they last logged anything themselves.
 *
 * @param lastActivityAt when what they last logged happened; empty when they never logged
 * anything
 * @param inMailsAnswered of the InMails they sent in the last 30 days, how many were
 * answered
 * @param seatStartedOn the day their seat in Headroom began (a new rep is not quiet, just
 * new)
 */
public record MemberStatus(long memberId, long teamId, String name, String tierName, Headroom headroom,
        Optional<Instant> lastActivityAt, Rate inMailsAnswered, java.time.LocalDate seatStartedOn, ZoneId zone,
        int quietAfterWorkingDays, Set<DayOfWeek> workingDays, int acceptanceTargetPercent) {
}

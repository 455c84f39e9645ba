package com.headroom.outreach;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An action a rep logged past a team limit, as the team's managers see it.
 *
 * @param sentence the limits it went past, as the rep read them
 * @param reason the rep's reason (null when a manager approved it beforehand)
 * @param approvedByName the manager who approved it beforehand, if one did
 * @param undone the rep undid the entry later
 * @param zone the team's time zone
 */
public record PastLimitEntry(long entryId, long teamId, String memberName, Long prospectId, String prospectName,
        OutreachType type, Instant occurredAt, String sentence, @Nullable String reason, String approvedByName,
        boolean undone, ZoneId zone) {
}

package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health reason of actions logged past a team limit: a step of
 * {@link LimitsEngine#evaluate}.
 */
final class PastLimitHealth {

    private PastLimitHealth() {
    }

    /**
     * Actions logged past a team limit in the last 7 days turn health red (amber when a
     * manager approved each beforehand): the rep did it on LinkedIn, and the account
     * carries the risk.
     */
    static Optional<HealthReason> reason(List<LedgerEntry> pastLimit, Instant now, ZoneId zone) {
        Instant since = now.minus(LimitsEngine.WEEK);
        int unapproved = 0;
        int approved = 0;
        Map<Limit, Integer> byLimit = new EnumMap<>(Limit.class);
        Map<OutreachType, Integer> byType = new EnumMap<>(OutreachType.class);
        LedgerEntry latest = null;
        for (var e : pastLimit) {
            if (!e.at().isAfter(since)) {
                continue;
            }
            if (e.approved()) {
                approved++;
            }
            else {
                unapproved++;
            }
            byType.merge(e.type(), 1, Integer::sum);
            for (var name : e.pastLimits().split(",")) {
                byLimit.merge(Limit.valueOf(name.strip()), 1, Integer::sum);
            }
            latest = latest == null || e.at().isAfter(latest.at()) ? e : latest;
        }
        if (latest == null) {
            return Optional.empty();
        }
        String logged = RepSentences.loggedPastLimits(byType, byLimit, latest.at(), zone);
        return Optional.of(unapproved > 0
                ? new HealthReason(Health.RED, RepSentences.pastLimitsUnapproved(logged, unapproved + approved))
                : new HealthReason(Health.AMBER, RepSentences.pastLimitsApproved(logged, approved)));
    }

}

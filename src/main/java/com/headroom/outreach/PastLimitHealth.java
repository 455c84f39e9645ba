package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The health reason of actions logged past a team limit: a step of {@link LimitsEngine#evaluate}. */
final class PastLimitHealth {

    private PastLimitHealth() {
    }

    /**
     * Actions logged past a team limit in the last 7 days turn health red (amber when a manager
     * approved each beforehand): the rep did it on LinkedIn, and the account carries the risk.
     */
    static Optional<HealthReason> reason(List<LedgerEntry> pastLimit, Instant now, ZoneId zone) {
        Instant since = now.minus(LimitsEngine.WEEK);
        int unapproved = 0;
        int approved = 0;
        Map<Limit, Integer> byLimit = new java.util.EnumMap<>(Limit.class);
        Map<OutreachType, Integer> byType = new java.util.EnumMap<>(OutreachType.class);
        LedgerEntry latest = null;
        for (var e : pastLimit) {
            if (!e.at().isAfter(since)) {
                continue;
            }
            if (e.approved()) {
                approved++;
            } else {
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
        List<String> actions = new ArrayList<>();
        byType.forEach((type, n) -> actions.add(n + " " + actionNoun(type, n)));
        List<String> limits = new ArrayList<>();
        byLimit.forEach((limit, n) -> limits.add(limit.label().toLowerCase(Locale.ROOT) + (n > 1 ? " " + n + "×" : "")));
        String what = String.join(" and ", actions) + " logged past the team's limits in the last 7 days ("
                + String.join(", ", limits) + "), the latest on " + Dates.dayTime(latest.at(), zone) + ".";
        return Optional.of(unapproved > 0
                ? new HealthReason(Health.RED, what + " Your managers see " + (unapproved + approved == 1 ? "it" : "them")
                        + ": keep to the limits or ask a manager before you send.")
                : new HealthReason(Health.AMBER, what + " A manager approved " + (approved == 1 ? "it" : "each")
                        + " beforehand."));
    }

    private static String actionNoun(OutreachType type, int n) {
        String noun = switch (type) {
            case INVITATION_SENT -> "invitation";
            case MESSAGE_SENT -> "message";
            case INMAIL_SENT -> "InMail";
            default -> "action";
        };
        return n == 1 ? noun : noun + "s";
    }
}

package com.headroom.outreach;

import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The pause after LinkedIn restricted the account: the team's cooldown, doubled for each
 * repeat within its window, or longer when LinkedIn named an end. A step of
 * {@link LimitsEngine#evaluate}: while it runs nothing else matters.
 */
final class RestrictionCooldown {

    private RestrictionCooldown() {
    }

    static Optional<Cooldown> at(List<LedgerEntry> restrictions, TeamPolicySettings policy, Instant now) {
        Duration window = Duration.ofDays(policy.restrictionRepeatWindowDays());
        Cooldown latest = null;
        for (int i = 0; i < restrictions.size(); i++) {
            var r = restrictions.get(i);
            int repeats = 0;
            for (int j = 0; j < i; j++) {
                if (restrictions.get(j).at().isAfter(r.at().minus(window))) {
                    repeats++;
                }
            }
            long days = (long) policy.restrictionCooldownDays() << Math.min(repeats, 10);
            Instant until = r.at().plus(Duration.ofDays(days));
            if (r.restrictionEndsAt() != null && r.restrictionEndsAt().isAfter(until)) {
                until = r.restrictionEndsAt();
            }
            if (until.isAfter(now) && (latest == null || until.isAfter(latest.until()))) {
                latest = new Cooldown(r.at(), until, repeats);
            }
        }
        return Optional.ofNullable(latest);
    }

    static HealthReason reason(Cooldown cooldown, TeamPolicySettings policy, ZoneId zone) {
        return new HealthReason(Health.RED,
                RepSentences.restricted(cooldown, policy.restrictionRepeatWindowDays(), zone));
    }

}

package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Invitations in the team's burst window (LinkedIn reads many in a few minutes as
 * automation), and when the next one no longer adds to a burst. A step of
 * {@link LimitsEngine#evaluate}.
 */
record InvitationBurst(int count, Optional<Instant> slowDownUntil, Optional<HealthReason> reason) {

    static InvitationBurst of(InvitationBook invitations, TeamPolicySettings policy, Instant now) {
        Duration window = Duration.ofMinutes(policy.burstWindowMinutes());
        List<Instant> recent = invitations.sentAfter(now.minus(window), now);
        int burst = recent.size();
        int allowed = policy.burstRequestCount();
        Optional<HealthReason> reason = burst > allowed
                ? Optional
                    .of(new HealthReason(Health.AMBER, RepSentences.burst(burst, policy.burstWindowMinutes(), allowed)))
                : Optional.empty();
        Optional<Instant> slowDownUntil = burst >= allowed ? Optional.of(recent.get(burst - allowed).plus(window))
                : Optional.empty();
        return new InvitationBurst(burst, slowDownUntil, reason);
    }
}

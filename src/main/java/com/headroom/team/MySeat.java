package com.headroom.team;

import com.headroom.security.Role;
import com.headroom.tier.TierDetails;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person's own account page shows.
 *
 * @param linkedInStartedOn when their LinkedIn account started (or restarted); null when
 * not set
 * @param rampUp where that puts them in the team's ramp-up today, in the team's zone
 */
public record MySeat(long accountId, String displayName, String email, Role role, Optional<Long> teamId,
        Optional<String> teamName, Optional<TierDetails> tier, LocalDate seatStartedOn,
        Optional<TeamPolicySettings> policy, @Nullable LocalDate linkedInStartedOn, Optional<RampUpWeek> rampUp) {
}

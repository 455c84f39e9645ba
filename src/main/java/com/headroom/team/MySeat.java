package com.headroom.team;

import com.headroom.security.Role;
import com.headroom.tier.TierDetails;
import java.time.LocalDate;
import java.util.Optional;

/** What the signed-in person's own account page shows. */
public record MySeat(long accountId, String displayName, String email, Role role, Optional<Long> teamId,
        Optional<String> teamName,
        Optional<TierDetails> tier, LocalDate seatStartedOn, Optional<TeamPolicySettings> policy) {
}

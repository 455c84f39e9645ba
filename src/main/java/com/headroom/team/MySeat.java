package com.headroom.team;

import com.headroom.security.Role;
import com.headroom.tier.TierDetails;
import java.time.LocalDate;
import java.util.Optional;

/** What the signed-in person's own account page shows. */
public record MySeat(String displayName, String email, Role role, Optional<String> teamName,
        Optional<TierDetails> tier, LocalDate seatStartedOn, Optional<TeamPolicySettings> policy) {
}

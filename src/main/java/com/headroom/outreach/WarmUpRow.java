package com.headroom.outreach;

import java.util.Optional;

/**
 * One member's (or the team's, without a member) warmed and cold invitations of a period,
 * with what the difference says.
 *
 * @param verdict the same two-proportion reading as the template comparison
 */
public record WarmUpRow(Long memberId, String name, int warmedSent, int warmedAccepted, int coldSent, int coldAccepted,
        boolean significant, String verdict) {

    public Optional<Integer> warmedPercent() {
        return warmedSent == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * warmedAccepted / warmedSent));
    }

    public Optional<Integer> coldPercent() {
        return coldSent == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * coldAccepted / coldSent));
    }

}

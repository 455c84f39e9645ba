package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Targeting;
import com.headroom.team.PolicyDefaults;
import com.headroom.team.TargetMarket;
import com.headroom.team.TargetMarket.Fit;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many of the last 7 days' invitations went outside the team's target regions and
 * industries: a step of {@link LimitsEngine#evaluate}. Each invitation counts (two to one
 * person are two); people with no location or industry on file count as unknown, never as
 * outside. AMBER above the policy's share, from
 * {@link PolicyDefaults#TARGET_SPREAD_MIN_INVITATIONS} invitations on.
 */
record TargetSpread(Targeting targeting, Optional<HealthReason> reason) {

    static TargetSpread of(InvitationBook invitations, MemberFacts facts, Instant now) {
        var market = TargetMarket.of(facts.policy());
        if (!market.namesTargets()) {
            return new TargetSpread(Targeting.NONE, Optional.empty());
        }
        int total = 0;
        int outside = 0;
        int unknown = 0;
        // A busy week's thousand invitations go to far fewer places: each fit once.
        Map<ProspectPlace, Fit> fits = new HashMap<>();
        for (long prospectId : invitations.prospectsSentAfter(now.minus(LimitsEngine.WEEK), now)) {
            total++;
            var place = facts.invitedPlaces().get(prospectId);
            var fit = place == null ? Fit.UNKNOWN
                    : fits.computeIfAbsent(place, at -> market.fit(at.location(), at.industry()));
            if (fit == Fit.OUTSIDE) {
                outside++;
            }
            else if (fit == Fit.UNKNOWN) {
                unknown++;
            }
        }
        int warnAbove = facts.policy().targetSpreadWarnPercent();
        var targeting = new Targeting(true, total, outside, unknown, warnAbove);
        // "Above" the share, exactly: 4 of 10 at 40% is not above it.
        boolean above = total >= PolicyDefaults.TARGET_SPREAD_MIN_INVITATIONS
                && outside * 100L > warnAbove * (long) total;
        return new TargetSpread(targeting,
                above ? Optional.of(new HealthReason(Health.AMBER, PlaybookSentences.spreadTooWide(targeting)))
                        : Optional.empty());
    }

}

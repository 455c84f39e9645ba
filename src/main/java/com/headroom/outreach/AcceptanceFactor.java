package com.headroom.outreach;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Rate;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How much of the tier's weekly budget low acceptance leaves: a step of
 * {@link LimitsEngine#evaluate}. The rate is that of the last 100 decided invitations,
 * and it cuts only once 20 have an outcome.
 *
 * @param budgetPercent what is left of the budget, 100 when acceptance cuts nothing
 * @param budgetNote the cut, for the budget's why; empty when nothing is cut
 */
record AcceptanceFactor(int budgetPercent, String budgetNote, Optional<HealthReason> reason, Rate last30Days,
        Rate lastDecided) {

    static final int MIN_DECIDED_FOR_CUT = 20;
    static final int LAST_DECIDED = 100;

    static AcceptanceFactor of(InvitationBook invitations, TeamPolicySettings policy, Instant now) {
        Rate last30 = invitations.acceptanceSentSince(now.minus(Duration.ofDays(30)), now);
        Rate last100 = invitations.acceptanceOfLastDecided(LAST_DECIDED);
        if (last100.of() < MIN_DECIDED_FOR_CUT) {
            return new AcceptanceFactor(100, "", Optional.empty(), last30, last100);
        }
        int rate = last100.percent().orElse(100);
        int factor = 100;
        HealthReason reason = null;
        if (rate < policy.veryLowAcceptanceBelowPercent()) {
            factor = policy.veryLowAcceptanceBudgetPercent();
            reason = new HealthReason(Health.RED,
                    RepSentences.veryLowAcceptance(last100, policy.veryLowAcceptanceBelowPercent(), factor));
        }
        else if (rate < policy.lowAcceptanceBelowPercent()) {
            factor = policy.lowAcceptanceBudgetPercent();
            reason = new HealthReason(Health.AMBER,
                    RepSentences.lowAcceptance(last100, policy.lowAcceptanceBelowPercent(), factor));
        }
        else if (rate < policy.acceptanceRateTargetPercent()) {
            reason = new HealthReason(Health.AMBER,
                    RepSentences.acceptanceBelowTarget(last100, policy.acceptanceRateTargetPercent()));
        }
        String note = factor < 100 ? RepSentences.acceptanceCuts(last100.percent().orElse(0), factor) : "";
        return new AcceptanceFactor(factor, note, Optional.ofNullable(reason), last30, last100);
    }
}

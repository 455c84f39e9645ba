package com.headroom.outreach;

import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.RampUp;
import com.headroom.tier.TierSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rolling 7 days: the tier's budget, cut by low acceptance and capped by ramp-up,
 * what went out in them and when the next invitation frees up. A step of
 * {@link LimitsEngine#evaluate}.
 *
 * @param left what may still go this week: 0 while a cooldown pauses invitations
 */
record WeeklyBudget(int budget, String reason, int sentThisWeek, int left, Optional<Instant> nextFreesAt,
        Optional<Instant> pausedUntil) {

    static WeeklyBudget of(TierSettings tier, AcceptanceFactor acceptance, Optional<RampUp> ramp, int workingDays,
            InvitationBook invitations, Optional<Cooldown> cooldown, Instant now) {
        int tierBudget = tier.weeklyInvitationBudget();
        int budget = (int) Math.floor(tierBudget * acceptance.budgetPercent() / 100.0);
        String reason = RepSentences.tierAllows(tier.name(), tierBudget) + acceptance.budgetNote();
        if (ramp.isPresent() && ramp.get().weekly() < budget) {
            budget = ramp.get().weekly();
            reason += RepSentences.rampUpAllows(ramp.get(), workingDays);
        }
        List<Instant> inWindow = invitations.sentAfter(now.minus(LimitsEngine.WEEK), now);
        int sent = inWindow.size();
        int budgetLeft = Math.max(0, budget - sent);
        Optional<Instant> nextFreesAt = Optional.empty();
        if (budgetLeft == 0 && sent > 0) {
            // The budget frees when enough old invitations leave the 7 days.
            int mustLeave = sent - budget + 1;
            nextFreesAt = Optional.of(inWindow.get(Math.min(mustLeave, inWindow.size()) - 1).plus(LimitsEngine.WEEK));
        }
        Optional<Instant> pausedUntil = cooldown.map(Cooldown::until);
        // While a cooldown runs nothing is left, whatever the budget says.
        return new WeeklyBudget(budget, reason, sent, pausedUntil.isPresent() ? 0 : budgetLeft, nextFreesAt,
                pausedUntil);
    }
}

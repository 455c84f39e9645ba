package com.headroom;

import com.headroom.tier.TierSettings;

/** Tier figures for tests. */
public final class Tiers {

    private Tiers() {
    }

    /** The same figures with another weekly invitation budget. */
    public static TierSettings withWeeklyBudget(TierSettings s, int budget) {
        return new TierSettings(s.name(), budget, s.monthlyPersonalizedNotes(), s.noteCharacterLimit(),
                s.monthlyInMailCredits(), s.inMailMaxBalance(), s.inMailRenewal(), s.secondInMailRule(),
                s.dailyMessageLimit(), s.messageCharacterLimit(), s.inMailSubjectLimit(), s.inMailBodyLimit(),
                s.sourceNote());
    }

}

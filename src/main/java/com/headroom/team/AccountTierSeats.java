package com.headroom.team;

import com.headroom.tier.TierSeats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the tier catalogue which active accounts hold seats on a tier. */
@Component
class AccountTierSeats implements TierSeats {

    private final AccountRepository accounts;

    AccountTierSeats(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Use seatsOn(long tierId) {
        long count = accounts.countByTierIdAndActiveTrue(tierId);
        var names = count == 0 ? java.util.List.<String>of()
                : accounts.findTop5ByTierIdAndActiveTrueOrderByDisplayNameAsc(tierId)
                    .stream()
                    .map(Account::displayName)
                    .toList();
        return new Use(count, names);
    }

}

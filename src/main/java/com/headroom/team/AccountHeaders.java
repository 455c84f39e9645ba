package com.headroom.team;

import com.headroom.base.SignedInHeader;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The header line under a signed-in person's name: their team and LinkedIn tier. */
@Component
class AccountHeaders implements SignedInHeader.Source {

    private final AccountRepository accounts;

    private final TeamRepository teams;

    private final TierService tiers;

    AccountHeaders(AccountRepository accounts, TeamRepository teams, TierService tiers) {
        this.accounts = accounts;
        this.teams = teams;
        this.tiers = tiers;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInHeader forAccount(long accountId) {
        var account = accounts.findById(accountId).orElse(null);
        if (account == null) {
            return new SignedInHeader("Headroom", "");
        }
        String team = account.teamId() == null ? null : teams.findById(account.teamId()).map(Team::name).orElse(null);
        String tier = account.tierId() == null ? null
                : tiers.find(account.tierId()).map(TierDetails::name).orElse(null);
        String seat;
        if (team != null && tier != null) {
            seat = team + " · " + tier;
        }
        else if (team != null) {
            seat = team + " · " + account.role().label();
        }
        else {
            seat = account.role().label();
        }
        return new SignedInHeader(account.displayName(), seat);
    }

}

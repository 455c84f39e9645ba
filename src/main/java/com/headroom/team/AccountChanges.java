package com.headroom.team;

import com.headroom.base.FieldChanges;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What changed in an account, field by field and by name, as the audit log records it.
 */
@Component
class AccountChanges {

    /** An account before it existed: every field of a new one reads as added. */
    static final AccountDraft NONE = new AccountDraft(null, null, null, null, null, null, null, null, Set.of());

    private final TeamRepository teams;

    private final TierService tiers;

    AccountChanges(TeamRepository teams, TierService tiers) {
        this.teams = teams;
        this.tiers = tiers;
    }

    FieldChanges describe(AccountDraft a, AccountDraft b) {
        Function<Long, String> teamName = id -> id == null ? null : teams.findById(id).map(Team::name).orElse("#" + id);
        Function<Long, String> tier = id -> id == null ? null : tierName(id);
        Function<Set<Long>, String> teamList = ids -> ids.isEmpty() ? null
                : ids.stream().map(teamName).sorted().collect(Collectors.joining(", "));
        return new FieldChanges().compare("Name", a.displayName(), b.displayName())
            .compare("E-mail", a.email(), b.email())
            .compare("Role", a.role() == null ? null : a.role().label(), b.role().label())
            .compare("Team", teamName.apply(a.teamId()), teamName.apply(b.teamId()))
            .compare("Tier", tier.apply(a.tierId()), tier.apply(b.tierId()))
            .compare("Seat started", a.seatStartedOn(), b.seatStartedOn())
            .compare("LinkedIn profile", a.linkedInProfileUrl(), b.linkedInProfileUrl())
            .compare("LinkedIn account started", a.linkedInStartedOn(), b.linkedInStartedOn())
            .compare("Manages", teamList.apply(a.managedTeamIds()), teamList.apply(b.managedTeamIds()));
    }

    String tierName(long tierId) {
        return tiers.find(tierId).map(TierDetails::name).orElse("");
    }

}

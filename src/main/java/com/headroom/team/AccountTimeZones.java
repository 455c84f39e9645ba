package com.headroom.team;

import com.headroom.base.TimeZones;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's times read in their team's zone; an administrator's in the organisation's
 * usual one.
 */
@Component
class AccountTimeZones implements TimeZones {

    private final AccountRepository accounts;

    private final TeamPolicyRepository policies;

    AccountTimeZones(AccountRepository accounts, TeamPolicyRepository policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId forAccount(long accountId) {
        var teamId = accounts.findById(accountId).map(Account::teamId).orElse(null);
        if (teamId != null) {
            var policy = policies.findById(teamId);
            if (policy.isPresent()) {
                return ZoneId.of(policy.get().settings().timeZone());
            }
        }
        // The zone most teams use (the oldest team's on a tie): where the organisation
        // works.
        Map<String, Long> byZone = policies.findAll()
            .stream()
            .sorted(Comparator.comparing(TeamPolicy::teamId))
            .map(p -> p.settings().timeZone())
            .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        return byZone.entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(e -> ZoneId.of(e.getKey()))
            .orElse(ZoneOffset.UTC);
    }

}

package com.headroom.team;

import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LinkedIn seats over time, as the limits engine and the ledger's jobs read them: which
 * tier a seat had from when. {@link AccountService} changes seats; this only reads them.
 */
@Service
@SignedIn
public class SeatHistories {

    private final AccountRepository accounts;

    private final SeatChangeRepository seatChanges;

    private final TeamAccess access;

    private final CurrentUser currentUser;

    SeatHistories(AccountRepository accounts, SeatChangeRepository seatChanges, TeamAccess access,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.seatChanges = seatChanges;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * A seat's tiers over time, for the limits engine: one's own, a member of a team one
     * manages, or anyone's for an admin (scheduled jobs run as the system administrator).
     */
    @Transactional(readOnly = true)
    @SignedIn
    public SeatHistory seatHistory(long accountId) {
        var me = currentUser.require();
        var account = accounts.findById(accountId)
            .orElseThrow(() -> new RuleViolation("That account no longer exists."));
        if (me.accountId() != accountId
                && (account.teamId() == null || !access.canSeeTeam(account.teamId()) || me.role() == Role.MEMBER)) {
            throw new AccessDeniedException("Not a seat you may see");
        }
        List<SeatHistory.Period> periods = new ArrayList<>();
        for (var change : seatChanges.findByAccountIdOrderByFromAtAscIdAsc(accountId)) {
            periods.add(new SeatHistory.Period(change.fromAt(), change.tierId()));
        }
        if (periods.isEmpty() && account.tierId() != null) {
            periods.add(new SeatHistory.Period(Instant.EPOCH, account.tierId()));
        }
        return new SeatHistory(account.id(), account.displayName(), account.teamId(), periods, account.seatStartedOn(),
                account.linkedInStartedOn(), account.isActive());
    }

    /**
     * The seats of a team's people in one read, for its managers' overview (and admins).
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<SeatHistory> seatHistories(long teamId) {
        access.requireTeamVisible(teamId);
        var people = accounts.findByTeamIdOrderByDisplayNameAsc(teamId);
        Map<Long, List<SeatHistory.Period>> periods = new HashMap<>();
        for (var change : seatChanges
            .findByAccountIdInOrderByFromAtAscIdAsc(people.stream().map(Account::id).toList())) {
            periods.computeIfAbsent(change.accountId(), id -> new ArrayList<>())
                .add(new SeatHistory.Period(change.fromAt(), change.tierId()));
        }
        return people.stream().map(a -> {
            var own = periods.getOrDefault(a.id(), new ArrayList<>());
            if (own.isEmpty() && a.tierId() != null) {
                own.add(new SeatHistory.Period(Instant.EPOCH, a.tierId()));
            }
            return new SeatHistory(a.id(), a.displayName(), a.teamId(), own, a.seatStartedOn(), a.linkedInStartedOn(),
                    a.isActive());
        }).toList();
    }

    /**
     * Active people with a LinkedIn seat in a team: whose credits and reminders the jobs
     * keep.
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<Long> seatedMemberIds() {
        return accounts.findSeatedIds();
    }

}

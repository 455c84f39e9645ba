package com.headroom.team;

import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which teams the signed-in person may see: all for an admin, the managed ones for a
 * manager, their own for a member. Services ask here rather than trusting what a view
 * shows.
 */
@Component
class TeamAccess {

    private final CurrentUser currentUser;

    private final AccountRepository accounts;

    TeamAccess(CurrentUser currentUser, AccountRepository accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** Empty means every team (admin). */
    @Transactional(readOnly = true)
    Optional<Set<Long>> visibleTeamIds() {
        HeadroomUser user = currentUser.require();
        if (user.role() == Role.ADMIN) {
            return Optional.empty();
        }
        var account = accounts.findById(user.accountId()).orElseThrow(() -> new AccessDeniedException("No account"));
        if (user.role() == Role.MANAGER) {
            return Optional.of(Set.copyOf(account.managedTeamIds()));
        }
        return Optional.of(account.teamId() == null ? Set.of() : Set.of(account.teamId()));
    }

    boolean isOwnTeam(long teamId) {
        var user = currentUser.require();
        return accounts.findById(user.accountId()).map(a -> a.teamId() != null && a.teamId() == teamId).orElse(false);
    }

    boolean canSeeTeam(long teamId) {
        return visibleTeamIds().map(ids -> ids.contains(teamId)).orElse(true);
    }

    void requireTeamVisible(long teamId) {
        if (!canSeeTeam(teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not one of yours");
        }
    }

}

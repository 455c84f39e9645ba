package com.headroom.prospect;

import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.team.TeamService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Prospects are team data: only the team's members and managers reach them.
 * Administrators run the deployment and do not prospect; they reach a person only through
 * personal-data requests.
 */
@Component
public class TeamGate {

    private final TeamService teams;

    private final CurrentUser currentUser;

    TeamGate(TeamService teams, CurrentUser currentUser) {
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /**
     * The signed-in person, who must work in or manage the team (content and warm intros
     * ask too).
     */
    public HeadroomUser requireTeam(long teamId) {
        var me = currentUser.require();
        if (me.role() == Role.ADMIN || !teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return me;
    }

    /** The signed-in person, who must manage the team: what only its managers change. */
    public HeadroomUser requireManager(long teamId) {
        var me = requireTeam(teamId);
        if (me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only the team's managers change this");
        }
        return me;
    }

    /** The owner changes their prospect; so does any manager of its team. */
    boolean mayEdit(long ownerId) {
        var me = currentUser.require();
        return ownerId == me.accountId() || me.role() == Role.MANAGER;
    }

}

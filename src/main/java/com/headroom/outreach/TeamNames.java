package com.headroom.outreach;

import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Who is who in a team, for the lines the outreach screens show. */
@Component
class TeamNames {

    private final AccountService accounts;

    private final TeamService teams;

    TeamNames(AccountService accounts, TeamService teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    /** Display names of a team's people (and of managers who approved), by account id. */
    Map<Long, String> of(long teamId) {
        Map<Long, String> names = new HashMap<>();
        for (Teammate mate : accounts.teammates(teamId)) {
            names.put(mate.id(), mate.displayName());
        }
        return names;
    }

    /** The team's time zone, in which its times read. */
    ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    /**
     * A team's name, as the signed-in person's choices have it (null for a team they may
     * not see).
     */
    String teamName(long teamId) {
        return teams.choices().stream().filter(c -> c.id() == teamId).map(c -> c.name()).findFirst().orElse(null);
    }

    /** The teams the signed-in person may see: a manager's own teams. */
    Set<Long> visibleTeams() {
        return teams.choices().stream().map(c -> c.id()).collect(Collectors.toSet());
    }

}

package com.headroom.content;

import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team's content did, for its managers' overview (and admins): slips against the
 * cadence and the connection requests each author's posts brought. Counts and sentences,
 * no drafts.
 */
@Service
@SignedIn
public class ContentForManagers {

    private final ContentStore store;

    private final CadenceCheck cadenceCheck;

    private final TeamService teams;

    ContentForManagers(ContentStore store, CadenceCheck cadenceCheck, TeamService teams) {
        this.store = store;
        this.cadenceCheck = cadenceCheck;
        this.teams = teams;
    }

    /**
     * Items due from one day to another (both included) that came late or whose day
     * passed without them being published.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<CadenceFinding> slips(long teamId, LocalDate from, LocalDate to) {
        requireTeam(teamId);
        return cadenceCheck.findings(teamId, from, to.plusDays(1))
            .stream()
            .filter(f -> f.kind() == CadenceFinding.Kind.SLIP)
            .toList();
    }

    /**
     * Connection requests brought by posts published from one day to another (both
     * included), by author: per post the larger of the latest snapshot's figure and the
     * requests logged one by one, as the content analytics count.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Map<Long, Integer> inboundByAuthor(long teamId, LocalDate from, LocalDate to) {
        requireTeam(teamId);
        var zone = ZoneId.of(teams.pacing(teamId).timeZone());
        Map<Long, Integer> byAuthor = new HashMap<>();
        for (var p : store.published(teamId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())) {
            byAuthor.merge(p.authorId(), p.inbound(), Integer::sum);
        }
        return byAuthor;
    }

    private void requireTeam(long teamId) {
        if (!teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
    }

}

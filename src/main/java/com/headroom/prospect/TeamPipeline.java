package com.headroom.prospect;

import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's pipeline as its managers (and admins) read it on the overview: what each member's
 * prospects reached and when, and where two members work the same company. Administrators get the
 * counts but no prospect's name: they run the deployment, they do not prospect.
 */
@Service
@SignedIn
public class TeamPipeline {

    /** The stages a result counts, each with the ones past it (a prospect may skip a step). */
    private static final List<Stage> RESULT_STAGES = List.of(Stage.MEETING, Stage.OPPORTUNITY, Stage.WON);

    private final JdbcTemplate jdbc;
    private final ProspectStore store;
    private final TeamService teams;
    private final CurrentUser currentUser;

    TeamPipeline(JdbcTemplate jdbc, ProspectStore store, TeamService teams, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.store = store;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** How many of an owner's prospects reached a meeting, an opportunity and a win in a period. */
    public record Reached(int meetings, int opportunities, int won) {

        public static final Reached NONE = new Reached(0, 0, 0);

        public Reached plus(Reached other) {
            return new Reached(meetings + other.meetings, opportunities + other.opportunities, won + other.won);
        }
    }

    /**
     * Per owner, the prospects that first reached the Meeting stage (or went past it), the
     * Opportunity stage (or past it) and Won in [from, to), from the stage history. Counted for the
     * prospect's owner now, so that a handed-over deal counts once, for whoever has it.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Map<Long, Reached> reached(long teamId, Instant from, Instant to) {
        requireTeam(teamId);
        // The first time each prospect reached each stage, up to the end of the period.
        Map<Long, Long> owners = new HashMap<>();
        Map<Long, Instant[]> firsts = new HashMap<>();
        jdbc.query("SELECT h.prospect_id, p.owner_id, h.to_value, MIN(h.occurred_at) FROM prospect_history h"
                + " JOIN prospect p ON p.id = h.prospect_id WHERE h.kind = 'STAGE_CHANGED' AND h.to_value IN (?, ?, ?)"
                + " AND h.occurred_at < ? AND p.team_id = ? GROUP BY h.prospect_id, p.owner_id, h.to_value", rs -> {
                    long prospect = rs.getLong(1);
                    owners.put(prospect, rs.getLong(2));
                    int reachedIndex = indexOfLabel(rs.getString(3));
                    Instant at = rs.getTimestamp(4).toInstant();
                    var first = firsts.computeIfAbsent(prospect, p -> new Instant[RESULT_STAGES.size()]);
                    // Reaching a stage reaches every result stage before it too.
                    for (int i = 0; i <= reachedIndex; i++) {
                        if (first[i] == null || at.isBefore(first[i])) {
                            first[i] = at;
                        }
                    }
                }, Stage.MEETING.label(), Stage.OPPORTUNITY.label(), Stage.WON.label(), Timestamp.from(to), teamId);
        Map<Long, int[]> counts = new HashMap<>();
        firsts.forEach((prospect, first) -> {
            var c = counts.computeIfAbsent(owners.get(prospect), o -> new int[RESULT_STAGES.size()]);
            for (int i = 0; i < first.length; i++) {
                if (first[i] != null && !first[i].isBefore(from)) {
                    c[i]++;
                }
            }
        });
        Map<Long, Reached> reached = new HashMap<>();
        counts.forEach((owner, c) -> reached.put(owner, new Reached(c[0], c[1], c[2])));
        return reached;
    }

    /** How many of one owner's prospects in the team sit in each stage now. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public PipelineCounts pipelineOf(long teamId, long ownerId) {
        requireTeam(teamId);
        return store.pipeline(ProspectFilter.team(teamId).withOwner(ownerId));
    }

    /** One prospect in an account conflict: whose, and when it was last worked. Name null for administrators. */
    public record ConflictProspect(long prospectId, String name, long ownerId, Instant lastActivityAt) {
    }

    /** A company two or more members of the team work at once. */
    public record AccountConflict(String company, List<ConflictProspect> prospects) {

        public long owners() {
            return prospects.stream().mapToLong(ConflictProspect::ownerId).distinct().count();
        }
    }

    /**
     * Companies where prospects of two or more owners were worked since an instant (stage past New,
     * not Lost), with those prospects, most recently worked first; companies with the latest work first.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<AccountConflict> accountConflicts(long teamId, Instant since) {
        requireTeam(teamId);
        boolean names = currentUser.require().role() != Role.ADMIN;
        Map<String, List<ConflictProspect>> byCompany = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        jdbc.query("SELECT p.company_key, p.company, p.id, p.first_name, p.last_name, p.owner_id, p.last_activity_at"
                + " FROM prospect p WHERE p.team_id = ? AND p.last_activity_at >= ? AND p.company_key <> ''"
                + " AND p.stage NOT IN ('NEW', 'LOST') AND p.company_key IN (SELECT q.company_key FROM prospect q"
                + " WHERE q.team_id = ? AND q.last_activity_at >= ? AND q.company_key <> ''"
                + " AND q.stage NOT IN ('NEW', 'LOST') GROUP BY q.company_key HAVING COUNT(DISTINCT q.owner_id) > 1)"
                + " ORDER BY p.last_activity_at DESC, p.id", rs -> {
                    String key = rs.getString(1);
                    spelling.putIfAbsent(key, rs.getString(2));
                    String name = names ? (rs.getString(4) + " " + rs.getString(5)).strip() : null;
                    byCompany.computeIfAbsent(key, k -> new ArrayList<>()).add(new ConflictProspect(rs.getLong(3),
                            name, rs.getLong(6), rs.getTimestamp(7).toInstant()));
                }, teamId, Timestamp.from(since), teamId, Timestamp.from(since));
        List<AccountConflict> conflicts = new ArrayList<>();
        byCompany.forEach((key, prospects) -> conflicts.add(new AccountConflict(spelling.get(key), List.copyOf(prospects))));
        return conflicts;
    }

    private static int indexOfLabel(String label) {
        for (int i = 0; i < RESULT_STAGES.size(); i++) {
            if (RESULT_STAGES.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException("Not a result stage: " + label);
    }

    private void requireTeam(long teamId) {
        if (!teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
    }
}

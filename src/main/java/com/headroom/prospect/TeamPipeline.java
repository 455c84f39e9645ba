package com.headroom.prospect;

import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's pipeline as its managers (and admins) read it on the overview: what each
 * member's prospects reached and when, and where two members work the same company.
 * Administrators get the counts but no prospect's name: they run the deployment, they do
 * not prospect.
 */
@Service
@SignedIn
public class TeamPipeline {

    /**
     * The stages a result counts, each with the ones past it (a prospect may skip a
     * step).
     */
    private static final List<Stage> RESULT_STAGES = List.of(Stage.MEETING, Stage.OPPORTUNITY, Stage.WON);

    private final PipelineStore store;

    private final ProspectStore prospects;

    private final TeamService teams;

    private final CurrentUser currentUser;

    private final DealStore deals;

    TeamPipeline(PipelineStore store, ProspectStore prospects, TeamService teams, CurrentUser currentUser,
            DealStore deals) {
        this.deals = deals;
        this.store = store;
        this.prospects = prospects;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /**
     * How many of an owner's prospects reached a meeting, an opportunity and a win in a
     * period.
     */
    public record Reached(int meetings, int opportunities, int won) {

        public static final Reached NONE = new Reached(0, 0, 0);

        public Reached plus(Reached other) {
            return new Reached(meetings + other.meetings, opportunities + other.opportunities, won + other.won);
        }
    }

    /**
     * Per owner, the prospects that first reached the Meeting stage (or went past it),
     * the Opportunity stage (or past it) and Won in [from, to), from the stage history.
     * Counted for the prospect's owner now, so that a handed-over deal counts once, for
     * whoever has it.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Map<Long, Reached> reached(long teamId, Instant from, Instant to) {
        requireTeam(teamId);
        // The first time each prospect reached each stage, up to the end of the period.
        Map<Long, Long> owners = new HashMap<>();
        Map<Long, Instant[]> firsts = new HashMap<>();
        for (var first : store.firstReached(teamId, RESULT_STAGES.stream().map(Stage::label).toList(), to)) {
            owners.put(first.prospectId(), first.ownerId());
            int reachedIndex = indexOfLabel(first.stageLabel());
            var firstAt = firsts.computeIfAbsent(first.prospectId(), p -> new Instant[RESULT_STAGES.size()]);
            // Reaching a stage reaches every result stage before it too.
            for (int i = 0; i <= reachedIndex; i++) {
                if (firstAt[i] == null || first.at().isBefore(firstAt[i])) {
                    firstAt[i] = first.at();
                }
            }
        }
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
        return prospects.pipeline(ProspectFilter.team(teamId).withOwner(ownerId));
    }

    /**
     * One prospect in an account conflict: whose, and when it was last worked. Name null
     * for administrators.
     */
    public record ConflictProspect(long prospectId, String name, long ownerId, Instant lastActivityAt) {
    }

    /** A company two or more members of the team work at once. */
    public record AccountConflict(String company, List<ConflictProspect> prospects) {

        public long owners() {
            return prospects.stream().mapToLong(ConflictProspect::ownerId).distinct().count();
        }
    }

    /**
     * Companies where prospects of two or more owners were worked since an instant (stage
     * past New, not Lost), with those prospects, most recently worked first; companies
     * with the latest work first.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<AccountConflict> accountConflicts(long teamId, Instant since) {
        requireTeam(teamId);
        boolean names = currentUser.require().role() != Role.ADMIN;
        // Which owners worked which company, read from an index alone; then only the
        // conflicts' prospects.
        Map<String, java.util.Set<Long>> ownersByCompany = new HashMap<>();
        Map<String, List<Long>> idsByCompany = new HashMap<>();
        for (var work : store.recentWork(teamId, since)) {
            ownersByCompany.computeIfAbsent(work.companyKey(), k -> new java.util.HashSet<>()).add(work.ownerId());
            idsByCompany.computeIfAbsent(work.companyKey(), k -> new ArrayList<>()).add(work.prospectId());
        }
        List<Long> ids = new ArrayList<>();
        ownersByCompany.forEach((key, owners) -> {
            if (owners.size() > 1) {
                ids.addAll(idsByCompany.get(key));
            }
        });
        Map<String, List<ConflictProspect>> byCompany = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (var p : store.conflictProspects(ids)) {
            spelling.putIfAbsent(p.companyKey(), p.company());
            byCompany.computeIfAbsent(p.companyKey(), k -> new ArrayList<>())
                .add(new ConflictProspect(p.id(), names ? p.name() : null, p.ownerId(), p.lastActivityAt()));
        }
        List<AccountConflict> conflicts = new ArrayList<>();
        byCompany
            .forEach((key, prospects) -> conflicts.add(new AccountConflict(spelling.get(key), List.copyOf(prospects))));
        return conflicts;
    }

    /** What the team's open, won and lost deals are worth now, per currency. */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public PipelineValue value(long teamId) {
        requireTeam(teamId);
        return deals.value(ProspectFilter.team(teamId));
    }

    /** Deals won in a period: by whom, from which source, worth what. */
    public record WonDeals(long ownerId, ProspectSource source, String sourceName, PipelineValue.Sum sum) {
    }

    /**
     * The team's deals that moved to Won in [from, to) and are still won, per owner
     * (now), source and currency.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<WonDeals> won(long teamId, Instant from, Instant to) {
        requireTeam(teamId);
        return deals.won(teamId, from, to)
            .stream()
            .map(w -> new WonDeals(w.ownerId(), w.source(), w.sourceName(), w.sum()))
            .toList();
    }

    /**
     * Between consecutive steps from Invited to Won: of the prospects that reached a step
     * in [from, to), how many reached the next one by now (see {@link StageConversion}).
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<StageConversion> conversions(long teamId, Instant from, Instant to, Instant now) {
        requireTeam(teamId);
        var rows = store.firstReached(teamId, StageConversion.STEPS.stream().map(Stage::label).toList(), now);
        return StageConversion.of(StageConversion.firstTimes(rows).values(), from, to);
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

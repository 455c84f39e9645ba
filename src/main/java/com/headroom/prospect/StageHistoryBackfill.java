package com.headroom.prospect;

import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import com.headroom.team.AccountService;
import com.headroom.team.Teammate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline history written as it was, at the instants it happened: when a prospect was
 * added and each stage it went through, for the demo organisation's months of meetings
 * and deals and for loading a pipeline kept elsewhere.
 * {@link ProspectService#changeStage} stamps "now"; results over time count stage changes
 * by when they happened, so history needs its own instants. Like the outreach ledger's
 * history it checks no pacing rule, but it never moves a do-not-contact prospect.
 * Administrators (and the system) only.
 */
@Service
public class StageHistoryBackfill {

    private final PipelineStore store;

    private final ProspectStore prospectStore;

    private final ProspectHistoryStore history;

    private final AccountService accounts;

    private final Clock clock;

    StageHistoryBackfill(PipelineStore store, ProspectStore prospectStore, ProspectHistoryStore history,
            AccountService accounts, Clock clock) {
        this.store = store;
        this.prospectStore = prospectStore;
        this.history = history;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A stage a prospect reached, and when. */
    public record PastStage(Stage stage, Instant at) {
    }

    /**
     * One prospect's past: when it was added (null: keep), the stages it went through in
     * time order, and the latest outreach on it that the ledger holds (null: none), which
     * its last activity takes into account as {@link ProspectService#recordOutreach}
     * does.
     */
    public record PastPipeline(long prospectId, Instant addedAt, List<PastStage> stages, Instant lastOutreachAt) {

        public PastPipeline {
            stages = List.copyOf(stages);
        }
    }

    /**
     * Writes each prospect's stage changes into its history at their instants, leaves it
     * in the last stage, dates its "added" line and creation as given, and sets its last
     * activity to the latest of those. Returns the number of stage changes written.
     */
    @Transactional
    @AdminOnly
    public int backfill(List<PastPipeline> pipelines) {
        Instant now = clock.instant();
        Map<Long, Map<Long, String>> namesByTeam = new HashMap<>();
        List<ProspectHistoryStore.Line> lines = new ArrayList<>();
        List<Object[]> prospects = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        for (var p : pipelines) {
            var current = current(p.prospectId());
            if (current.doNotContact() && !p.stages().isEmpty()) {
                throw new RuleViolation("Prospect " + p.prospectId() + " must not be contacted: its stage stays.");
            }
            Instant last = p.addedAt();
            for (var s : p.stages()) {
                if (s.at().isAfter(now) || (last != null && s.at().isBefore(last))) {
                    throw new RuleViolation("History is in the past and in time order; " + s.at() + " is not.");
                }
                last = s.at();
            }
            if (p.addedAt() != null && p.addedAt().isAfter(now)) {
                throw new RuleViolation("History is in the past; " + p.addedAt() + " is not.");
            }
            if (p.lastOutreachAt() != null && (last == null || p.lastOutreachAt().isAfter(last))) {
                last = p.lastOutreachAt();
            }
            var names = namesByTeam.computeIfAbsent(current.teamId(),
                    team -> accounts.teammates(team)
                        .stream()
                        .collect(Collectors.toMap(Teammate::id, Teammate::displayName)));
            String actor = names.getOrDefault(current.ownerId(), "a former member");
            Stage from = current.stage();
            for (var s : p.stages()) {
                if (s.stage() != from) {
                    lines.add(new ProspectHistoryStore.Line(p.prospectId(), s.at(), current.ownerId(), actor,
                            ProspectEvent.Kind.STAGE_CHANGED, from.label(), s.stage().label()));
                    from = s.stage();
                }
            }
            if (p.addedAt() != null) {
                added.add(new Object[] { Timestamp.from(p.addedAt()), p.prospectId() });
            }
            if (last != null) {
                prospects.add(new Object[] { from.name(), Timestamp.from(last), p.addedAt() != null,
                        Timestamp.from(p.addedAt() != null ? p.addedAt() : last), p.prospectId() });
            }
        }
        history.append(lines);
        history.redateAdded(added);
        prospectStore.updatePipelines(prospects);
        return lines.size();
    }

    /**
     * An owner who has been away since an instant: what their prospects' history says
     * happened after it is dated {@code before} instead, and so are the prospects'
     * creation and last activity (the demo's member who logged nothing for a week).
     */
    @Transactional
    @AdminOnly
    public void awaySince(long ownerId, Instant since, Instant before) {
        history.moveBack(ownerId, since, before);
        prospectStore.moveBack(ownerId, since, before);
    }

    private PipelineStore.Current current(long prospectId) {
        return store.current(prospectId)
            .orElseThrow(() -> new RuleViolation("Prospect " + prospectId + " no longer exists."));
    }

}

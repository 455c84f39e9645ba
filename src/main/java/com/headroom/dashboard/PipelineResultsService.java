package com.headroom.dashboard;

import com.headroom.dashboard.PipelineResults.MemberValue;
import com.headroom.dashboard.PipelineResults.SourceRow;
import com.headroom.outreach.SourceFunnels;
import com.headroom.outreach.SourceFunnels.Quality;
import com.headroom.outreach.SourceFunnels.SourceFunnel;
import com.headroom.outreach.TeamOutreach;
import com.headroom.prospect.PipelineValue;
import com.headroom.prospect.ProspectSource;
import com.headroom.prospect.Stage;
import com.headroom.prospect.TeamPipeline;
import com.headroom.prospect.TeamPipeline.WonDeals;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The metrics that matter for a team over a period (see {@link PipelineResults}), read
 * from the pipeline and the ledger. Admins get them too: counts and sums, no prospect's
 * name.
 */
@Service
@SignedIn
public class PipelineResultsService {

    private final TeamService teams;

    private final TeamOutreach outreach;

    private final TeamPipeline pipeline;

    private final SourceFunnels funnels;

    private final Clock clock;

    PipelineResultsService(TeamService teams, TeamOutreach outreach, TeamPipeline pipeline, SourceFunnels funnels,
            Clock clock) {
        this.teams = teams;
        this.outreach = outreach;
        this.pipeline = pipeline;
        this.funnels = funnels;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public PipelineResults of(long teamId, ResultsPeriod period) {
        ZoneId zone = ZoneId.of(teams.pacing(teamId).timeZone());
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        var won = pipeline.won(teamId, from, to);
        var quality = funnels.quality(teamId, from, to);
        List<MemberValue> members = new ArrayList<>();
        for (var seated : outreach.seated(teamId)) {
            members.add(new MemberValue(seated.memberId(), seated.name(),
                    add(won.stream().filter(w -> w.ownerId() == seated.memberId()).toList()),
                    quality.getOrDefault(seated.memberId(), Quality.NONE)));
        }
        if (!members.isEmpty()) {
            // The team's row holds every deal and acceptance, also a former member's.
            int accepted = quality.values().stream().mapToInt(Quality::accepted).sum();
            int good = quality.values().stream().mapToInt(Quality::quality).sum();
            members.add(new MemberValue(null, "Team total", add(won), new Quality(accepted, good)));
        }
        return new PipelineResults(pipeline.value(teamId), pipeline.conversions(teamId, from, to, clock.instant()),
                List.copyOf(members), sources(funnels.bySource(teamId, from, to), won));
    }

    /**
     * The funnel rows with what each source won; a source that only won gets a row too.
     */
    static List<SourceRow> sources(List<SourceFunnel> funnels, List<WonDeals> won) {
        Map<String, SourceFunnel> bySource = new LinkedHashMap<>();
        funnels.forEach(f -> bySource.put(key(f.source(), f.name()), f));
        Map<String, List<WonDeals>> wonBySource = new LinkedHashMap<>();
        for (var w : won) {
            String key = key(w.source(), w.sourceName());
            wonBySource.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
            bySource.putIfAbsent(key, new SourceFunnel(w.source(), w.sourceName(), null, 0, 0, 0, 0, 0));
        }
        List<SourceRow> rows = new ArrayList<>();
        bySource.forEach((key, f) -> rows.add(new SourceRow(f, add(wonBySource.getOrDefault(key, List.of())))));
        return List.copyOf(rows);
    }

    /** Won deals added up per currency (those without a value apart). */
    static List<PipelineValue.Sum> add(List<WonDeals> won) {
        Map<String, long[]> deals = new TreeMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (var w : won) {
            String currency = Objects.requireNonNullElse(w.sum().currency(), "");
            deals.computeIfAbsent(currency, c -> new long[1])[0] += w.sum().deals();
            totals.merge(currency, w.sum().total(), BigDecimal::add);
        }
        List<PipelineValue.Sum> sums = new ArrayList<>();
        deals.forEach((currency, n) -> sums
            .add(new PipelineValue.Sum(Stage.WON, currency.isEmpty() ? null : currency, n[0], totals.get(currency))));
        return new PipelineValue(sums).sums();
    }

    private static String key(ProspectSource source, String name) {
        return source.name() + "\u0000" + Objects.requireNonNullElse(name, "");
    }

}

package com.headroom.dashboard;

import com.headroom.outreach.SourceFunnels.Quality;
import com.headroom.outreach.SourceFunnels.SourceFunnel;
import com.headroom.prospect.PipelineValue;
import com.headroom.prospect.StageConversion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The metrics that matter beside results over a period: what the pipeline is worth, how
 * prospects move from one stage to the next, who won what and made quality connections,
 * and which sources pay.
 *
 * @param value the team's opportunities, won and lost deals now, per currency
 * @param conversions between consecutive stages, for prospects that reached the first in
 * the period
 * @param members a row per seated member, the team's total last
 * @param sources a row per source kind and name
 */
public record PipelineResults(PipelineValue value, List<StageConversion> conversions, List<MemberValue> members,
        List<SourceRow> sources) {

    /**
     * One member's (or, with a null id, the team's) deals won in the period and quality
     * connections.
     */
    public record MemberValue(@Nullable Long memberId, String name, List<PipelineValue.Sum> won, Quality quality) {
    }

    /** What one source brought: the people added in the period, and deals won from it. */
    public record SourceRow(SourceFunnel funnel, List<PipelineValue.Sum> won) {
    }

}

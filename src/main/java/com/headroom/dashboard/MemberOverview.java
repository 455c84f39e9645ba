package com.headroom.dashboard;

import com.headroom.dashboard.Results.WeekPoint;
import com.headroom.outreach.MyDay;
import com.headroom.outreach.TemplateStats;
import com.headroom.prospect.PipelineCounts;
import java.util.List;

/**
 * One member as their manager reads them: their My day (gauges, health reasons, to-do
 * counts), their last 12 weeks, their templates' results and their pipeline. Nothing
 * private: no notes, no connections' e-mail addresses.
 */
public record MemberOverview(long memberId, long teamId, String name, MyDay day, List<WeekPoint> weeks,
        List<TemplateStats> templates, PipelineCounts pipeline) {
}

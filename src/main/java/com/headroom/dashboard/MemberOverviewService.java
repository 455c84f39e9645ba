package com.headroom.dashboard;

import com.headroom.dashboard.Results.WeekPoint;
import com.headroom.outreach.MyDayService;
import com.headroom.outreach.TeamOutreach;
import com.headroom.outreach.TemplateService;
import com.headroom.prospect.TeamPipeline;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's screen for their manager: read-only, from the same services as the member's
 * own screens.
 */
@Service
@SignedIn
public class MemberOverviewService {

    private final TeamOutreach outreach;

    private final MyDayService myDay;

    private final TemplateService templates;

    private final TeamPipeline pipeline;

    private final Clock clock;

    MemberOverviewService(TeamOutreach outreach, MyDayService myDay, TemplateService templates, TeamPipeline pipeline,
            Clock clock) {
        this.outreach = outreach;
        this.myDay = myDay;
        this.templates = templates;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public MemberOverview member(long memberId) {
        var seat = outreach.seatOf(memberId);
        var day = myDay.dayOf(memberId);
        LocalDate today = clock.instant().atZone(day.zone()).toLocalDate();
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(ResultsService.WEEKS - 1);
        var points = WeekPoint.weeks(firstMonday, ResultsService.WEEKS, outreach.daysOf(memberId, firstMonday, today));
        return new MemberOverview(memberId, seat.teamId(), seat.name(), day, points, templates.statsOf(memberId),
                pipeline.pipelineOf(seat.teamId(), memberId));
    }

}

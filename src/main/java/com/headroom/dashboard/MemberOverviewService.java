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
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's screen for their manager: read-only, from the same services as the member's own screens. */
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
        int[][] weeks = new int[ResultsService.WEEKS][2];
        for (var d : outreach.daysOf(memberId, firstMonday, today)) {
            int week = (int) (ChronoUnit.DAYS.between(firstMonday, d.day()) / 7);
            weeks[week][0] += d.invitations();
            weeks[week][1] += d.accepted();
        }
        List<WeekPoint> points = new ArrayList<>();
        for (int i = 0; i < weeks.length; i++) {
            points.add(new WeekPoint(firstMonday.plusWeeks(i), weeks[i][0], weeks[i][1]));
        }
        return new MemberOverview(memberId, seat.teamId(), seat.name(), day, List.copyOf(points),
                templates.statsOf(memberId), pipeline.pipelineOf(seat.teamId(), memberId));
    }
}

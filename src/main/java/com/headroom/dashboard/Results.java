package com.headroom.dashboard;

import com.headroom.outreach.MemberDay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Results over a period: a row per seated member, the team row (their sum, medians over
 * all of them), and the last 12 weeks of invitations sent and accepted.
 *
 * @param weekly the team's last 12 weeks, oldest first
 * @param weeklyByMember the same per member
 */
public record Results(long teamId, String teamName, ResultsPeriod period, List<ResultsRow> members, ResultsRow team,
        List<WeekPoint> weekly, Map<Long, List<WeekPoint>> weeklyByMember) {

    /**
     * One Monday-to-Sunday week: invitations sent in it, and how many of those were
     * accepted.
     */
    public record WeekPoint(LocalDate monday, int sent, int accepted) {

        /** The weeks from a Monday on, each with the days that fall in it added up. */
        static List<WeekPoint> weeks(LocalDate firstMonday, int weeks, List<MemberDay> days) {
            int[][] sums = new int[weeks][2];
            for (var day : days) {
                int week = (int) (ChronoUnit.DAYS.between(firstMonday, day.day()) / 7);
                if (week >= 0 && week < weeks) {
                    sums[week][0] += day.invitations();
                    sums[week][1] += day.accepted();
                }
            }
            List<WeekPoint> points = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                points.add(new WeekPoint(firstMonday.plusWeeks(i), sums[i][0], sums[i][1]));
            }
            return List.copyOf(points);
        }
    }
}

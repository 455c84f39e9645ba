package com.headroom.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Results over a period: a row per seated member, the team row (their sum, medians over all of
 * them), and the last 12 weeks of invitations sent and accepted.
 *
 * @param weekly         the team's last 12 weeks, oldest first
 * @param weeklyByMember the same per member
 */
public record Results(long teamId, String teamName, ResultsPeriod period, List<ResultsRow> members, ResultsRow team,
        List<WeekPoint> weekly, Map<Long, List<WeekPoint>> weeklyByMember) {

    /** One Monday-to-Sunday week: invitations sent in it, and how many of those were accepted. */
    public record WeekPoint(LocalDate monday, int sent, int accepted) {
    }
}

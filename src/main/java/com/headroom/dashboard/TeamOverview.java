package com.headroom.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Team overview as built for one request: the rows, needs attention first, their totals
 * and the "Needs attention" list.
 *
 * @param teamId null for "All teams"
 * @param today the day in the team's time zone the figures are for
 */
public record TeamOverview(@Nullable Long teamId, String teamName, Instant at, LocalDate today, List<MemberRow> rows,
        TeamTotals totals, List<Attention> attention) {
}

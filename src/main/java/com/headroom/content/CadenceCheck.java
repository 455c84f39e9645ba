package com.headroom.content;

import com.headroom.security.Role;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where a team's calendar falls short of its cadence, for whichever service asked (and
 * checked who asks).
 */
@Component
class CadenceCheck {

    private final ContentStore store;

    private final TeamService teams;

    private final AccountService accounts;

    private final Clock clock;

    CadenceCheck(ContentStore store, TeamService teams, AccountService accounts, Clock clock) {
        this.store = store;
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Gaps and slips in [from, to) against the team's cadence. */
    List<CadenceFinding> findings(long teamId, LocalDate from, LocalDate to) {
        var zone = ZoneId.of(teams.pacing(teamId).timeZone());
        // Whole weeks for the weekly rules, and the week after the period for late
        // editions.
        Instant start = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        Instant end = to.plus(ContentFigures.LATE_BY).atStartOfDay(zone).toInstant();
        List<ContentFigures.Planned> planned = new ArrayList<>();
        for (var r : store.between(ContentFilter.team(teamId), start, end)) {
            var at = r.publishedAt() != null ? r.publishedAt() : r.plannedAt();
            planned.add(new ContentFigures.Planned(r.id(), r.authorId(), r.type(), r.status(), r.title(),
                    ContentFigures.day(at, zone)));
        }
        Map<Long, String> authors = new LinkedHashMap<>();
        accounts.teammates(teamId)
            .stream()
            .filter(t -> t.active() && t.role() != Role.ADMIN)
            .forEach(t -> authors.put(t.id(), t.displayName()));
        return ContentFigures.findings(store.cadences(teamId), planned, authors, from, to,
                LocalDate.ofInstant(clock.instant(), zone));
    }

}

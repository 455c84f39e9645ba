package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.OutreachType;
import com.headroom.prospect.Stage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's history as planned, loaded on each day of a week at the start, the middle
 * and the end of the day: what the attention lines need holds whichever day it is.
 */
class HistoryPlanTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static List<Instant> loadedAt() {
        List<Instant> instants = new ArrayList<>();
        // Mon 30 Nov 2026 to Sun 6 Dec 2026, and a week across the end of daylight saving
        // time.
        for (var start : List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 10, 26))) {
            for (int day = 0; day < 7; day++) {
                for (var time : List.of("00:10", "12:00", "23:50")) {
                    instants.add(LocalDateTime.parse(start.plusDays(day) + "T" + time).toInstant(ZoneOffset.UTC));
                }
            }
        }
        return instants;
    }

    private static Map<String, List<HistoryPlan.Person>> plans(Instant now) {
        return DemoHistory.profiles(now)
            .stream()
            .collect(Collectors.toMap(DemoHistory.Rep::email,
                    rep -> HistoryPlan.of(rep.profile(), zoneOf(rep.email()), now)));
    }

    private static ZoneId zoneOf(String email) {
        return List.of("priya@acme.example", "tomas@acme.example", "kim@acme.example", "jordan@acme.example")
            .contains(email) ? NEW_YORK : ZoneId.of("Europe/Berlin");
    }

    @ParameterizedTest
    @MethodSource("loadedAt")
    void nothing_is_planned_after_the_profile_allows_and_no_invitation_during_a_restriction(Instant now) {
        for (var rep : DemoHistory.profiles(now)) {
            var plan = HistoryPlan.of(rep.profile(), zoneOf(rep.email()), now);
            assertThat(plan).as(rep.email()).isNotEmpty();
            for (var person : plan) {
                assertThat(person.addedAt()).isBefore(person.actions().getFirst().at());
                for (var a : person.actions()) {
                    assertThat(a.at()).as(rep.email()).isBefore(now).isBeforeOrEqualTo(rep.profile().until);
                    if (a.type() == OutreachType.INVITATION_SENT) {
                        assertThat(a.at()).isBeforeOrEqualTo(rep.profile().invitationsUntil);
                    }
                }
                for (int i = 1; i < person.stages().size(); i++) {
                    assertThat(person.stages().get(i).at()).isAfterOrEqualTo(person.stages().get(i - 1).at());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("loadedAt")
    void kim_leaves_exactly_her_pending_invitations_and_the_tidy_reps_none_past_the_reminder(Instant now) {
        var plans = plans(now);
        assertThat(plans.get("kim@acme.example").stream().filter(HistoryPlan.Person::pending))
            .hasSize(DemoHistory.KIM_PENDING);
        for (var tidy : List.of("morgan@acme.example", "jordan@acme.example", "priya@acme.example")) {
            assertThat(plans.get(tidy)
                .stream()
                .filter(HistoryPlan.Person::pending)
                .filter(p -> sent(p).isBefore(now.minus(Duration.ofDays(21))))).as(tidy).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("loadedAt")
    void tomas_accepted_below_70_percent_of_at_least_5_decided_in_each_of_the_last_two_weeks(Instant now) {
        var plan = plans(now).get("tomas@acme.example");
        var first = HistoryPlan.lastTwoWeeksStart(now, NEW_YORK);
        for (var monday : List.of(first, first.plusWeeks(1))) {
            Instant from = monday.atStartOfDay(NEW_YORK).toInstant();
            Instant to = monday.plusWeeks(1).atStartOfDay(NEW_YORK).toInstant();
            int decided = 0;
            int accepted = 0;
            int sent = 0;
            int acceptedOfSent = 0;
            for (var p : plan) {
                for (var a : p.actions()) {
                    boolean inWeek = !a.at().isBefore(from) && a.at().isBefore(to);
                    if (inWeek && a.type().isInvitationOutcome()) {
                        decided++;
                        accepted += a.type() == OutreachType.INVITATION_ACCEPTED ? 1 : 0;
                    }
                    if (inWeek && a.type() == OutreachType.INVITATION_SENT) {
                        sent++;
                        acceptedOfSent += p.actions()
                            .stream()
                            .anyMatch(b -> b.type() == OutreachType.INVITATION_ACCEPTED) ? 1 : 0;
                    }
                }
            }
            assertThat(decided).as("week of %s", monday).isGreaterThanOrEqualTo(5);
            assertThat(accepted * 100).as("week of %s", monday).isLessThan(70 * decided);
            assertThat(acceptedOfSent * 100).as("week of %s", monday).isLessThan(70 * sent);
        }
    }

    @ParameterizedTest
    @MethodSource("loadedAt")
    void priya_is_quiet_the_managers_are_not_and_requests_wait_more_than_two_working_days(Instant now) {
        var plans = plans(now);
        Instant priyasLast = last(plans.get("priya@acme.example"));
        assertThat(priyasLast).isBeforeOrEqualTo(DemoTimes.quietSince(now));
        assertThat(workingDaysBetween(priyasLast, NEW_YORK, WEEKDAYS, now)).isGreaterThanOrEqualTo(4);
        assertThat(workingDaysBetween(last(plans.get("jordan@acme.example")), NEW_YORK, WEEKDAYS, now))
            .isLessThanOrEqualTo(2);
        assertThat(
                workingDaysBetween(last(plans.get("morgan@acme.example")), ZoneId.of("Europe/Berlin"), WEEKDAYS, now))
            .isLessThanOrEqualTo(2);
        for (var zone : List.of(NEW_YORK, ZoneId.of("Europe/Berlin"))) {
            assertThat(workingDaysBetween(DemoTimes.askedAt(now), zone, WEEKDAYS, now)).isGreaterThan(2);
            assertThat(DemoTimes.restrictedAt(now)).isBefore(DemoTimes.askedAt(now));
            assertThat(DemoTimes.restrictedAt(now).plus(DemoTimes.RESTRICTION_LASTS))
                .isAfter(now.plus(Duration.ofDays(7)));
        }
    }

    @ParameterizedTest
    @MethodSource("loadedAt")
    void the_closers_won_a_deal_within_the_history(Instant now) {
        var plans = plans(now);
        for (var closer : List.of("dana@acme.example", "sam@acme.example", "morgan@acme.example", "priya@acme.example",
                "kim@acme.example", "jordan@acme.example", "tomas@acme.example")) {
            assertThat(plans.get(closer).stream().flatMap(p -> p.stages().stream())).as(closer)
                .anySatisfy(s -> assertThat(s.stage()).isEqualTo(Stage.WON));
        }
    }

    /** Full working days strictly between the instant's day and today, in the zone. */
    static int workingDaysBetween(Instant at, ZoneId zone, Set<DayOfWeek> workingDays, Instant now) {
        int days = 0;
        var today = LocalDate.ofInstant(now, zone);
        for (var d = LocalDate.ofInstant(at, zone).plusDays(1); d.isBefore(today); d = d.plusDays(1)) {
            if (workingDays.contains(d.getDayOfWeek())) {
                days++;
            }
        }
        return days;
    }

    private static Instant sent(HistoryPlan.Person p) {
        return p.actions()
            .stream()
            .filter(a -> a.type() == OutreachType.INVITATION_SENT)
            .findFirst()
            .orElseThrow()
            .at();
    }

    private static Instant last(List<HistoryPlan.Person> plan) {
        return plan.stream().map(HistoryPlan.Person::lastActionAt).max(Instant::compareTo).orElseThrow();
    }

}

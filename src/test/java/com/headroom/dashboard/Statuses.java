package com.headroom.dashboard;

import com.headroom.outreach.Headroom;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Rate;
import com.headroom.outreach.MemberStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Members as Team overview receives them, built by hand so each attention rule can be put
 * at its edge.
 */
final class Statuses {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private Statuses() {
    }

    static Headroom.Invitations invitations(int sentThisWeek, int budget, int pending, int warnAt, int blockAt) {
        return new Headroom.Invitations(budget, "Your tier's budget", sentThisWeek, Math.max(0, budget - sentThisWeek),
                Optional.empty(), Optional.empty(), 0, 10, "Spread over the week", 2, 25, 8, Optional.empty(), pending,
                warnAt, blockAt, List.of(), new Rate(6, 20), new Rate(30, 60), OptionalInt.empty(), 0, Optional.empty(),
                0, Set.of(), Set.of());
    }

    static Headroom headroom(Headroom.Invitations inv, Health health, List<HealthReason> reasons, int expiringThisWeek,
            Optional<Instant> nextExpiry) {
        return new Headroom(Instant.parse("2026-12-07T09:00:00Z"), "Sales Navigator Core", inv,
                new Headroom.Messages(4, 150, 146, Instant.parse("2026-12-07T23:00:00Z")),
                new Headroom.InMail(12, 150, 50, expiringThisWeek + 1, expiringThisWeek, nextExpiry, List.of(),
                        Optional.empty(), List.of(), Map.of()),
                Optional.empty(), Map.of(), health, reasons, Headroom.Targeting.NONE,
                Headroom.Network.unknown(30_000, 29_000));
    }

    static MemberStatus member(String name, Headroom headroom, Optional<Instant> lastActivity, LocalDate seatStarted) {
        return new MemberStatus(name.hashCode() & 0xffff, 7, name, "Sales Navigator Core", headroom, lastActivity,
                new Rate(2, 5), seatStarted, BERLIN, 3, WEEKDAYS, 30);
    }

    static MemberStatus withPending(int pending, int blockAt) {
        return member("Pat Pending",
                headroom(invitations(10, 100, pending, blockAt / 2, blockAt), Health.GREEN, List.of(), 0,
                        Optional.empty()),
                Optional.of(Instant.parse("2026-12-07T08:00:00Z")), LocalDate.of(2026, 1, 5));
    }

    static MemberStatus lastLogged(Instant at) {
        return member("Quinn Quiet",
                headroom(invitations(0, 100, 0, 100, 150), Health.GREEN, List.of(), 0, Optional.empty()),
                Optional.of(at), LocalDate.of(2026, 1, 5));
    }

    /** Noon in Berlin on a day. */
    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(BERLIN).toInstant();
    }

}

package com.headroom.dashboard;

import com.headroom.base.Dates;
import com.headroom.dashboard.Attention.Kind;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.MemberStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each rule of "Needs attention" on its own, pure, so that each can be tested at its
 * edge. The thresholds that are not team policy live here and nowhere else.
 */
final class AttentionRules {

    /**
     * Pending invitations this close to the block (a tenth of it) get a line: the rep
     * must withdraw soon.
     */
    static final int PENDING_NEAR_BLOCK_PERCENT = 10;

    /** A week's acceptance counts only with this many invitations decided in it. */
    static final int MIN_DECIDED_FOR_A_WEEK = 5;

    /** Requests wait too long after this many whole working days. */
    static final int WAITING_WORKING_DAYS = 2;

    /** Two members on one company within this many days is an account conflict. */
    static final int CONFLICT_DAYS = 30;

    /** Content slips this recent are shown. */
    static final int SLIP_DAYS = 14;

    private AttentionRules() {
    }

    /** A member whose account is RED or AMBER, with the reasons at that level. */
    static Optional<Attention> health(MemberStatus s) {
        var h = s.headroom();
        if (h.health() == Health.GREEN) {
            return Optional.empty();
        }
        String why = h.reasons()
            .stream()
            .filter(r -> r.level() == h.health())
            .map(HealthReason::sentence)
            .collect(Collectors.joining(" "));
        return Optional.of(new Attention(h.health() == Health.RED ? Kind.RED : Kind.AMBER, s.teamId(), s.memberId(),
                s.name(), h.health().label() + ". " + firstName(s) + "'s My day says: \"" + why + "\"",
                Attention.memberRoute(s.memberId())));
    }

    /**
     * The reasons speak to the rep ("your account"); the manager reads them as what the
     * rep was told.
     */
    static String firstName(MemberStatus s) {
        return s.name().strip().split("\\s+")[0];
    }

    /**
     * Pending invitations within a tenth of the team's block (or at it): strictly less
     * than 10% to go.
     */
    static Optional<Attention> pendingNearBlock(MemberStatus s) {
        var inv = s.headroom().invitations();
        int block = inv.pendingBlockAt();
        if (block <= 0 || (long) (block - inv.pending()) * 100 >= (long) block * PENDING_NEAR_BLOCK_PERCENT) {
            return Optional.empty();
        }
        int toGo = Math.max(0, block - inv.pending());
        return Optional.of(new Attention(Kind.PENDING_NEAR_BLOCK, s.teamId(), s.memberId(), s.name(),
                inv.pending() + " invitations pending; the team blocks new ones at " + block + " ("
                        + (toGo == 0 ? "blocked now" : toGo + " to go") + "). Withdraw the oldest.",
                Attention.memberRoute(s.memberId())));
    }

    /**
     * Invitations decided in one Monday-to-Sunday week, and how many of them were
     * accepted.
     */
    record Week(LocalDate monday, int decided, int accepted) {
    }

    /**
     * Acceptance below the team's target in each of the last two complete weeks, each
     * with enough decided.
     */
    static Optional<Attention> lowAcceptance(MemberStatus s, Week earlier, Week last) {
        int target = s.acceptanceTargetPercent();
        if (!below(earlier, target) || !below(last, target)) {
            return Optional.empty();
        }
        return Optional.of(new Attention(
                Kind.LOW_ACCEPTANCE, s.teamId(), s.memberId(), s.name(), "Acceptance below the team's " + target
                        + "% two weeks running: " + weekText(earlier) + ", then " + weekText(last) + ".",
                Attention.memberRoute(s.memberId())));
    }

    private static boolean below(Week week, int target) {
        return week.decided() >= MIN_DECIDED_FOR_A_WEEK
                && (long) week.accepted() * 100 < (long) target * week.decided();
    }

    private static String weekText(Week week) {
        return Math.round(100.0 * week.accepted() / week.decided()) + "% (" + week.accepted() + " of " + week.decided()
                + ") in the week of " + Dates.day(week.monday());
    }

    /** InMail credits that expire within 7 days while still unused. */
    static Optional<Attention> creditsExpiring(MemberStatus s) {
        var inMail = s.headroom().inMail();
        if (inMail.expiringThisWeek() <= 0) {
            return Optional.empty();
        }
        String first = inMail.nextExpiry().map(at -> "; the first on " + Dates.day(at, s.zone())).orElse("");
        return Optional.of(new Attention(Kind.CREDITS_EXPIRING, s.teamId(), s.memberId(), s.name(),
                inMail.expiringThisWeek()
                        + (inMail.expiringThisWeek() == 1 ? " InMail credit expires" : " InMail credits expire")
                        + " unused within 7 days" + first + ".",
                Attention.memberRoute(s.memberId())));
    }

    /**
     * Nothing logged for the team's number of whole working days. A seat newer than that
     * is new, not quiet.
     */
    static Optional<Attention> quiet(MemberStatus s, LocalDate today) {
        int threshold = s.quietAfterWorkingDays();
        var working = s.workingDays();
        if (s.lastActivityAt().isEmpty()) {
            var since = s.seatStartedOn();
            if (since == null || WorkingDays.between(since, today, working) < threshold) {
                return Optional.empty();
            }
            return Optional.of(new Attention(Kind.QUIET, s.teamId(), s.memberId(), s.name(),
                    "Has logged nothing since their seat began on " + Dates.day(since) + ".",
                    Attention.memberRoute(s.memberId())));
        }
        var lastDay = s.lastActivityAt().get().atZone(s.zone()).toLocalDate();
        int passed = WorkingDays.between(lastDay, today, working);
        if (passed < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Attention(Kind.QUIET, s.teamId(), s.memberId(), s.name(),
                "Nothing logged for " + passed + " working days (last on " + Dates.day(lastDay) + ").",
                Attention.memberRoute(s.memberId())));
    }

    /** Whether a rep counts as quiet, for the overview's sorting. */
    static boolean isQuiet(MemberStatus s, LocalDate today) {
        return quiet(s, today).isPresent();
    }

    /** Whole working days a request has waited since the day it was asked. */
    static int waited(Instant askedAt, ZoneId zone, LocalDate today, Set<DayOfWeek> working) {
        return WorkingDays.between(askedAt.atZone(zone).toLocalDate(), today, working);
    }

    static boolean waitedTooLong(Instant askedAt, ZoneId zone, LocalDate today, Set<DayOfWeek> working) {
        return waited(askedAt, zone, today, working) > WAITING_WORKING_DAYS;
    }

}

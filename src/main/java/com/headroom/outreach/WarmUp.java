package com.headroom.outreach;

import com.headroom.team.TargetMarket;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Engagement before inviting ("like, comment and share prospects' content for several
 * days before sending connection requests"): a prospect is warmed when the member logged
 * a profile view or an engaged post on at least the team's number of different days (in
 * the team's time zone) in the 14 days before the invitation. Engagement at the very
 * instant of the invitation does not count: it came with it, not before. Pure: built from
 * the member's effective ledger.
 */
final class WarmUp {

    static final Duration WINDOW = Duration.ofDays(TargetMarket.WARM_UP_WINDOW_DAYS);

    /** Each prospect's engagement instants, in time order. */
    private final Long2ObjectOpenHashMap<List<Instant>> engagements = new Long2ObjectOpenHashMap<>();

    private final ZoneId zone;

    private final int daysNeeded;

    private WarmUp(ZoneId zone, int daysNeeded) {
        this.zone = zone;
        this.daysNeeded = daysNeeded;
    }

    /**
     * @param effective the member's ledger without undone entries, in time order
     * @param daysNeeded the team's warm-up days; 0 means every prospect counts as warmed
     */
    static WarmUp of(List<LedgerEntry> effective, ZoneId zone, int daysNeeded) {
        var warmUp = new WarmUp(zone, daysNeeded);
        for (var e : effective) {
            if (isEngagement(e.type()) && e.prospectId() != 0) {
                warmUp.engagements.computeIfAbsent(e.prospectId(), id -> new ArrayList<>()).add(e.at());
            }
        }
        return warmUp;
    }

    static boolean isEngagement(OutreachType type) {
        return type == OutreachType.PROFILE_VIEWED || type == OutreachType.POST_ENGAGED;
    }

    int daysNeeded() {
        return daysNeeded;
    }

    /** How warm a prospect is for an invitation at an instant. */
    Warmth before(long prospectId, Instant invitationAt) {
        var instants = engagements.get(prospectId);
        if (instants == null) {
            return new Warmth(0, daysNeeded, Optional.empty());
        }
        Instant from = invitationAt.minus(WINDOW);
        Set<LocalDate> days = new HashSet<>();
        Instant last = null;
        for (var at : instants) {
            if (!at.isBefore(from) && at.isBefore(invitationAt)) {
                days.add(at.atZone(zone).toLocalDate());
                last = at;
            }
        }
        return new Warmth(days.size(), daysNeeded, Optional.ofNullable(last));
    }

}

package com.headroom.outreach;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.PolicyDefaults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbook's habits where the rep acts on them: how warm a prospect is before the
 * invitation, the keep-in-touch list's "not now" and "we talked", and for managers
 * whether warming up pays.
 */
@Service
@SignedIn
public class PlaybookService {

    public static final int KEEP_IN_TOUCH_FEWEST_DAYS = 7;

    public static final int KEEP_IN_TOUCH_MOST_DAYS = 365;

    /** A profile address's SHA-256, or a prospect without one. */
    private static final Pattern PERSON_KEY = Pattern.compile("[0-9a-f]{64}|prospect:[0-9]{1,18}");

    private final OutreachStore ledgers;

    private final PlaybookStore store;

    private final MemberSeats seats;

    private final TeamNames teamNames;

    private final ProspectService prospects;

    private final CurrentUser currentUser;

    private final Clock clock;

    PlaybookService(OutreachStore ledgers, PlaybookStore store, MemberSeats seats, TeamNames teamNames,
            ProspectService prospects, CurrentUser currentUser, Clock clock) {
        this.ledgers = ledgers;
        this.store = store;
        this.seats = seats;
        this.teamNames = teamNames;
        this.prospects = prospects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * How warm a prospect is for an invitation from the signed-in rep now, with the
     * sentence the invitation form shows; empty without a seat or where the team asks for
     * no warm-up.
     */
    @Transactional(readOnly = true)
    public Optional<WarmthNote> warmth(long prospectId) {
        var me = currentUser.require();
        var prospect = prospects.details(prospectId);
        var seat = seats.of(me.accountId());
        if (seat.isEmpty() || seat.get().facts().policy().warmUpDays() == 0) {
            return Optional.empty();
        }
        var zone = ZoneId.of(seat.get().facts().policy().timeZone());
        Instant now = clock.instant();
        var warmUp = WarmUp.of(LimitsEngine.effective(ledgers.ledger(me.accountId()), now), zone,
                seat.get().facts().policy().warmUpDays());
        var warmth = warmUp.before(prospectId, now);
        String name = prospect.draft().firstName();
        String sentence = warmth.warmed()
                ? "Warmed up: you engaged with " + name + " on " + warmth.days() + " different days in the last 14."
                : "Cold: you engaged with " + name + " on " + warmth.days() + " of the " + warmth.needed()
                        + " days your team asks for in the 14 days before an invitation. Viewing their profile or"
                        + " engaging with a post first makes an acceptance likelier.";
        return Optional.of(new WarmthNote(warmth, sentence));
    }

    /** How warm a prospect is, and what the invitation form says about it. */
    public record WarmthNote(Warmth warmth, String sentence) {
    }

    /**
     * Warmed against cold invitations sent in a period, per member and for the team, each
     * with its two-proportion reading.
     * @param from the period's first day, in the team's time zone
     * @param to its last day (including)
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public WarmUpResults warmUpResults(long teamId, LocalDate from, LocalDate to) {
        if (!teamNames.visibleTeams().contains(teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not one of yours");
        }
        Instant now = clock.instant();
        var team = new WarmUpTally();
        List<WarmUpRow> members = new ArrayList<>();
        int warmUpDays = 0;
        var seated = seats.ofTeam(teamId);
        if (seated.isEmpty()) {
            return new WarmUpResults(team.row(null, teamNames.teamName(teamId)), List.of(), 0);
        }
        var policy = seated.values().iterator().next().facts().policy();
        warmUpDays = policy.warmUpDays();
        var zone = ZoneId.of(policy.timeZone());
        Instant periodStarts = from.atStartOfDay(zone).toInstant();
        Instant periodEnds = to.plusDays(1).atStartOfDay(zone).toInstant();
        // Only the window matters: engagement up to 14 days before the period, and what
        // came of the period's invitations since.
        var entries = store.warmUpEntriesSince(seated.keySet(), periodStarts.minus(WarmUp.WINDOW));
        for (var seat : seated.values()) {
            var effective = LimitsEngine.effective(entries.getOrDefault(seat.memberId(), List.of()), now);
            var tally = WarmUpTally.of(effective, WarmUp.of(effective, zone, warmUpDays), periodStarts, periodEnds);
            team.plus(tally);
            members.add(tally.row(seat.memberId(), seat.history().displayName()));
        }
        return new WarmUpResults(team.row(null, teamNames.teamName(teamId)), List.copyOf(members), warmUpDays);
    }

    /**
     * @param warmUpDays the team's days of engagement that make a prospect warmed
     */
    public record WarmUpResults(WarmUpRow team, List<WarmUpRow> members, int warmUpDays) {
    }

    /** "Not now": off the signed-in member's keep-in-touch list for 30 days. */
    @Transactional
    public Instant notNow(String personKey) {
        var me = currentUser.require();
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(PolicyDefaults.KEEP_IN_TOUCH_SNOOZE_DAYS));
        store.snooze(me.accountId(), requireKey(personKey), now, until);
        return until;
    }

    /**
     * "We talked": for a close connection whose exchange happened outside what Headroom
     * logs (a call, a coffee).
     */
    @Transactional
    public void talked(String personKey) {
        var me = currentUser.require();
        store.talked(me.accountId(), requireKey(personKey), clock.instant());
    }

    @Transactional(readOnly = true)
    public int keepInTouchDays() {
        return store.keepInTouchDays(currentUser.require().accountId()).orElse(PolicyDefaults.KEEP_IN_TOUCH_DAYS);
    }

    @Transactional
    public void setKeepInTouchDays(Integer days) {
        if (days == null || days < KEEP_IN_TOUCH_FEWEST_DAYS || days > KEEP_IN_TOUCH_MOST_DAYS) {
            throw new RuleViolation("keepInTouchDays", "Enter a number of days between " + KEEP_IN_TOUCH_FEWEST_DAYS
                    + " and " + KEEP_IN_TOUCH_MOST_DAYS + ".");
        }
        store.setKeepInTouchDays(currentUser.require().accountId(), days);
    }

    private static String requireKey(String personKey) {
        if (personKey == null || !PERSON_KEY.matcher(personKey).matches()) {
            throw new RuleViolation("personKey", "That person is not on your keep-in-touch list.");
        }
        return personKey;
    }

}

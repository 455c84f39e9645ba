package com.headroom.outreach;

import com.headroom.tier.LinkedInFigures;
import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.InMail;
import com.headroom.outreach.Headroom.Invitations;
import com.headroom.outreach.Headroom.Messages;
import com.headroom.outreach.Headroom.PendingInvitation;
import com.headroom.outreach.Headroom.RampUp;
import com.headroom.outreach.Headroom.Rate;
import com.headroom.base.Dates;
import com.headroom.team.RampUpWeek;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The limits engine: how much a member may still do on LinkedIn at an instant, and why. A pure
 * function of the member's tiers, team policy, ledger and the instant: no Spring, no I/O, so that
 * it is tested at every edge (the 7-day boundary to the second, month ends, daylight-saving
 * changes, leap days, a tier changed mid-week, invitations never decided).
 *
 * <p>The invitations and the InMail credits are read into their own books ({@link InvitationBook},
 * {@link CreditBook}); when credits arrive and expire is {@link InMailGrants}'; what an action would
 * meet, with its sentence, is {@link ActionChecks}'.
 *
 * <p>Choices where LinkedIn publishes nothing, written down so the team can argue with them:
 * <ul>
 * <li>The weekly budget is a rolling 7 days: an invitation counts until exactly 7 days after it.</li>
 * <li>Low acceptance cuts the budget only once 20 invitations have an outcome; the rate used is
 * that of the last 100 decided invitations (withdrawn and expired ones count as not accepted).</li>
 * <li>Ramp-up counts weeks from the day the LinkedIn account started (in the team's zone); its
 * weekly cap is the daily figure times the team's working days.</li>
 * <li>Messages and personalized notes count per calendar day and month in the team's zone.</li>
 * <li>InMail credits are spent oldest first; a refund goes back to the credit's own grant and
 * keeps its expiry (a credit whose grant has expired is gone).</li>
 * </ul>
 */
public final class LimitsEngine {

    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration CREDIT_LIFE = LinkedInFigures.INMAIL_CREDIT_LIFE;
    public static final Duration REFUND_WINDOW = LinkedInFigures.INMAIL_REFUND_WINDOW;
    static final Duration EXPIRING_SOON = Duration.ofDays(14);
    static final Duration EXPIRING_THIS_WEEK = Duration.ofDays(7);
    static final Duration AWAITING_REPLY = Duration.ofDays(7);
    static final int MIN_DECIDED_FOR_CUT = 20;
    static final int LAST_DECIDED = 100;

    private LimitsEngine() {
    }

    /** The member's headroom at an instant, from everything logged up to it. */
    public static Headroom evaluate(MemberFacts facts, List<LedgerEntry> ledger, Instant now) {
        var policy = facts.policy();
        var zone = ZoneId.of(policy.timeZone());
        var tier = facts.tierAt(now);
        ZonedDateTime local = now.atZone(zone);
        Instant dayStart = local.toLocalDate().atStartOfDay(zone).toInstant();
        var read = Reading.of(ledger, now, dayStart);

        var invitations = read.invitations;
        List<HealthReason> reasons = new ArrayList<>();

        // Restrictions and lockouts first: they stop everything else.
        Optional<Cooldown> cooldown = cooldown(read.restrictions, policy, now);
        cooldown.ifPresent(c -> reasons.add(new HealthReason(Health.RED, "LinkedIn restricted your account on "
                + Dates.day(c.reportedAt(), zone) + ". Send no invitations until "
                + Dates.dayTime(c.until(), zone) + (c.repeats() > 0 ? " (the pause doubles for each repeat"
                + " within " + policy.restrictionRepeatWindowDays() + " days)." : "."))));
        Map<Long, Instant> lockouts = invitations.lockouts(Duration.ofDays(policy.reinviteLockoutDays()), now);
        PastLimitHealth.reason(read.pastLimit, now, zone).ifPresent(reasons::add);

        // Acceptance.
        Rate last30 = invitations.acceptanceSentSince(now.minus(Duration.ofDays(30)), now);
        Rate last100 = invitations.acceptanceOfLastDecided(LAST_DECIDED);
        int factor = 100;
        String factorReason = "";
        if (last100.of() >= MIN_DECIDED_FOR_CUT) {
            int rate = last100.percent().orElse(100);
            if (rate < policy.veryLowAcceptanceBelowPercent()) {
                factor = policy.veryLowAcceptanceBudgetPercent();
                reasons.add(new HealthReason(Health.RED, "Only " + last100.describe() + " of your last decided"
                        + " invitations were accepted, below " + policy.veryLowAcceptanceBelowPercent() + "%. Your"
                        + " budget is cut to " + factor + "% until more are accepted: invite people closer to you."));
            } else if (rate < policy.lowAcceptanceBelowPercent()) {
                factor = policy.lowAcceptanceBudgetPercent();
                reasons.add(new HealthReason(Health.AMBER, last100.describe() + " of your last decided invitations"
                        + " were accepted, below " + policy.lowAcceptanceBelowPercent() + "%: your budget is cut to "
                        + factor + "%."));
            } else if (rate < policy.acceptanceRateTargetPercent()) {
                reasons.add(new HealthReason(Health.AMBER, "Acceptance of your last decided invitations, "
                        + last100.describe() + ", is below the team's target of "
                        + policy.acceptanceRateTargetPercent() + "%."));
            }
            if (factor < 100) {
                factorReason = "; acceptance " + last100.percent().orElse(0) + "% cuts it to " + factor + "%";
            }
        }

        // The weekly budget.
        int tierBudget = tier.weeklyInvitationBudget();
        int budget = (int) Math.floor(tierBudget * factor / 100.0);
        String budgetReason = tier.name() + " allows " + tierBudget + " a week" + factorReason;
        Optional<RampUp> ramp = rampUp(facts, policy, zone, now, tierBudget);
        if (ramp.isPresent() && ramp.get().weekly() < budget) {
            budget = ramp.get().weekly();
            budgetReason += "; ramp-up week " + ramp.get().week() + " of a new LinkedIn account allows "
                    + ramp.get().daily() + " a day over " + policy.workingDays().size() + " working days = "
                    + ramp.get().weekly();
        }
        Instant windowStart = now.minus(WEEK);
        List<Instant> inWindow = invitations.sentAfter(windowStart, now);
        int sentThisWeek = inWindow.size();
        int budgetLeft = Math.max(0, budget - sentThisWeek);
        Optional<Instant> nextFreesAt = Optional.empty();
        if (budgetLeft == 0 && sentThisWeek > 0) {
            // The budget frees when enough old invitations leave the 7 days.
            int mustLeave = sentThisWeek - budget + 1;
            nextFreesAt = Optional.of(inWindow.get(Math.min(mustLeave, inWindow.size()) - 1).plus(WEEK));
        }
        Optional<Instant> pausedUntil = cooldown.map(Cooldown::until);
        // While a cooldown runs nothing is left, whatever the budget says.
        int left = pausedUntil.isPresent() ? 0 : budgetLeft;

        // Pending.
        int pendingCount = invitations.pendingCount();
        if (pendingCount >= policy.pendingInvitationsBlockAt()) {
            reasons.add(new HealthReason(Health.RED, pendingCount + " invitations are pending; the team blocks new"
                    + " ones at " + policy.pendingInvitationsBlockAt() + ". Withdraw the oldest."));
        } else if (pendingCount >= policy.pendingInvitationsWarnAt()) {
            reasons.add(new HealthReason(Health.AMBER, pendingCount + " invitations are pending; the team warns at "
                    + policy.pendingInvitationsWarnAt() + " and blocks at " + policy.pendingInvitationsBlockAt() + "."));
        }
        Instant staleBefore = now.minus(Duration.ofDays(policy.withdrawReminderDays()));
        List<PendingInvitation> withdrawDue = invitations.pendingSince(staleBefore);
        if (!withdrawDue.isEmpty()) {
            reasons.add(new HealthReason(Health.AMBER, withdrawDue.size() + (withdrawDue.size() == 1
                    ? " invitation has" : " invitations have") + " been pending for more than "
                    + policy.withdrawReminderDays() + " days: withdraw " + (withdrawDue.size() == 1 ? "it" : "them")
                    + " to keep room under the pending limit."));
        }

        // Burst: the last minutes, and when the next invitation no longer adds to a burst.
        Duration burstWindow = Duration.ofMinutes(policy.burstWindowMinutes());
        List<Instant> recent = invitations.sentAfter(now.minus(burstWindow), now);
        int burst = recent.size();
        if (burst > policy.burstRequestCount()) {
            reasons.add(new HealthReason(Health.AMBER, burst + " invitations in the last "
                    + policy.burstWindowMinutes() + " minutes: more than " + policy.burstRequestCount()
                    + " looks automated to LinkedIn. Slow down."));
        }
        Optional<Instant> slowDownUntil = burst >= policy.burstRequestCount()
                ? Optional.of(recent.get(burst - policy.burstRequestCount()).plus(burstWindow)) : Optional.empty();

        // Personalized notes this month.
        Instant monthStart = local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        OptionalInt notesLeft = OptionalInt.empty();
        int notesCap = tier.capsPersonalizedNotes() ? tier.monthlyPersonalizedNotes() : 0;
        if (tier.capsPersonalizedNotes()) {
            notesLeft = OptionalInt.of(Math.max(0, notesCap - invitations.notesSince(monthStart, now)));
        }

        // Today: the team's most a day (ramp-up's daily figure while ramping up), and the suggestion.
        Instant nextDay = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        int sentToday = invitations.sentAfterOrAt(dayStart, now).size();
        int dailyCap = policy.dailyInvitationCap();
        if (ramp.isPresent() && ramp.get().daily() < dailyCap) {
            dailyCap = ramp.get().daily();
        }
        int mayStillSendToday = pausedUntil.isPresent() ? 0 : Math.max(0, Math.min(left, Math.min(
                dailyCap - sentToday, policy.pendingInvitationsBlockAt() - pendingCount)));
        var pace = TodaysPace.of(cooldown, pendingCount, policy, local, left, sentToday, nextFreesAt, zone, ramp,
                mayStillSendToday);
        int suggested = pace.suggested();
        int todayTarget = pace.todayTarget();
        String suggestion = pace.suggestion();
        var invitationState = new Invitations(budget, budgetReason, sentThisWeek, left, nextFreesAt, pausedUntil,
                suggested, todayTarget, suggestion, sentToday, dailyCap, mayStillSendToday, slowDownUntil,
                pendingCount, policy.pendingInvitationsWarnAt(), policy.pendingInvitationsBlockAt(), withdrawDue,
                last30, last100, notesLeft, notesCap, ramp, burst, invitations.pendingProspects(),
                invitations.connected());

        // Messages.
        int messagesToday = read.messagesToday;
        var messages = new Messages(messagesToday, tier.dailyMessageLimit(),
                Math.max(0, tier.dailyMessageLimit() - messagesToday), nextDay);

        // InMail.
        var inMail = read.credits.summary(facts, now, tier, zone);
        if (inMail.expiringSoon() > 0) {
            reasons.add(new HealthReason(Health.GREEN, inMail.expiringSoon() + " InMail credits expire by "
                    + Dates.day(inMail.nextExpiry().orElseThrow(), zone) + ": use them."));
        }

        Health health = reasons.stream().map(HealthReason::level).max(Comparator.naturalOrder()).orElse(Health.GREEN);
        reasons.sort(Comparator.comparing(HealthReason::level).reversed());
        return new Headroom(now, tier.name(), invitationState, messages, inMail, cooldown, lockouts, health,
                List.copyOf(reasons));
    }

    // ---- The parts. ----

    /** Entries up to the instant, without reversed entries and the reversals themselves, in time order. */
    static List<LedgerEntry> effective(List<LedgerEntry> ledger, Instant now) {
        var reversed = new LongOpenHashSet();
        for (var e : ledger) {
            if (e.type() == OutreachType.REVERSAL && e.relatesTo() != null && !e.at().isAfter(now)) {
                reversed.add(e.relatesTo().longValue());
            }
        }
        List<LedgerEntry> effective = new ArrayList<>(ledger.size());
        for (var e : ledger) {
            if (e.type() != OutreachType.REVERSAL && !e.at().isAfter(now)
                    && (reversed.isEmpty() || !reversed.contains(e.id()))) {
                effective.add(e);
            }
        }
        // The store reads the ledger in time order; sort only what comes otherwise (tests, backfills).
        if (!inTimeOrder(effective)) {
            effective.sort(TIME_ORDER);
        }
        return effective;
    }

    private static final Comparator<LedgerEntry> TIME_ORDER = Comparator.comparing(LedgerEntry::at)
            .thenComparingLong(LedgerEntry::id);

    private static boolean inTimeOrder(List<LedgerEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            var before = entries.get(i - 1);
            var after = entries.get(i);
            int byTime = before.at().compareTo(after.at());
            if (byTime > 0 || (byTime == 0 && before.id() > after.id())) {
                return false;
            }
        }
        return true;
    }

    /** The team's ramp-up rule has one home, {@link RampUpWeek}, which My limits reads too. */
    private static Optional<RampUp> rampUp(MemberFacts facts, TeamPolicySettings policy, ZoneId zone, Instant now,
            int tierBudget) {
        return RampUpWeek.of(policy, facts.linkedInStartedOn(), now.atZone(zone).toLocalDate(), tierBudget)
                .map(r -> new RampUp(r.week(), r.daily(), r.weekly()));
    }

    private static Optional<Cooldown> cooldown(List<LedgerEntry> restrictions, TeamPolicySettings policy,
            Instant now) {
        Duration window = Duration.ofDays(policy.restrictionRepeatWindowDays());
        Cooldown latest = null;
        for (int i = 0; i < restrictions.size(); i++) {
            var r = restrictions.get(i);
            int repeats = 0;
            for (int j = 0; j < i; j++) {
                if (restrictions.get(j).at().isAfter(r.at().minus(window))) {
                    repeats++;
                }
            }
            long days = (long) policy.restrictionCooldownDays() << Math.min(repeats, 10);
            Instant until = r.at().plus(Duration.ofDays(days));
            if (r.restrictionEndsAt() != null && r.restrictionEndsAt().isAfter(until)) {
                until = r.restrictionEndsAt();
            }
            if (until.isAfter(now) && (latest == null || until.isAfter(latest.until()))) {
                latest = new Cooldown(r.at(), until, repeats);
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * One pass over the ledger up to an instant, without undone entries and their reversals, feeding
     * every book at once: a member-year is 10,000 entries and each pass over them counts.
     */
    private static final class Reading {

        final InvitationBook invitations;
        final CreditBook credits = new CreditBook();
        final List<LedgerEntry> restrictions = new ArrayList<>();
        /** Entries logged past a team limit: few, so kept whole. */
        final List<LedgerEntry> pastLimit = new ArrayList<>();
        int messagesToday;
        private boolean outOfOrder;

        private Reading(List<LedgerEntry> ledger, Instant now, Instant dayStart) {
            invitations = new InvitationBook(ledger.size());
            // Undone entries are few: their ids go in a small sorted array, behind a 4,096-bit filter
            // that lets almost every other entry through with one array read.
            long[] undone = new long[8];
            long[] filter = new long[64];
            int undoneCount = 0;
            int size = ledger.size();
            for (int i = 0; i < size; i++) {
                var e = ledger.get(i);
                if (e.type() == OutreachType.REVERSAL && e.relatesTo() != null && !e.at().isAfter(now)) {
                    if (undoneCount == undone.length) {
                        undone = Arrays.copyOf(undone, undoneCount * 2);
                    }
                    long target = e.relatesTo();
                    undone[undoneCount++] = target;
                    filter[(int) (target >>> 6) & 63] |= 1L << target;
                }
            }
            Arrays.sort(undone, 0, undoneCount);
            LedgerEntry previous = null;
            for (int i = 0; i < size; i++) {
                var e = ledger.get(i);
                long id = e.id();
                if (e.type() == OutreachType.REVERSAL || e.at().isAfter(now)
                        || ((filter[(int) (id >>> 6) & 63] & (1L << id)) != 0
                        && Arrays.binarySearch(undone, 0, undoneCount, id) >= 0)) {
                    continue;
                }
                if (previous != null) {
                    int byTime = previous.at().compareTo(e.at());
                    if (byTime > 0 || (byTime == 0 && previous.id() > id)) {
                        outOfOrder = true;
                        return;
                    }
                }
                previous = e;
                read(e, dayStart);
            }
        }

        /** The store reads the ledger in time order; anything else is read again from a sorted copy. */
        static Reading of(List<LedgerEntry> ledger, Instant now, Instant dayStart) {
            var reading = new Reading(ledger, now, dayStart);
            return reading.outOfOrder ? new Reading(effective(ledger, now), now, dayStart) : reading;
        }

        private void read(LedgerEntry e, Instant dayStart) {
            if (e.pastLimits() != null) {
                pastLimit.add(e);
            }
            switch (e.type()) {
                case INVITATION_SENT, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_WITHDRAWN,
                        INVITATION_EXPIRED -> invitations.accept(e);
                case INMAIL_CREDITS_GRANTED, INMAIL_SENT, INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED,
                        INMAIL_CREDIT_REFUNDED, INMAIL_BALANCE_CORRECTED -> credits.accept(e);
                case RESTRICTION_REPORTED -> restrictions.add(e);
                case MESSAGE_SENT -> {
                    if (!e.at().isBefore(dayStart)) {
                        messagesToday++;
                    }
                }
                default -> {
                    // no limit counts it
                }
            }
        }
    }

}

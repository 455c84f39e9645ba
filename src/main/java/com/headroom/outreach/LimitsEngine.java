package com.headroom.outreach;

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
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongLinkedOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The limits engine: how much a member may still do on LinkedIn at an instant, and why. A pure
 * function of the member's tiers, team policy, ledger and the instant: no Spring, no I/O, so that
 * it is tested at every edge (the 7-day boundary to the second, month ends, daylight-saving
 * changes, leap days, a tier changed mid-week, invitations never decided).
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
    public static final Duration CREDIT_LIFE = Duration.ofDays(90);
    public static final Duration REFUND_WINDOW = Duration.ofDays(90);
    static final Duration EXPIRING_SOON = Duration.ofDays(14);
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
        pastLimitReason(read.pastLimit, now, zone).ifPresent(reasons::add);

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
        int suggested;
        // What today should hold all told, beside what went out already: 0 where none should go.
        int todayTarget = 0;
        String suggestion;
        if (cooldown.isPresent()) {
            suggested = 0;
            suggestion = "Paused after a LinkedIn restriction until " + Dates.dayTime(cooldown.get().until(), zone)
                    + ".";
        } else if (pendingCount >= policy.pendingInvitationsBlockAt()) {
            suggested = 0;
            suggestion = "Withdraw old invitations first: " + pendingCount + " are pending.";
        } else if (!policy.workingDays().contains(local.getDayOfWeek())) {
            suggested = 0;
            suggestion = local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " is not one of the team's working days.";
        } else if (left == 0) {
            suggested = 0;
            todayTarget = sentToday;
            suggestion = "This week's budget is used" + nextFreesAt.map(t -> "; the next invitation frees up "
                    + Dates.dayTime(t, zone)).orElse("") + ".";
        } else {
            int workingDaysLeft = 0;
            for (int d = 0; d < 7; d++) {
                if (policy.workingDays().contains(local.toLocalDate().plusDays(d).getDayOfWeek())) {
                    workingDaysLeft++;
                }
            }
            int spread = (int) Math.ceil((double) (left + sentToday) / workingDaysLeft);
            int daily = policy.dailyInvitationPace();
            String cap = "the team's suggested pace of " + daily + " a day";
            if (ramp.isPresent() && ramp.get().daily() < daily) {
                daily = ramp.get().daily();
                cap = "ramp-up's " + daily + " a day";
            }
            int target = Math.min(spread, daily);
            todayTarget = target;
            suggested = Math.max(0, Math.min(target - sentToday, mayStillSendToday));
            suggestion = left + " left over " + workingDaysLeft + " working days is " + spread + " a day; at most "
                    + cap + (sentToday > 0 ? "; " + sentToday + " sent today" : "") + ".";
        }
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
        var inMail = inMail(facts, read.credits, now, tier, zone);
        if (inMail.expiringSoon() > 0) {
            reasons.add(new HealthReason(Health.GREEN, inMail.expiringSoon() + " InMail credits expire by "
                    + Dates.day(inMail.nextExpiry().orElseThrow(), zone) + ": use them."));
        }

        Health health = reasons.stream().map(HealthReason::level).max(Comparator.naturalOrder()).orElse(Health.GREEN);
        reasons.sort(Comparator.comparing(HealthReason::level).reversed());
        return new Headroom(now, tier.name(), invitationState, messages, inMail, cooldown, lockouts, health,
                List.copyOf(reasons));
    }

    /**
     * Actions logged past a team limit in the last 7 days turn health red (amber when a manager
     * approved each beforehand): the rep did it on LinkedIn, and the account carries the risk.
     */
    private static Optional<HealthReason> pastLimitReason(List<LedgerEntry> pastLimit, Instant now, ZoneId zone) {
        Instant since = now.minus(WEEK);
        int unapproved = 0;
        int approved = 0;
        Map<Limit, Integer> byLimit = new java.util.EnumMap<>(Limit.class);
        Map<OutreachType, Integer> byType = new java.util.EnumMap<>(OutreachType.class);
        LedgerEntry latest = null;
        for (var e : pastLimit) {
            if (!e.at().isAfter(since)) {
                continue;
            }
            if (e.approved()) {
                approved++;
            } else {
                unapproved++;
            }
            byType.merge(e.type(), 1, Integer::sum);
            for (var name : e.pastLimits().split(",")) {
                byLimit.merge(Limit.valueOf(name.strip()), 1, Integer::sum);
            }
            latest = latest == null || e.at().isAfter(latest.at()) ? e : latest;
        }
        if (latest == null) {
            return Optional.empty();
        }
        List<String> actions = new ArrayList<>();
        byType.forEach((type, n) -> actions.add(n + " " + actionNoun(type, n)));
        List<String> limits = new ArrayList<>();
        byLimit.forEach((limit, n) -> limits.add(limit.label().toLowerCase(Locale.ROOT) + (n > 1 ? " " + n + "×" : "")));
        String what = String.join(" and ", actions) + " logged past the team's limits in the last 7 days ("
                + String.join(", ", limits) + "), the latest on " + Dates.dayTime(latest.at(), zone) + ".";
        return Optional.of(unapproved > 0
                ? new HealthReason(Health.RED, what + " Your managers see " + (unapproved + approved == 1 ? "it" : "them")
                        + ": keep to the limits or ask a manager before you send.")
                : new HealthReason(Health.AMBER, what + " A manager approved " + (approved == 1 ? "it" : "each")
                        + " beforehand."));
    }

    private static String actionNoun(OutreachType type, int n) {
        String noun = switch (type) {
            case INVITATION_SENT -> "invitation";
            case MESSAGE_SENT -> "message";
            case INMAIL_SENT -> "InMail";
            default -> "action";
        };
        return n == 1 ? noun : noun + "s";
    }

    // ---- InMail credit dates. ----

    /**
     * The days on which a seat's InMail credits arrive, from the seat's start up to a day: every
     * billing day, or (Sales Navigator) the seat's first day and then every 1st of the month, UTC.
     */
    public static List<LocalDate> grantDays(TierSettings tier, LocalDate seatStartedOn, LocalDate upTo) {
        List<LocalDate> days = new ArrayList<>();
        if (tier.inMailRenewal() == InMailRenewal.NONE || tier.monthlyInMailCredits() == 0 || seatStartedOn == null) {
            return days;
        }
        if (tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC) {
            days.add(seatStartedOn);
            for (var d = seatStartedOn.withDayOfMonth(1).plusMonths(1); !d.isAfter(upTo); d = d.plusMonths(1)) {
                days.add(d);
            }
        } else {
            for (int k = 0; ; k++) {
                // Day 31 becomes the month's last day; the next month returns to 31.
                var d = seatStartedOn.plusMonths(k);
                if (d.isAfter(upTo)) {
                    break;
                }
                days.add(d);
            }
        }
        days.removeIf(d -> d.isAfter(upTo));
        return days;
    }

    /** The instant credits of a grant day arrive: midnight UTC on the 1st, else midnight in the team's zone. */
    public static Instant grantInstant(TierSettings tier, LocalDate day, ZoneId teamZone) {
        return tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC
                ? day.atStartOfDay(ZoneOffset.UTC).toInstant() : day.atStartOfDay(teamZone).toInstant();
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
     * Credits that expired unused by an instant, per grant: what the expiry job writes to the
     * ledger so that a rep sees where credits went.
     */
    public static List<ExpiredCredits> expiredCredits(List<LedgerEntry> ledger, Instant now) {
        var book = new CreditBook(effective(ledger, now));
        List<ExpiredCredits> expired = new ArrayList<>();
        for (var lot : book.lots) {
            if (!lot.expiresAt().isAfter(now) && lot.remaining()[0] > 0) {
                expired.add(new ExpiredCredits(lot.grantId(), lot.expiresAt(), lot.remaining()[0]));
            }
        }
        return expired;
    }

    /** InMail credits usable at an instant: what caps a grant at the tier's maximum balance. */
    public static int creditBalance(List<LedgerEntry> ledger, Instant at) {
        var book = new CreditBook(effective(ledger, at));
        int balance = 0;
        for (var lot : book.lots) {
            if (lot.expiresAt().isAfter(at)) {
                balance += lot.remaining()[0];
            }
        }
        return balance;
    }

    /**
     * The monthly InMail grants a seat is due between two instants, oldest first. Each tier of the
     * seat grants from its start: the seat's first day, or the day of a tier change (a new
     * subscription), then on its renewal days.
     */
    public static List<CreditGrant> grantsDue(MemberFacts facts, Instant since, Instant now) {
        var zone = ZoneId.of(facts.policy().timeZone());
        List<CreditGrant> due = new ArrayList<>();
        var periods = facts.tiers();
        for (int i = 0; i < periods.size(); i++) {
            var period = periods.get(i);
            var tier = period.tier();
            Instant end = i + 1 < periods.size() ? periods.get(i + 1).from() : Instant.MAX;
            LocalDate startDay = i == 0 ? facts.seatStartedOn() : period.from().atZone(zone).toLocalDate();
            if (startDay == null) {
                continue;
            }
            for (var day : grantDays(tier, startDay, now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1))) {
                Instant at = grantInstant(tier, day, zone);
                if (i > 0 && at.isBefore(period.from())) {
                    at = period.from();
                }
                if (!at.isBefore(end) || at.isAfter(now) || at.isBefore(since)) {
                    continue;
                }
                due.add(new CreditGrant(at, tier.monthlyInMailCredits(), tier.inMailMaxBalance(), tier.name()));
            }
        }
        due.sort(Comparator.comparing(CreditGrant::at));
        return due;
    }

    /** A tier's monthly InMail credits, due at an instant, never to lift the balance above the maximum. */
    public record CreditGrant(Instant at, int monthlyCredits, int maxBalance, String tierName) {

        /** The key that makes a grant happen once, whichever node or run writes it. */
        public String key() {
            return "grant:" + at;
        }
    }

    /** Unused credits of one grant, gone at its expiry. */
    public record ExpiredCredits(long grantEntryId, Instant expiredAt, int credits) {
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

    /** Credits of one grant (or correction): when they expire and how many are left. */
    private record Lot(long grantId, Instant expiresAt, int[] remaining) {
    }

    /** What an InMail sent when Headroom counted no credit was spent from. */
    private static final Lot NO_LOT = new Lot(0, Instant.MIN, new int[] {0});

    /** Credit lots per grant, spent oldest first; answered InMails and refunds, from the ledger. */
    private static final class CreditBook {


        final Deque<Lot> lots = new ArrayDeque<>();
        final Long2ObjectOpenHashMap<Lot> spentFrom = new Long2ObjectOpenHashMap<>();
        final Long2ObjectOpenHashMap<Instant> sentAt = new Long2ObjectOpenHashMap<>();
        /** The unanswered InMail per prospect, in the order sent. */
        final Long2LongLinkedOpenHashMap openByProspect = new Long2LongLinkedOpenHashMap();
        final Long2ObjectOpenHashMap<Instant> answeredAt = new Long2ObjectOpenHashMap<>();
        final LongOpenHashSet refunded = new LongOpenHashSet();

        CreditBook() {
        }

        CreditBook(List<LedgerEntry> entries) {
            for (var e : entries) {
                accept(e);
            }
        }

        private void correct(LedgerEntry e) {
            correctBalance(this, e);
        }

        /** A refund of an InMail Headroom counted no credit for goes to the newest credits there are. */
        private void refundWithoutLot(LedgerEntry e) {
            Lot newest = null;
            for (var lot : lots) {
                if (lot.expiresAt().isAfter(e.at())) {
                    newest = lot;
                }
            }
            if (newest != null) {
                newest.remaining()[0]++;
            } else {
                lots.addLast(new Lot(e.id(), e.at().plus(CREDIT_LIFE), new int[] {1}));
            }
        }

        void accept(LedgerEntry e) {
            {
                switch (e.type()) {
                    case INMAIL_CREDITS_GRANTED -> lots.addLast(new Lot(e.id(), e.at().plus(CREDIT_LIFE),
                            new int[] {e.credits()}));
                    case INMAIL_SENT -> {
                        // Headroom may count no credit where LinkedIn had one (its start is an estimate):
                        // the InMail happened all the same, and its refund still comes back.
                        spentFrom.put(e.id(), NO_LOT);
                        for (var lot : lots) {
                            if (lot.expiresAt().isAfter(e.at()) && lot.remaining()[0] > 0) {
                                lot.remaining()[0]--;
                                spentFrom.put(e.id(), lot);
                                break;
                            }
                        }
                        sentAt.put(e.id(), e.at());
                        openByProspect.put(e.prospectId(), e.id());
                    }
                    case INMAIL_REPLIED, INMAIL_ACCEPTED, INMAIL_DECLINED -> {
                        long inMailId = e.relatesTo() != null ? e.relatesTo()
                                : openByProspect.getOrDefault(e.prospectId(), -1L);
                        if (sentAt.containsKey(inMailId) && !answeredAt.containsKey(inMailId)) {
                            answeredAt.put(inMailId, e.at());
                            openByProspect.remove(e.prospectId(), inMailId);
                        }
                    }
                    case INMAIL_CREDIT_REFUNDED -> {
                        if (e.relatesTo() != null && refunded.add(e.relatesTo().longValue())) {
                            var lot = spentFrom.get(e.relatesTo().longValue());
                            if (lot == NO_LOT) {
                                refundWithoutLot(e);
                            } else if (lot != null && lot.expiresAt().isAfter(e.at())) {
                                lot.remaining()[0]++;
                            }
                        }
                    }
                    case INMAIL_BALANCE_CORRECTED -> correct(e);
                    default -> {
                        // not about credits
                    }
                }
            }
        }
    }

    /**
     * Sets the balance to what LinkedIn showed at the correction: credits Headroom counted but
     * LinkedIn did not are taken from the oldest grants (LinkedIn spends those first); credits
     * LinkedIn has and Headroom missed join the newest grant and expire with it.
     */
    private static void correctBalance(CreditBook book, LedgerEntry e) {
        int balance = 0;
        Lot newest = null;
        for (var lot : book.lots) {
            if (lot.expiresAt().isAfter(e.at())) {
                balance += lot.remaining()[0];
                newest = lot;
            }
        }
        int target = Math.max(0, e.credits());
        if (target < balance) {
            int remove = balance - target;
            for (var lot : book.lots) {
                if (remove == 0) {
                    break;
                }
                if (lot.expiresAt().isAfter(e.at())) {
                    int taken = Math.min(remove, lot.remaining()[0]);
                    lot.remaining()[0] -= taken;
                    remove -= taken;
                }
            }
        } else if (target > balance) {
            Instant expires = newest != null ? newest.expiresAt() : e.at().plus(CREDIT_LIFE);
            book.lots.addLast(new Lot(e.id(), expires, new int[] {target - balance}));
        }
    }

    private static InMail inMail(MemberFacts facts, CreditBook book, Instant now, TierSettings tier, ZoneId zone) {
        var lots = book.lots;
        var spentFrom = book.spentFrom;
        var sentAt = book.sentAt;
        var openByProspect = book.openByProspect;
        var answeredAt = book.answeredAt;
        var refunded = book.refunded;
        int balance = 0;
        int expiringSoon = 0;
        Instant soon = now.plus(EXPIRING_SOON);
        Instant nextExpiry = null;
        for (var lot : lots) {
            if (lot.expiresAt().isAfter(now) && lot.remaining()[0] > 0) {
                balance += lot.remaining()[0];
                if (!lot.expiresAt().isAfter(soon)) {
                    expiringSoon += lot.remaining()[0];
                    nextExpiry = nextExpiry == null || lot.expiresAt().isBefore(nextExpiry) ? lot.expiresAt()
                            : nextExpiry;
                }
            }
        }
        List<Long> refundsDue = new ArrayList<>();
        for (var answer : answeredAt.long2ObjectEntrySet()) {
            long inMailId = answer.getLongKey();
            Instant sent = sentAt.get(inMailId);
            if (!answer.getValue().isAfter(sent.plus(REFUND_WINDOW)) && !refunded.contains(inMailId)
                    && spentFrom.containsKey(inMailId)) {
                refundsDue.add(inMailId);
            }
        }
        refundsDue.sort(Comparator.naturalOrder());
        Map<Long, Instant> open = new LinkedHashMap<>();
        List<PendingInvitation> awaiting = new ArrayList<>();
        for (var o : openByProspect.long2LongEntrySet()) {
            Instant sent = sentAt.get(o.getLongValue());
            open.put(o.getLongKey(), sent);
            if (!sent.isAfter(now.minus(AWAITING_REPLY))) {
                awaiting.add(new PendingInvitation(o.getLongValue(), o.getLongKey(), sent));
            }
        }
        var today = now.atZone(tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC ? ZoneOffset.UTC : zone)
                .toLocalDate();
        Optional<LocalDate> nextGrant = grantDays(tier, facts.seatStartedOn(), today.plusMonths(2)).stream()
                .filter(d -> d.isAfter(today)).findFirst();
        return new InMail(balance, tier.inMailMaxBalance(), tier.monthlyInMailCredits(), expiringSoon,
                Optional.ofNullable(nextExpiry), List.copyOf(refundsDue), nextGrant, List.copyOf(awaiting), open);
    }

    /**
     * Invitations per prospect: each outcome closes the latest open invitation to that person.
     * Built in one pass over the ledger in time order, into arrays and maps of primitive ids, so
     * that a member-year (10,000 entries) costs little memory and every question after it looks
     * at the recent end only.
     */
    private static final class InvitationBook {

        private static final byte PENDING = 0;
        private static final byte ACCEPTED = 1;
        private static final byte NOT_ACCEPTED = 2;

        // The invitations in the order sent, column by column.
        private int size;
        private long[] entryIds;
        private long[] prospectIds;
        private Instant[] sentAt;
        private boolean[] withNote;
        private byte[] outcome;
        /** Indexes of invitations in the order they were decided. */
        private final IntArrayList decided;
        /** Each prospect's latest invitation, by index; outcomes are read off the columns. */
        private final Long2IntOpenHashMap latest;
        private int pending;
        private final Long2ObjectOpenHashMap<Instant> lastWithdrawal;

        InvitationBook(int ledgerSize) {
            int capacity = Math.max(16, ledgerSize / 2);
            decided = new IntArrayList(capacity);
            lastWithdrawal = new Long2ObjectOpenHashMap<>(capacity / 4);
            entryIds = new long[capacity];
            prospectIds = new long[capacity];
            sentAt = new Instant[capacity];
            withNote = new boolean[capacity];
            outcome = new byte[capacity];
            latest = new Long2IntOpenHashMap(capacity);
            latest.defaultReturnValue(-1);
        }

        void accept(LedgerEntry e) {
            if (e.type() == OutreachType.INVITATION_SENT) {
                add(e);
            } else {
                int index = latest.get(e.prospectId());
                if (index >= 0 && outcome[index] == PENDING) {
                    decide(index, e.type() == OutreachType.INVITATION_ACCEPTED ? ACCEPTED : NOT_ACCEPTED);
                }
                if (e.type() == OutreachType.INVITATION_WITHDRAWN) {
                    lastWithdrawal.put(e.prospectId(), e.at());
                }
            }
        }

        private void decide(int index, byte result) {
            outcome[index] = result;
            decided.add(index);
            pending--;
        }

        private void add(LedgerEntry e) {
            if (size == entryIds.length) {
                int grown = size * 2;
                entryIds = Arrays.copyOf(entryIds, grown);
                prospectIds = Arrays.copyOf(prospectIds, grown);
                sentAt = Arrays.copyOf(sentAt, grown);
                withNote = Arrays.copyOf(withNote, grown);
                outcome = Arrays.copyOf(outcome, grown);
            }
            entryIds[size] = e.id();
            prospectIds[size] = e.prospectId();
            sentAt[size] = e.at();
            withNote[size] = e.withNote();
            int earlier = latest.put(e.prospectId(), size);
            if (earlier >= 0 && outcome[earlier] == PENDING) {
                // Invited again with no outcome logged: the earlier invitation counts as not accepted.
                decide(earlier, NOT_ACCEPTED);
            }
            size++;
            pending++;
        }

        /** The prospects whose latest invitation is in a state, read through the book. */
        private Set<Long> prospectsWhere(byte state) {
            return new AbstractSet<>() {
                @Override
                public boolean contains(Object o) {
                    if (!(o instanceof Long prospect)) {
                        return false;
                    }
                    int index = latest.get(prospect.longValue());
                    return index >= 0 && outcome[index] == state;
                }

                @Override
                public Iterator<Long> iterator() {
                    List<Long> ids = new ArrayList<>();
                    for (var entry : latest.long2IntEntrySet()) {
                        if (outcome[entry.getIntValue()] == state) {
                            ids.add(entry.getLongKey());
                        }
                    }
                    return Collections.unmodifiableList(ids).iterator();
                }

                @Override
                public int size() {
                    int count = 0;
                    for (var entry : latest.long2IntEntrySet()) {
                        if (outcome[entry.getIntValue()] == state) {
                            count++;
                        }
                    }
                    return count;
                }
            };
        }

        /** Index of the first invitation sent after an instant. */
        private int firstSentAfter(Instant from) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sentAt[mid].isAfter(from)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /** Sent in (from, to], in time order. */
        List<Instant> sentAfter(Instant from, Instant to) {
            List<Instant> sent = new ArrayList<>();
            for (int i = firstSentAfter(from); i < size && !sentAt[i].isAfter(to); i++) {
                sent.add(sentAt[i]);
            }
            return sent;
        }

        /** Sent in [from, to]. */
        List<Instant> sentAfterOrAt(Instant from, Instant to) {
            return sentAfter(from.minusNanos(1), to);
        }

        int notesSince(Instant from, Instant to) {
            int notes = 0;
            for (int i = firstSentAfter(from.minusNanos(1)); i < size && !sentAt[i].isAfter(to); i++) {
                if (withNote[i]) {
                    notes++;
                }
            }
            return notes;
        }

        int pendingCount() {
            return pending;
        }

        /** Pending since an instant or longer, oldest first. */
        List<PendingInvitation> pendingSince(Instant before) {
            List<PendingInvitation> pending = new ArrayList<>();
            for (int i = 0; i < size && !sentAt[i].isAfter(before); i++) {
                if (outcome[i] == PENDING) {
                    pending.add(new PendingInvitation(entryIds[i], prospectIds[i], sentAt[i]));
                }
            }
            return pending;
        }

        Set<Long> pendingProspects() {
            return prospectsWhere(PENDING);
        }

        Set<Long> connected() {
            return prospectsWhere(ACCEPTED);
        }

        /** Of the invitations sent in (from, to], how many were accepted by then. */
        Rate acceptanceSentSince(Instant from, Instant to) {
            int sent = 0;
            int accepted = 0;
            for (int i = firstSentAfter(from); i < size && !sentAt[i].isAfter(to); i++) {
                sent++;
                if (outcome[i] == ACCEPTED) {
                    accepted++;
                }
            }
            return new Rate(accepted, sent);
        }

        /** Of the last so many invitations to get an outcome, how many were accepted. */
        Rate acceptanceOfLastDecided(int count) {
            int accepted = 0;
            int from = Math.max(0, decided.size() - count);
            for (int i = from; i < decided.size(); i++) {
                if (outcome[decided.getInt(i)] == ACCEPTED) {
                    accepted++;
                }
            }
            return new Rate(accepted, decided.size() - from);
        }

        /** People the member may not invite again yet, after withdrawing an invitation. */
        Map<Long, Instant> lockouts(Duration lockout, Instant now) {
            Map<Long, Instant> locked = new HashMap<>();
            for (var withdrawn : lastWithdrawal.long2ObjectEntrySet()) {
                Instant until = withdrawn.getValue().plus(lockout);
                if (until.isAfter(now)) {
                    locked.put(withdrawn.getLongKey(), until);
                }
            }
            return locked;
        }
    }
}

package com.headroom.outreach;

import com.headroom.tier.LinkedInFigures;
import com.headroom.outreach.Headroom.Cooldown;
import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.Headroom.Invitations;
import com.headroom.outreach.Headroom.Messages;
import com.headroom.outreach.Headroom.RampUp;
import com.headroom.team.RampUpWeek;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The limits engine: how much a member may still do on LinkedIn at an instant, and why. A
 * pure function of the member's tiers, team policy, ledger and the instant: no Spring, no
 * I/O, so that it is tested at every edge (the 7-day boundary to the second, month ends,
 * daylight-saving changes, leap days, a tier changed mid-week, invitations never
 * decided).
 *
 * <p>
 * {@link #evaluate} reads the ledger once ({@link LedgerReading}) into its books, the
 * invitations' ({@link InvitationBook}) and the InMail credits' ({@link CreditBook}, with
 * {@link InMailGrants} for when credits arrive and expire), then runs one named step per
 * limit: {@link RestrictionCooldown}, {@link PastLimitHealth}, {@link AcceptanceFactor},
 * {@link WeeklyBudget}, {@link PendingLoad}, {@link InvitationBurst}, {@link TodaysPace},
 * {@link TargetSpread} and {@link NetworkCap}. What an action would meet is
 * {@link ActionChecks}'; every sentence the rep reads is in {@link RepSentences}.
 *
 * <p>
 * Choices where LinkedIn publishes nothing, written down so the team can argue with them:
 * <ul>
 * <li>The weekly budget is a rolling 7 days: an invitation counts until exactly 7 days
 * after it.</li>
 * <li>Low acceptance cuts the budget only once 20 invitations have an outcome; the rate
 * used is that of the last 100 decided invitations (withdrawn and expired ones count as
 * not accepted).</li>
 * <li>Ramp-up counts weeks from the day the LinkedIn account started (in the team's
 * zone); its weekly cap is the daily figure times the team's working days.</li>
 * <li>Messages and personalized notes count per calendar day and month in the team's
 * zone.</li>
 * <li>InMail credits are spent oldest first; a refund goes back to the credit's own grant
 * and keeps its expiry (a credit whose grant has expired is gone).</li>
 * </ul>
 */
public final class LimitsEngine {

    public static final Duration WEEK = Duration.ofDays(7);

    public static final Duration CREDIT_LIFE = LinkedInFigures.INMAIL_CREDIT_LIFE;

    public static final Duration REFUND_WINDOW = LinkedInFigures.INMAIL_REFUND_WINDOW;
    static final Duration EXPIRING_SOON = Duration.ofDays(14);
    static final Duration EXPIRING_THIS_WEEK = Duration.ofDays(7);
    static final Duration AWAITING_REPLY = Duration.ofDays(7);
    static final int LAST_DECIDED = AcceptanceFactor.LAST_DECIDED;

    private LimitsEngine() {
    }

    /**
     * The member's headroom at an instant, from everything logged up to it: one reading
     * of the ledger, then each limit in turn. Health reasons are gathered in the order
     * the steps run and listed worst first.
     */
    public static Headroom evaluate(MemberFacts facts, List<LedgerEntry> ledger, Instant now) {
        var policy = facts.policy();
        var zone = ZoneId.of(policy.timeZone());
        var tier = facts.tierAt(now);
        ZonedDateTime local = now.atZone(zone);
        var read = LedgerReading.of(ledger, now, local.toLocalDate().atStartOfDay(zone).toInstant());
        var invitations = read.invitations;
        List<HealthReason> reasons = new ArrayList<>();

        // Restrictions and lockouts first: they stop everything else.
        Optional<Cooldown> cooldown = RestrictionCooldown.at(read.restrictions, policy, now);
        cooldown.ifPresent(c -> reasons.add(RestrictionCooldown.reason(c, policy, zone)));
        Map<Long, Instant> lockouts = invitations.lockouts(Duration.ofDays(policy.reinviteLockoutDays()), now);
        PastLimitHealth.reason(read.pastLimit, now, zone).ifPresent(reasons::add);

        var acceptance = AcceptanceFactor.of(invitations, policy, now);
        acceptance.reason().ifPresent(reasons::add);
        Optional<RampUp> ramp = rampUp(facts, policy, local, tier.weeklyInvitationBudget());
        var week = WeeklyBudget.of(tier, acceptance, ramp, policy.workingDays().size(), invitations, cooldown, now);
        var pending = PendingLoad.of(invitations, policy, now);
        reasons.addAll(pending.reasons());
        var burst = InvitationBurst.of(invitations, policy, now);
        burst.reason().ifPresent(reasons::add);
        OptionalInt notesLeft = tier.capsPersonalizedNotes()
                ? OptionalInt.of(Math.max(0,
                        tier.monthlyPersonalizedNotes() - invitations
                            .notesSince(local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant(), now)))
                : OptionalInt.empty();
        var today = TodaysPace.of(invitations, week, pending, cooldown, ramp, policy, local, now);
        var invitationState = new Invitations(week.budget(), week.reason(), week.sentThisWeek(), week.left(),
                week.nextFreesAt(), week.pausedUntil(), today.suggested(), today.todayTarget(), today.suggestion(),
                today.sentToday(), today.dailyCap(), today.mayStillSendToday(), burst.slowDownUntil(), pending.count(),
                policy.pendingInvitationsWarnAt(), policy.pendingInvitationsBlockAt(), pending.withdrawDue(),
                acceptance.last30Days(), acceptance.lastDecided(), notesLeft,
                tier.capsPersonalizedNotes() ? tier.monthlyPersonalizedNotes() : 0, ramp, burst.count(),
                invitations.pendingProspects(), invitations.connected());

        Instant nextDay = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        var messages = new Messages(read.messagesToday, tier.dailyMessageLimit(),
                Math.max(0, tier.dailyMessageLimit() - read.messagesToday), nextDay);

        var spread = TargetSpread.of(invitations, facts, now);
        spread.reason().ifPresent(reasons::add);
        var network = NetworkCap.of(facts, read, zone);
        network.reason().ifPresent(reasons::add);

        var inMail = read.credits.summary(facts, now, tier, zone);
        if (inMail.expiringSoon() > 0) {
            reasons.add(new HealthReason(Health.GREEN,
                    RepSentences.inMailExpiring(inMail.expiringSoon(), inMail.nextExpiry().orElseThrow(), zone)));
        }

        // The account's health is its worst reason, never an average.
        Health health = reasons.stream().map(HealthReason::level).max(Comparator.naturalOrder()).orElse(Health.GREEN);
        reasons.sort(Comparator.comparing(HealthReason::level).reversed());
        return new Headroom(now, tier.name(), invitationState, messages, inMail, cooldown, lockouts, health,
                List.copyOf(reasons), spread.targeting(), network.network());
    }

    /**
     * Entries up to the instant, without reversed entries and the reversals themselves,
     * in time order.
     */
    static List<LedgerEntry> effective(List<LedgerEntry> ledger, Instant now) {
        return LedgerReading.effective(ledger, now);
    }

    /**
     * The team's ramp-up rule has one home, {@link RampUpWeek}, which My limits reads
     * too.
     */
    private static Optional<RampUp> rampUp(MemberFacts facts, TeamPolicySettings policy, ZonedDateTime local,
            int tierBudget) {
        return RampUpWeek.of(policy, facts.linkedInStartedOn(), local.toLocalDate(), tierBudget)
            .map(r -> new RampUp(r.week(), r.daily(), r.weekly()));
    }

}

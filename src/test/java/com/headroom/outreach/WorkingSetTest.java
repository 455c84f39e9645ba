package com.headroom.outreach;

import static com.headroom.outreach.OutreachType.INMAIL_ACCEPTED;
import static com.headroom.outreach.OutreachType.INMAIL_BALANCE_CORRECTED;
import static com.headroom.outreach.OutreachType.INMAIL_CREDITS_GRANTED;
import static com.headroom.outreach.OutreachType.INMAIL_CREDIT_REFUNDED;
import static com.headroom.outreach.OutreachType.INMAIL_REPLIED;
import static com.headroom.outreach.OutreachType.INMAIL_SENT;
import static com.headroom.outreach.OutreachType.INVITATION_ACCEPTED;
import static com.headroom.outreach.OutreachType.INVITATION_DECLINED;
import static com.headroom.outreach.OutreachType.INVITATION_EXPIRED;
import static com.headroom.outreach.OutreachType.INVITATION_SENT;
import static com.headroom.outreach.OutreachType.INVITATION_WITHDRAWN;
import static com.headroom.outreach.OutreachType.MESSAGE_SENT;
import static com.headroom.outreach.OutreachType.RESTRICTION_REPORTED;
import static com.headroom.outreach.OutreachType.REVERSAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.MemberFacts.TierPeriod;
import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A working set gives the engine the same figures as the whole ledger, at the instant it
 * was built and at every later one until the next write: what lets the overview read a
 * hundred members without a hundred ledgers, and never contradict their My day.
 */
class WorkingSetTest {

    static final TierSettings SALES_NAV = new TierSettings("Sales Navigator Core", 200, null, 300, 50, 150,
            InMailRenewal.FIRST_OF_MONTH_UTC, SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200, 1900, null);
    static final TierSettings FREE = new TierSettings("Free", 100, 5, 200, 0, 0, InMailRenewal.NONE,
            SecondInMailRule.WAIT_FOR_REPLY, 120, 8000, 200, 1900, null);

    @Test
    void a_working_set_gives_the_engines_figures_of_the_whole_ledger_now_and_until_the_next_write() {
        var random = new Random(2026);
        int compared = 0;
        int paused = 0;
        for (int run = 0; run < 120; run++) {
            Instant built = Instant.parse("2026-11-25T09:00:00Z").plus(Duration.ofMinutes(random.nextInt(20_000)));
            var ledger = randomLedger(random, built, 400 + random.nextInt(2_500));
            var tier = random.nextBoolean() ? SALES_NAV : FREE;
            var facts = new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, tier)),
                    TeamPolicySettings.defaults("Europe/Berlin"), LocalDate.of(2025, 6, 3),
                    random.nextInt(4) == 0 ? LocalDate.of(2026, 11, 10) : null);
            var set = WorkingSet.of(ledger, built);
            if (LimitsEngine.evaluate(facts, ledger, built).restriction().isPresent()) {
                paused++;
            }
            assertThat(set.size()).isLessThanOrEqualTo(ledger.size());
            assertThat(WorkingSet.decode(WorkingSet.encode(set))).isEqualTo(set);
            for (long minutes : new long[] { 0, 1, 7, 60, 600, 60 * 24, 60 * 24 * 7, 60 * 24 * 20, 60 * 24 * 40 }) {
                Instant at = built.plus(Duration.ofMinutes(minutes));
                var whole = LimitsEngine.evaluate(facts, ledger, at);
                var fromSet = LimitsEngine.evaluate(facts, set, at);
                assertThat(figures(fromSet)).as("run %d, %d minutes after the working set was built", run, minutes)
                    .isEqualTo(figures(whole));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(120 * 9);
        assertThat(paused).as("runs without a cooldown in force, so that every figure is compared").isLessThan(60);
    }

    @Test
    void a_busy_year_keeps_only_the_part_the_engine_still_needs() {
        Instant built = Instant.parse("2026-11-25T09:00:00Z");
        var ledger = randomLedger(new Random(5), built, 10_000);
        var set = WorkingSet.of(ledger, built);
        assertThat(set.size()).as("entries kept of 10,000").isLessThan(3_500);
        assertThat(WorkingSet.encode(set).length).as("bytes stored").isLessThan(120_000);
    }

    /**
     * What the overview shows of a member's headroom: everything but the sets of
     * prospects.
     */
    static List<Object> figures(Headroom h) {
        var i = h.invitations();
        var m = h.inMail();
        return List.of(h.health(), h.reasons(), h.restriction(), h.lockouts(), i.weeklyBudget(), i.budgetReason(),
                i.sentThisWeek(), i.left(), i.nextFreesAt(), i.pausedUntil(), i.suggestedToday(), i.todayTarget(),
                i.suggestionReason(), i.sentToday(), i.dailyCap(), i.mayStillSendToday(), i.slowDownUntil(),
                i.pending(), i.withdrawDue(), i.acceptance30Days(), i.acceptanceLast100(), i.notesLeft(), i.burst(),
                h.messages(), m.balance(), m.expiringSoon(), m.expiringThisWeek(), m.nextExpiry(), m.nextGrantOn());
    }

    /** A ledger as reps and jobs write it, up to an instant, with undos among it. */
    static List<LedgerEntry> randomLedger(Random random, Instant until, int size) {
        List<LedgerEntry> entries = new ArrayList<>();
        long id = 1;
        Instant start = until.minus(Duration.ofDays(400));
        long span = Duration.between(start, until).getSeconds();
        for (int i = 0; i < size; i++) {
            // Denser in recent weeks, as a rep's ledger is.
            double skew = Math.pow(random.nextDouble(), 0.6);
            Instant at = start.plusSeconds((long) (span * skew));
            long prospect = 1 + random.nextInt(Math.max(10, size / 6));
            int pick = random.nextInt(100);
            LedgerEntry e;
            if (pick < 42) {
                e = new LedgerEntry(id, prospect, INVITATION_SENT, at, random.nextInt(3) == 0, null, null, 0,
                        random.nextInt(60) == 0 ? "WEEKLY_BUDGET" : null, random.nextInt(4) == 0);
            }
            else if (pick < 58) {
                e = LedgerEntry.of(id, prospect, INVITATION_ACCEPTED, at);
            }
            else if (pick < 64) {
                e = LedgerEntry.of(id, prospect, INVITATION_DECLINED, at);
            }
            else if (pick < 68) {
                e = LedgerEntry.of(id, prospect, INVITATION_WITHDRAWN, at);
            }
            else if (pick < 69) {
                e = LedgerEntry.of(id, prospect, INVITATION_EXPIRED, at);
            }
            else if (pick < 82) {
                e = new LedgerEntry(id, prospect, MESSAGE_SENT, at, false, null, null, 0,
                        random.nextInt(40) == 0 ? "DAILY_MESSAGES" : null, false);
            }
            else if (pick < 87) {
                e = LedgerEntry.of(id, prospect, INMAIL_SENT, at);
            }
            else if (pick < 89) {
                e = LedgerEntry.of(id, prospect, random.nextBoolean() ? INMAIL_REPLIED : INMAIL_ACCEPTED, at);
            }
            else if (pick < 92) {
                e = new LedgerEntry(id, 0, INMAIL_CREDITS_GRANTED, at, false, null, null, 5 + random.nextInt(40));
            }
            else if (pick < 93) {
                e = new LedgerEntry(id, 0, INMAIL_BALANCE_CORRECTED, at, false, null, null, random.nextInt(60));
            }
            else if (pick < 94 && random.nextInt(40) == 0) {
                // Rare, as restrictions are: most ledgers have no cooldown in force to
                // hide the other figures.
                e = new LedgerEntry(id, 0, RESTRICTION_REPORTED, at, false, null,
                        random.nextBoolean() ? at.plus(Duration.ofDays(3 + random.nextInt(20))) : null, 0);
            }
            else if (pick < 94) {
                e = LedgerEntry.of(id, prospect, OutreachType.PROFILE_VIEWED, at);
            }
            else if (pick < 97 && id > 2) {
                // Undo something logged earlier.
                e = new LedgerEntry(id, prospect, REVERSAL, at, false, 1 + (long) random.nextInt((int) id - 1), null,
                        0);
            }
            else {
                e = new LedgerEntry(id, 0, INMAIL_CREDIT_REFUNDED, at, false, 1 + (long) random.nextInt((int) id), null,
                        0);
            }
            entries.add(e);
            id++;
        }
        entries.sort(Comparator.comparing(LedgerEntry::at).thenComparingLong(LedgerEntry::id));
        return entries;
    }

}

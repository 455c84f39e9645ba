package com.headroom.bench;

import com.headroom.outreach.Headroom;
import com.headroom.outreach.LedgerEntry;
import com.headroom.outreach.LimitsEngine;
import com.headroom.outreach.MemberFacts;
import com.headroom.outreach.OutreachType;
import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The limits engine over one member-year of ledger, run by hand (not part of the test
 * suite):
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=$JAVA_HOME/bin/java \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main LimitsEngineBenchmark"
 * </pre>
 *
 * A year of a busy rep: 40 actions a working day (invitations with and without notes and
 * their outcomes, messages and replies, InMails and answers, profile views), monthly
 * credit grants, a restriction, some undone entries: {@link #ENTRIES} lines in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class LimitsEngineBenchmark {

    static final int ENTRIES = 10_000;

    private MemberFacts facts;

    private List<LedgerEntry> ledger;

    private Instant now;

    @Setup
    public void aMemberYear() {
        var zone = ZoneId.of("Europe/Berlin");
        var tier = new TierSettings("Sales Navigator Core", 200, null, 300, 50, 150, InMailRenewal.FIRST_OF_MONTH_UTC,
                SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200, 1900, null);
        facts = new MemberFacts(List.of(new MemberFacts.TierPeriod(Instant.EPOCH, tier)),
                TeamPolicySettings.defaults("Europe/Berlin"), LocalDate.of(2025, 11, 1), null);
        ledger = year(zone, new Random(1));
        now = ledger.getLast().at().plus(Duration.ofHours(2));
    }

    public static List<LedgerEntry> year(ZoneId zone, Random random) {
        List<LedgerEntry> entries = new ArrayList<>();
        long id = 1;
        long prospect = 1;
        var day = LocalDate.of(2025, 11, 3);
        List<long[]> open = new ArrayList<>();
        while (entries.size() < ENTRIES) {
            if (day.getDayOfMonth() == 1) {
                entries.add(new LedgerEntry(id++, 0, OutreachType.INMAIL_CREDITS_GRANTED,
                        day.atStartOfDay(ZoneId.of("UTC")).toInstant(), false, null, null, 50));
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                Instant t = day.atTime(9, 0).atZone(zone).toInstant();
                for (int i = 0; i < 40 && entries.size() < ENTRIES; i++) {
                    t = t.plusSeconds(300 + random.nextInt(300));
                    int kind = random.nextInt(100);
                    if (kind < 45 || open.isEmpty()) {
                        entries.add(new LedgerEntry(id, prospect, OutreachType.INVITATION_SENT, t, random.nextBoolean(),
                                null, null, 0));
                        open.add(new long[] { id++, prospect++ });
                    }
                    else if (kind < 75) {
                        var invitation = open.remove(random.nextInt(open.size()));
                        var outcome = random.nextInt(10) < 6 ? OutreachType.INVITATION_ACCEPTED : random.nextBoolean()
                                ? OutreachType.INVITATION_DECLINED : OutreachType.INVITATION_WITHDRAWN;
                        entries.add(new LedgerEntry(id++, invitation[1], outcome, t, false, invitation[0], null, 0));
                    }
                    else if (kind < 88) {
                        entries.add(
                                LedgerEntry.of(id++, 1 + random.nextInt((int) prospect), OutreachType.MESSAGE_SENT, t));
                    }
                    else if (kind < 93) {
                        entries.add(LedgerEntry.of(id++, 1 + random.nextInt((int) prospect),
                                OutreachType.MESSAGE_REPLIED, t));
                    }
                    else if (kind < 96) {
                        long to = prospect++;
                        entries.add(LedgerEntry.of(id++, to, OutreachType.INMAIL_SENT, t));
                        if (random.nextBoolean()) {
                            entries.add(LedgerEntry.of(id++, to, OutreachType.INMAIL_REPLIED, t.plusSeconds(3600)));
                        }
                    }
                    else if (kind < 99) {
                        entries.add(LedgerEntry.of(id++, 1 + random.nextInt((int) prospect),
                                OutreachType.PROFILE_VIEWED, t));
                    }
                    else {
                        entries.add(new LedgerEntry(id, 0, OutreachType.REVERSAL, t, false, id - 1, null, 0));
                        id++;
                    }
                }
            }
            if (day.equals(LocalDate.of(2026, 6, 10))) {
                entries.add(new LedgerEntry(id++, 0, OutreachType.RESTRICTION_REPORTED,
                        day.atTime(18, 0).atZone(zone).toInstant(), false, null, null, 0));
            }
            day = day.plusDays(1);
        }
        // As the store reads it: in time order.
        entries.sort(java.util.Comparator.comparing(LedgerEntry::at).thenComparingLong(LedgerEntry::id));
        return entries;
    }

    @Benchmark
    public Headroom evaluateAMemberYear() {
        return LimitsEngine.evaluate(facts, ledger, now);
    }

}

package com.headroom.outreach;

import com.headroom.bench.Runs;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.security.HeadroomUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server side of "log the invitation" one at a time, without load around it, on a
 * database the load benchmark built (run by hand, not in the suite):
 *
 * <pre>
 * HEADROOM_BENCH_MARIADB_URL='jdbc:mariadb://127.0.0.1:3306/headroom_load?sslMode=disable' \
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.headroom.outreach.LogInvitationBenchmark
 * </pre>
 *
 * As a demo rep (dana@acme.example unless HEADROOM_BENCH_REP names another) it adds
 * prospects, then for each logs an invitation (with a reason, as the form asks when the
 * week is past its limit) and reads the prospect's outreach again, as the prospect's panel
 * does after a log: 30 untimed, then 200 timed. The rep's ledger grows by 230 invitations.
 */
public final class LogInvitationBenchmark {

    private static final int WARM_UP = 30;

    private static final int RUNS = 200;

    private LogInvitationBenchmark() {
    }

    public static void main(String[] args) {
        String url = Runs.env("HEADROOM_BENCH_MARIADB_URL",
                "jdbc:mariadb://127.0.0.1:3306/headroom_load?sslMode=disable");
        try (var context = Runs.startHeadroom(url, "--headroom.jobs.enabled=false")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var rep = (HeadroomUser) context.getBean(UserDetailsService.class)
                .loadUserByUsername(Runs.env("HEADROOM_BENCH_REP", "dana@acme.example"));
            long teamId = jdbc.queryForObject("SELECT team_id FROM account WHERE id = ?", Long.class,
                    rep.accountId());
            var prospects = context.getBean(ProspectService.class);
            var outreach = context.getBean(OutreachService.class);
            var panel = context.getBean(ProspectOutreachService.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                String last = "Bench" + UUID.randomUUID().toString().substring(0, 8);
                ids.add(Runs.as(rep,
                        () -> prospects.add(teamId,
                                new ProspectDraft("Lena", last, "", "Benchmark GmbH",
                                        "https://www.linkedin.com/in/lena-" + last.toLowerCase(Locale.ROOT), "",
                                        EmailStatus.UNKNOWN, "", "", null, Set.of(), ""))
                            .id()));
            }
            int[] next = { 0 };
            long[] pastLimit = { 0 };
            double[] log = Runs.measure(rep, WARM_UP, RUNS, () -> {
                var logged = outreach.log(LogRequest
                    .now(ids.get(next[0]++), OutreachType.INVITATION_SENT, UUID.randomUUID().toString())
                    .withReason("Met at the trade fair"));
                if (next[0] > WARM_UP && !logged.pastLimits().isEmpty()) {
                    pastLimit[0]++;
                }
                return logged;
            });
            int[] again = { 0 };
            double[] reread = Runs.measure(rep, WARM_UP, RUNS, () -> panel.forProspect(ids.get(again[0]++)));
            // The parts, interleaved so that a slower minute of the machine weighs on both
            // ways of refreshing the digest alike.
            var store = context.getBean(OutreachStore.class);
            var digests = context.getBean(LedgerDigests.class);
            var seats = context.getBean(MemberSeats.class);
            var playbook = context.getBean(PlaybookStore.class);
            var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long lastId = jdbc.queryForObject("SELECT MAX(id) FROM outreach_entry WHERE member_id = ?", Long.class,
                    rep.accountId());
            var seat = Runs.as(rep, () -> seats.require(rep.accountId()));
            double[][] parts = new double[6][RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                var ledger = new ArrayList<>(store.ledger(rep.accountId()));
                ledger.removeIf(e -> e.id() == lastId);
                long t0 = System.nanoTime();
                store.ledger(rep.accountId());
                long t1 = System.nanoTime();
                Runs.as(rep, () -> transaction.execute(status -> seats.require(rep.accountId())));
                long t2 = System.nanoTime();
                transaction.executeWithoutResult(status -> digests.refresh(seat));
                long t3 = System.nanoTime();
                transaction.executeWithoutResult(status -> digests.refreshAfterAppend(seat, ledger, lastId));
                long t4 = System.nanoTime();
                transaction.executeWithoutResult(status -> playbook.invitedPlaces(rep.accountId(),
                        java.time.Instant.now().minus(MemberSeats.PLACES_FOR)));
                long t5 = System.nanoTime();
                // The team overview's way, by id lists: what one rep's read did before.
                transaction.executeWithoutResult(status -> playbook.invitedPlaces(List.of(rep.accountId()),
                        java.time.Instant.now().minus(MemberSeats.PLACES_FOR)));
                long t6 = System.nanoTime();
                if (i >= 0) {
                    parts[0][i] = (t1 - t0) / 1e6;
                    parts[1][i] = (t2 - t1) / 1e6;
                    parts[2][i] = (t3 - t2) / 1e6;
                    parts[3][i] = (t4 - t3) / 1e6;
                    parts[4][i] = (t5 - t4) / 1e6;
                    parts[5][i] = (t6 - t5) / 1e6;
                }
            }
            long entries = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ?", Long.class,
                    rep.accountId());
            System.out.printf(Locale.ENGLISH, "Logging an invitation, %s, %s: %,d ledger entries after the runs,"
                    + " %d of %d timed logs past a limit%n", url.replaceAll("\\?.*", ""), rep.getUsername(), entries,
                    pastLimit[0], RUNS);
            print("log an invitation (OutreachService.log)", log);
            print("the prospect's outreach again (ProspectOutreachService.forProspect)", reread);
            print("  part: reading the rep's ledger (OutreachStore.ledger)", sorted(parts[0]));
            print("  part: the rep's seat, tiers and policy (MemberSeats.require, in a transaction)", sorted(parts[1]));
            print("  part: the digests from the ledger read again (LedgerDigests.refresh)", sorted(parts[2]));
            print("  part: the digests from the ledger already read and the new line (refreshAfterAppend)",
                    sorted(parts[3]));
            print("  part of the seat: the people invited in 8 days and where they are (PlaybookStore.invitedPlaces)",
                    sorted(parts[4]));
            print("  the same places read by id lists of 1,000, as the team overview reads them", sorted(parts[5]));
        }
        System.exit(0);
    }

    private static double[] sorted(double[] millis) {
        var copy = millis.clone();
        java.util.Arrays.sort(copy);
        return new double[] { copy[copy.length / 2], copy[(int) (copy.length * 0.95) - 1], copy[copy.length - 1] };
    }

    private static void print(String what, double[] millis) {
        System.out.printf(Locale.ENGLISH, "  %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, millis[0], millis[1],
                millis[2]);
    }

}

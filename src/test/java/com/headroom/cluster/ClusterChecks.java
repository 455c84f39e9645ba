package com.headroom.cluster;

import com.headroom.uidl.VaadinClient;
import com.headroom.uidl.VaadinClient.SignedOut;
import com.headroom.uidl.UidlTree;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What a cluster must do for its users, checked through HAProxy and the app nodes as
 * people use them. Each check returns the line the README's table reports, and throws an
 * {@link AssertionError} saying what went wrong.
 */
final class ClusterChecks {

    static final String PASSWORD = "pace-your-outreach";

    static final String DANA = "dana@acme.example";

    /** Premium Business: a second InMail to the same person waits for their answer. */
    static final String SAM = "sam@acme.example";

    static final String ADMIN = "admin@acme.example";

    private final Cluster cluster;

    ClusterChecks(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * (a) A member signed in through the proxy keeps working, every request on one node.
     */
    String stickyJourney() throws Exception {
        var dana = new VaadinClient(cluster.proxy(), "sticky-dana");
        check(dana.signIn(DANA, PASSWORD), "dana could not sign in through the proxy");
        long prospect = prospectOf(DANA, "");
        int pages = 0;
        for (String page : List.of("", "prospects", "prospects?open=" + prospect, "limits", "network/search", "")) {
            var ui = dana.open(page);
            check(ui.received().length() > 1_000, "the page " + page + " came back empty");
            pages++;
        }
        var servers = new TreeMap<String, Integer>();
        for (String line : cluster.proxyLog()) {
            if (line.contains("\"sticky-dana\"")) {
                servers.merge(line.split(" ")[2], 1, Integer::sum);
            }
        }
        check(servers.size() == 1, "dana's requests went to " + servers);
        int requests = servers.values().iterator().next();
        check(requests >= pages * 3, "too few requests logged: " + servers);
        return "(a) " + requests + " requests of one member (" + pages + " pages) through HAProxy, all on "
                + servers.keySet().iterator().next().replace("headroom/", "");
    }

    /**
     * (b) One member's InMail to one prospect, sent at once from 50 browsers split over
     * both nodes: exactly one is logged, the other 49 are refused.
     */
    String concurrentInMails(int browsers) throws Exception {
        long prospect = prospectOf(SAM, " AND NOT EXISTS (SELECT 1 FROM outreach_entry e WHERE e.prospect_id = p.id"
                + " AND e.type LIKE 'INMAIL%')");
        var pool = Executors.newFixedThreadPool(browsers);
        // Sign-ins four at a time: the throttle counts a try as failed until its password
        // is
        // checked, and 50 at once for one account would look like guessing.
        var signIns = Executors.newFixedThreadPool(4);
        try {
            var opened = new ArrayList<Future<VaadinClient.Ui>>();
            var byNode = new ConcurrentHashMap<String, AtomicInteger>();
            for (int i = 0; i < browsers; i++) {
                int n = i;
                opened.add(signIns.submit(() -> {
                    var sam = new VaadinClient(cluster.proxy(), "inmail-" + n);
                    check(sam.signIn(SAM, PASSWORD), "sam could not sign in (" + n + ")");
                    byNode.computeIfAbsent(sam.cookie(Cluster.STICKY_COOKIE).orElse("?"), k -> new AtomicInteger())
                        .incrementAndGet();
                    var ui = sam.open("prospects?open=" + prospect);
                    ui.click(ui.button("InMail sent…"));
                    ui.type(ui.field("Subject"), "Your team's Q1 plans");
                    ui.type(ui.field("InMail"), "A short InMail, sent once, whatever the number of tabs.");
                    return ui;
                }));
            }
            var uis = new ArrayList<VaadinClient.Ui>();
            for (var f : opened) {
                uis.add(f.get());
            }
            check(byNode.size() == 2, "all browsers landed on one node: " + byNode);
            var barrier = new CyclicBarrier(browsers);
            var answers = new ArrayList<Future<String>>();
            for (var ui : uis) {
                answers.add(pool.submit(() -> {
                    var log = ui.button("Log InMail");
                    barrier.await();
                    ui.click(log);
                    return ui.lastResponse();
                }));
            }
            int logged = 0;
            int refused = 0;
            for (var f : answers) {
                String answer = f.get();
                if (answer.contains("Logged: InMail sent")) {
                    logged++;
                }
                else if (answer.contains("refuses a second InMail to the same person")) {
                    refused++;
                }
            }
            long stored = cluster.count("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ? AND type = ?",
                    prospect, "INMAIL_SENT");
            check(stored == 1, stored + " InMails stored for one prospect");
            check(logged == 1 && refused == browsers - 1,
                    logged + " browsers were told it was logged, " + refused + " that it was refused");
            return "(b) " + browsers + " browsers (" + split(byNode) + ") log one InMail at once: " + stored
                    + " stored, " + refused + " refused (\"a second InMail\")";
        }
        finally {
            signIns.shutdownNow();
            pool.shutdownNow();
        }
    }

    /** (c) Each scheduled job ran once per firing, across both nodes. */
    String jobsRanOnce(String job, Instant since, Duration every) throws SQLException {
        var ticks = new TreeMap<Long, List<String>>();
        try (var connection = cluster.database();
                var select = connection.prepareStatement(
                        "SELECT started_at, node_name FROM scheduled_job_run WHERE job_name = ? AND started_at >= ?")) {
            select.setString(1, job);
            select.setTimestamp(2, Timestamp.from(since));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    long tick = rows.getTimestamp(1).toInstant().toEpochMilli() / every.toMillis();
                    ticks.computeIfAbsent(tick, t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        check(ticks.size() >= 3, job + " fired only " + ticks.size() + " times");
        var twice = ticks.values().stream().filter(nodes -> nodes.size() > 1).toList();
        check(twice.isEmpty(), job + " ran more than once in a firing: " + twice);
        Map<String, Long> byNode = ticks.values()
            .stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        return "(c) " + job + " fired " + ticks.size() + " times every " + every.toSeconds() + " s: once each ("
                + byNode + ")";
    }

    /**
     * (f) An admin on node A deactivates a member signed in on node B; B refuses the
     * member within 5 seconds.
     */
    String deactivationOnOtherNode(String adminNode, String memberNode) throws Exception {
        String email = one("SELECT email FROM account WHERE role = 'MEMBER' AND active = TRUE AND email NOT IN (?, ?)"
                + " AND password_hash IS NOT NULL ORDER BY id DESC LIMIT 1", DANA, SAM);
        long id = Long.parseLong(one("SELECT id FROM account WHERE email = ?", email));
        var member = new VaadinClient(cluster.node(memberNode).uri(), "deactivated");
        check(member.signIn(email, PASSWORD), email + " could not sign in on " + memberNode);
        var memberUi = member.open("");
        var admin = new VaadinClient(cluster.node(adminNode).uri(), "admin");
        check(admin.signIn(ADMIN, PASSWORD), "the admin could not sign in on " + adminNode);
        var people = admin.open("people?open=" + id);
        people.click(people.button("Deactivate"));
        var confirm = people.find(e -> e.tag.equals("vaadin-confirm-dialog"))
            .orElseThrow(() -> new AssertionError("no confirmation for the deactivation"));
        people.send(List.of(UidlTree.event(confirm.id, "confirm", UidlTree.JSON.createObjectNode())));
        Instant deactivated = Instant.now();
        check(people.received().contains("deactivated."), "the admin was not told the account is deactivated");
        Duration refusedAfter = null;
        while (Duration.between(deactivated, Instant.now()).toSeconds() < 10) {
            try {
                memberUi.send(List.of());
                Thread.sleep(100);
            }
            catch (SignedOut refused) {
                refusedAfter = Duration.between(deactivated, Instant.now());
                break;
            }
        }
        check(refusedAfter != null, memberNode + " still served " + email + " 10 s after the deactivation");
        check(refusedAfter.toMillis() <= 5_000, memberNode + " refused " + email + " only after " + refusedAfter);
        check(!new VaadinClient(cluster.node(memberNode).uri(), "deactivated-again").signIn(email, PASSWORD),
                "the deactivated account signed in again");
        return "(f) an admin on " + adminNode + " deactivates a member signed in on " + memberNode + ": refused after "
                + refusedAfter.toMillis() + " ms (at most 5,000)";
    }

    /**
     * (e) One app node is killed: its users reach the other after signing in again, and
     * what they saved is there.
     */
    String killedNode() throws Exception {
        var dana = new VaadinClient(cluster.proxy(), "survivor");
        check(dana.signIn(DANA, PASSWORD), "dana could not sign in");
        String first = dana.cookie(Cluster.STICKY_COOKIE).orElseThrow();
        long prospect = prospectOf(DANA, "");
        var ui = dana.open("prospects?open=" + prospect);
        ui.click(ui.button("They replied"));
        check(ui.lastResponse().contains("Logged: Message replied to"), "the reply was not logged");
        long saved = cluster.count("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ?", prospect);
        String historyBefore = history(ui);

        cluster.kill(first);
        boolean signedOut = false;
        try {
            dana.open("prospects?open=" + prospect);
        }
        catch (SignedOut expected) {
            signedOut = true;
        }
        check(signedOut, "the session survived its node");
        check(dana.signIn(DANA, PASSWORD), "dana could not sign in again");
        String second = dana.cookie(Cluster.STICKY_COOKIE).orElseThrow();
        check(!second.equals(first), "still sent to the dead node " + first);
        var again = dana.open("prospects?open=" + prospect);
        check(cluster.count("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ?", prospect) == saved,
                "entries lost or doubled");
        check(history(again).equals(historyBefore),
                "the history read differently:\n" + historyBefore + "\n" + history(again));
        return "(e) " + first + " killed: the member signed in again on " + second + "; the prospect's " + saved
                + " ledger entries and its history read the same";
    }

    /**
     * (d) A member logs replies one after another through the proxy while
     * {@code killWriteNode} kills the Galera node taking the writes: the app carries on
     * through the next node, and every entry the member was told about is stored, once.
     */
    String ledgerThroughFailover(int clicks, int killAfter, Runnable killWriteNode) throws Exception {
        var dana = new VaadinClient(cluster.proxy(), "failover-dana");
        check(dana.signIn(DANA, PASSWORD), "dana could not sign in");
        // Another of her prospects than (e)'s, which logs on the first.
        long prospect = Long.parseLong(one(
                "SELECT MAX(p.id) FROM prospect p JOIN account a ON a.id = p.owner_id" + " WHERE a.email = ?", DANA));
        long before = cluster.count("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ?", prospect);
        var ui = dana.open("prospects?open=" + prospect);
        int acknowledged = 0;
        int failed = 0;
        long slowest = 0;
        Instant killedAt = null;
        for (int i = 0; i < clicks; i++) {
            if (i == killAfter) {
                killWriteNode.run();
                killedAt = Instant.now();
            }
            long start = System.nanoTime();
            try {
                ui.click(ui.button("They replied"));
                if (ui.lastResponse().contains("Logged: Message replied to")) {
                    acknowledged++;
                }
                else {
                    failed++;
                }
            }
            catch (java.io.IOException lost) {
                failed++;
                ui = dana.open("prospects?open=" + prospect);
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            if (i >= killAfter) {
                slowest = Math.max(slowest, took);
            }
        }
        long stored = cluster.count("SELECT COUNT(*) FROM outreach_entry WHERE prospect_id = ?", prospect) - before;
        long keys = cluster.count("SELECT COUNT(DISTINCT idempotency_key) FROM outreach_entry WHERE prospect_id = ?",
                prospect) - before;
        check(stored >= acknowledged, "lost: " + acknowledged + " acknowledged, " + stored + " stored");
        check(stored <= acknowledged + failed,
                "doubled: " + stored + " stored for " + (acknowledged + failed) + " clicks");
        check(keys == stored, "an idempotency key was stored twice");
        check(acknowledged >= clicks - 2, "too many clicks failed after the kill: " + failed);
        return "(d) " + clicks + " replies logged one by one, the write node killed after " + killAfter + ": "
                + acknowledged + " confirmed, " + failed + " failed, " + stored + " stored (none lost, none doubled);"
                + " slowest click after the kill " + slowest + " ms";
    }

    private static String history(VaadinClient.Ui ui) {
        return ui.find(e -> e.classes.contains("outreach-history"))
            .map(ui::textOf)
            .orElseThrow(() -> new AssertionError("no history on the prospect"));
    }

    private long prospectOf(String email, String condition) throws SQLException {
        return Long.parseLong(one("SELECT p.id FROM prospect p JOIN account a ON a.id = p.owner_id WHERE a.email = ?"
                + condition + " ORDER BY p.id LIMIT 1", email));
    }

    private String one(String sql, Object... arguments) throws SQLException {
        try (var connection = cluster.database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (var rows = statement.executeQuery()) {
                check(rows.next(), "nothing found for " + sql);
                return rows.getString(1);
            }
        }
    }

    private static String split(Map<String, AtomicInteger> byNode) {
        return byNode.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getValue() + " on " + e.getKey())
            .collect(Collectors.joining(", "));
    }

    static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

}

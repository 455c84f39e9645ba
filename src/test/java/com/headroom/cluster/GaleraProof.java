package com.headroom.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Galera half of the cluster proof, run by deploy/cluster/prove-galera.sh once it has
 * three Galera nodes up: two app nodes from the production jar on Connector/J's
 * sequential URL, HAProxy in front, then checks (a) to (f), killing the write node for
 * (d). Prints one line per check and exits non-zero when one fails.
 *
 * <p>
 * Arguments: the JDBC URL, the production jar, a work folder, the pid file of the Galera
 * node that takes the writes.
 */
final class GaleraProof {

    private GaleraProof() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path jar = Path.of(args[1]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[2])).toAbsolutePath();
        Path writeNodePid = Path.of(args[3]);
        var lines = new ArrayList<String>();
        int failures = 0;
        Instant started = Instant.now();
        try (var cluster = new Cluster(jar, work, url, "root", "",
                List.of("--headroom.jobs.grants-cron=*/5 * * * * *", "--headroom.jobs.lock-at-least-for=PT3S",
                        "--spring.datasource.hikari.max-lifetime=30000", "--logging.level.root=WARN",
                        "--logging.level.com.headroom=INFO"))) {
            long t0 = System.nanoTime();
            cluster.startNode("node-a", Duration.ofMinutes(5));
            cluster.startNode("node-b", Duration.ofMinutes(3));
            cluster.startProxy();
            lines.add("two app nodes and HAProxy up on Galera in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
            var checks = new ClusterChecks(cluster);
            List<Check> all = List.of(checks::stickyJourney, () -> checks.concurrentInMails(50),
                    () -> checks.deactivationOnOtherNode("node-a", "node-b"),
                    () -> checks.ledgerThroughFailover(40, 15, () -> kill(writeNodePid)),
                    () -> checks.jobsRanOnce("inmail-grants", started, Duration.ofSeconds(5)), checks::killedNode);
            for (var check : all) {
                try {
                    lines.add(check.run());
                }
                catch (AssertionError | Exception failed) {
                    failures++;
                    lines.add("FAILED: " + failed);
                }
                System.out.println("[galera] " + lines.getLast());
            }
        }
        System.out.println();
        lines.forEach(line -> System.out.println("[galera] " + line));
        System.exit(failures == 0 ? 0 : 1);
    }

    @FunctionalInterface
    interface Check {

        String run() throws Exception;

    }

    private static void kill(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        catch (Exception e) {
            throw new IllegalStateException("could not kill the write node from " + pidFile, e);
        }
    }

}

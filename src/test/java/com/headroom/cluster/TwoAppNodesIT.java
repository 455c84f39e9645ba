package com.headroom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two app nodes from the production jar on one MariaDB, behind HAProxy with a sticky
 * cookie and health checks: the part of the cluster proof that runs in every CI build
 * (the Galera part is deploy/cluster/prove-galera.sh). Needs the jar (built by
 * {@code ./mvnw verify} before this runs), HEADROOM_TEST_MARIADB_URL and haproxy; skipped
 * without them unless HEADROOM_REQUIRE_CLUSTER=true, as .ci/run sets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoAppNodesIT {

    private static Cluster cluster;

    private static ClusterChecks checks;

    private static Instant started;

    private static String databaseUrl;

    @BeforeAll
    static void twoNodesAndAProxy() throws Exception {
        String url = System.getenv("HEADROOM_TEST_MARIADB_URL");
        var jar = Cluster.productionJar();
        boolean haproxy = Files.isExecutable(Path.of("/usr/sbin/haproxy"))
                || Files.isExecutable(Path.of("/usr/bin/haproxy"));
        boolean ready = url != null && jar != null && haproxy;
        if (!ready && "true".equalsIgnoreCase(System.getenv("HEADROOM_REQUIRE_CLUSTER"))) {
            throw new IllegalStateException("HEADROOM_REQUIRE_CLUSTER=true, but the run is missing "
                    + (url == null ? "HEADROOM_TEST_MARIADB_URL " : "") + (jar == null ? "the production jar " : "")
                    + (haproxy ? "" : "haproxy (apt-get install haproxy)"));
        }
        Assumptions.assumeTrue(ready, "TwoAppNodesIT SKIPPED: needs HEADROOM_TEST_MARIADB_URL, haproxy and the"
                + " production jar; .ci/run has all three");
        databaseUrl = Cluster.ownDatabase(url, "_cluster");
        var work = Files.createDirectories(Path.of("target/cluster"));
        cluster = new Cluster(jar, work.toAbsolutePath(), databaseUrl, env("HEADROOM_TEST_MARIADB_USER", "root"),
                env("HEADROOM_TEST_MARIADB_PASSWORD", ""),
                List.of("--headroom.jobs.grants-cron=*/5 * * * * *", "--headroom.jobs.lock-at-least-for=PT3S",
                        "--spring.datasource.hikari.max-lifetime=30000", "--logging.level.root=WARN",
                        "--logging.level.com.headroom=INFO"));
        started = Instant.now();
        // One after the other, as a rolling start: the first loads the demo organisation.
        cluster.startNode("node-a", Duration.ofMinutes(4));
        cluster.startNode("node-b", Duration.ofMinutes(2));
        cluster.startProxy();
        checks = new ClusterChecks(cluster);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (cluster != null) {
            cluster.close();
            Cluster.dropDatabase(databaseUrl, env("HEADROOM_TEST_MARIADB_USER", "root"),
                    env("HEADROOM_TEST_MARIADB_PASSWORD", ""));
        }
    }

    @Test
    @Order(1)
    void a_member_signed_in_through_the_proxy_keeps_working_on_one_node() throws Exception {
        report(checks.stickyJourney());
    }

    @Test
    @Order(2)
    void fifty_browsers_logging_one_inmail_on_both_nodes_log_it_once() throws Exception {
        report(checks.concurrentInMails(50));
    }

    @Test
    @Order(3)
    void an_admin_on_one_node_deactivates_a_member_signed_in_on_the_other_who_is_refused_within_5_seconds()
            throws Exception {
        report(checks.deactivationOnOtherNode("node-a", "node-b"));
    }

    @Test
    @Order(4)
    void each_scheduled_job_runs_once_per_firing_across_both_nodes() throws Exception {
        report(checks.jobsRanOnce("inmail-grants", started, Duration.ofSeconds(5)));
    }

    @Test
    @Order(5)
    void a_killed_nodes_users_sign_in_again_on_the_other_and_find_what_they_saved() throws Exception {
        report(checks.killedNode());
    }

    private static void report(String line) {
        System.out.println("[cluster] " + line);
        assertThat(line).isNotBlank();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

}

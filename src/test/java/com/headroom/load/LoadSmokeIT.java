package com.headroom.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.cluster.Cluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A guard against gross regressions, not the benchmark: 20 people use the production jar
 * for 60 seconds through {@link HeadroomSimulation} (the same journeys as the README's
 * runs), and the build fails on any error or on any step whose 95th percentile is over
 * 500 ms. On MariaDB when HEADROOM_TEST_MARIADB_URL is set (.ci/run), else on the
 * embedded H2, so that {@code ./mvnw verify} runs it on a machine with only a JDK.
 */
class LoadSmokeIT {

    @Test
    void twenty_people_for_a_minute_meet_no_error_and_no_step_over_500_ms_at_the_95th_percentile() throws Exception {
        var jar = Cluster.productionJar();
        Assumptions.assumeTrue(jar != null,
                "LoadSmokeIT SKIPPED: no production jar in target (./mvnw verify builds it)");
        var work = Files.createDirectories(Path.of("target/load-smoke")).toAbsolutePath();
        String mariadb = System.getenv("HEADROOM_TEST_MARIADB_URL");
        String url = mariadb != null ? Cluster.ownDatabase(mariadb, "_load")
                : "jdbc:h2:file:" + work.resolve("headroom") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
        String user = mariadb != null ? env("HEADROOM_TEST_MARIADB_USER", "root") : "sa";
        String password = mariadb != null ? env("HEADROOM_TEST_MARIADB_PASSWORD", "") : "";
        if (mariadb == null) {
            try (var old = Files.list(work)) {
                for (var file : old.filter(f -> f.getFileName().toString().startsWith("headroom.")).toList()) {
                    Files.delete(file);
                }
            }
        }
        try (var node = new Cluster(jar, work, url, user, password,
                List.of("--logging.level.root=WARN", "--logging.level.com.headroom=INFO"))) {
            var started = node.startNode("node-a", Duration.ofMinutes(4));
            // A first pass of every journey warms the JVM (the first render of a screen
            // compiles its code); only the second counts.
            var warmUp = gatling(started.uri().toString(), work, "warm-up", 6, 25, 100_000);
            assertThat(warmUp.waitFor(3, TimeUnit.MINUTES)).as("the warm-up finished").isTrue();
            var gatling = gatling(started.uri().toString(), work, "gatling", 20, 60, 500);
            assertThat(gatling.waitFor(6, TimeUnit.MINUTES)).as("Gatling finished").isTrue();
            String report = Files.readString(work.resolve("gatling.log"));
            int summary = report.lastIndexOf("---- Global Information");
            System.out.println(summary < 0 ? report : report.substring(summary));
            assertThat(report).as("no request failed")
                .containsPattern("> KO\\s+0\\s+\\(0%\\)")
                .doesNotContain("false (actual");
            assertThat(gatling.exitValue()).as("Gatling's assertions (see target/load-smoke/gatling.log)").isZero();
        }
        finally {
            if (mariadb != null) {
                Cluster.dropDatabase(url, user, password);
            }
        }
    }

    private static Process gatling(String baseUrl, Path work, String name, int users, int seconds, int p95Millis)
            throws java.io.IOException {
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-Dload.baseUrl=" + baseUrl, "-Dload.users=" + users, "-Dload.seconds=" + seconds,
                "-Dload.rampSeconds=" + Math.min(20, seconds / 3), "-Dload.p95Millis=" + p95Millis, "-cp",
                testClassPath(), "io.gatling.app.Gatling", "-s", HeadroomSimulation.class.getName(), "-rf",
                work.resolve(name).toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(work.resolve(name + ".log").toFile())
            .start();
    }

    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

}

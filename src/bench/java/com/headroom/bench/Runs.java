package com.headroom.bench;

import com.headroom.Application;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the MariaDB benchmark harnesses share: Headroom started on the benchmark's
 * database, and a screen timed as a signed-in person, after a warm-up.
 */
public final class Runs {

    private Runs() {
    }

    /**
     * Headroom in the mariadb profile on this database (user and password from
     * HEADROOM_BENCH_MARIADB_USER and HEADROOM_BENCH_MARIADB_PASSWORD, default root and
     * empty), with a first administrator, on a random port, logging warnings only.
     */
    public static ConfigurableApplicationContext startHeadroom(String url, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("HEADROOM_BENCH_MARIADB_USER", "root"),
                "--spring.datasource.password=" + env("HEADROOM_BENCH_MARIADB_PASSWORD", ""), "--server.port=0",
                "--headroom.admin.email=bench@headroom.test", "--headroom.admin.password=a long benchmark password",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(Application.class).profiles("mariadb")
            .run(arguments.toArray(String[]::new));
    }

    /** The environment variable, or the fallback when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * p50, p95 and max in milliseconds of {@code runs} calls after {@code warmUp} untimed
     * ones.
     */
    public static double[] measure(HeadroomUser user, int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            as(user, work);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            as(user, work);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] { millis[runs / 2], millis[(int) (runs * 0.95) - 1], millis[runs - 1] };
    }

    /** The work's result, computed as the person would be signed in. */
    public static <T> T as(HeadroomUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemAuthentication.runAs(user, () -> result.add(work.get()));
        return result.getFirst();
    }

}

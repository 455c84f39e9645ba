package com.headroom.bench;

import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** How the MariaDB benchmark harnesses time a screen: as a signed-in person, after a warm-up. */
public final class Runs {

    private Runs() {
    }

    /** p50, p95 and max in milliseconds of {@code runs} calls after {@code warmUp} untimed ones. */
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
        return new double[] {millis[runs / 2], millis[(int) (runs * 0.95) - 1], millis[runs - 1]};
    }

    /** The work's result, computed as the person would be signed in. */
    public static <T> T as(HeadroomUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemAuthentication.runAs(user, () -> result.add(work.get()));
        return result.getFirst();
    }
}

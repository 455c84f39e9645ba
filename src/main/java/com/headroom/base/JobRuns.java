package com.headroom.base;

import com.headroom.security.NodeName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records each run of a scheduled job in the database: which node ran it, when, and what
 * it did. ShedLock keeps only the current lock; this is the history that shows a job ran
 * once per schedule across all nodes, and when it last ran at all.
 */
@Component
public class JobRuns {

    /** What one run did. */
    public record Outcome(int itemsWritten, int failures) {

        public static final Outcome NOTHING = new Outcome(0, 0);

    }

    /** One job's work, telling what it did. */
    @FunctionalInterface
    public interface Work {

        Outcome run();

    }

    /** A job run as an admin (or a test) reads it. */
    public record Run(String nodeName, java.time.Instant startedAt, java.time.Instant finishedAt, int itemsWritten,
            int failures) {
    }

    /**
     * Every job holds its lock at least this long, even when its work takes milliseconds:
     * a node whose scheduler fires a moment after another's must find the lock still
     * held, not released, or the job runs twice. Shorter than every schedule's interval.
     */
    public static final String LOCK_AT_LEAST_FOR = "${headroom.jobs.lock-at-least-for:PT1M}";

    /** Runs are kept this long. */
    static final Duration KEPT = Duration.ofDays(30);

    private final JobRunStore store;

    private final NodeName node;

    private final Clock clock;

    JobRuns(JobRunStore store, NodeName node, Clock clock) {
        this.store = store;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Runs the job's work and records the run; a run that throws is recorded as one
     * failure and the exception goes on to the scheduler.
     */
    public Outcome record(String jobName, Work work) {
        long id = store.started(jobName, node.get(), clock.instant());
        Outcome outcome = new Outcome(0, 1);
        try {
            outcome = work.run();
            return outcome;
        }
        finally {
            store.finished(id, clock.instant(), outcome.itemsWritten(), outcome.failures());
        }
    }

    /** The job's runs started at or after {@code from}, oldest first. */
    public List<Run> since(String jobName, java.time.Instant from) {
        return store.since(jobName, from)
            .stream()
            .map(r -> new Run(r.nodeName(), r.startedAt(), r.finishedAt(), r.itemsWritten(), r.failures()))
            .toList();
    }

    /** Forgets runs older than {@link #KEPT}; returns how many. */
    public int forgetOldRuns() {
        return store.deleteStartedBefore(clock.instant().minus(KEPT));
    }

}

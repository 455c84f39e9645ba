package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.TestClock;
import com.headroom.outreach.OutreachJobs;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every scheduled job's run is recorded: where it ran, when, and what it did. */
@HeadroomTest
class JobRunsTest {

    @Autowired
    JobRuns runs;

    @Autowired
    OutreachJobs outreachJobs;

    @Autowired
    HousekeepingJobs housekeeping;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_grants_job_and_the_housekeeping_record_their_runs_with_this_node_and_their_counts() {
        Instant before = Instant.now().minusSeconds(1);
        outreachJobs.grantCredits();
        housekeeping.forgetGoneSessions();

        assertThat(runs.since("inmail-grants", before)).last().satisfies(run -> {
            assertThat(run.nodeName()).as("the host and port of this node").endsWith(":8080");
            assertThat(run.finishedAt()).isNotNull().isAfterOrEqualTo(run.startedAt());
            assertThat(run.failures()).isZero();
        });
        assertThat(runs.since("session-records", before)).hasSize(1);
    }

    @Test
    void a_run_that_throws_is_recorded_as_a_failure_and_the_exception_goes_on() {
        Instant before = Instant.now().minusSeconds(1);
        assertThatThrownBy(() -> runs.record("test-job", () -> {
            throw new IllegalStateException("the job broke");
        })).hasMessage("the job broke");

        assertThat(runs.since("test-job", before)).singleElement().satisfies(run -> {
            assertThat(run.failures()).isEqualTo(1);
            assertThat(run.finishedAt()).isNotNull();
        });
    }

    @Test
    void runs_are_kept_thirty_days() {
        clock.set(Instant.parse("2020-02-01T03:00:00Z"));
        runs.record("old-job", () -> JobRuns.Outcome.NOTHING);
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        assertThat(runs.forgetOldRuns()).isEqualTo(1);
        assertThat(runs.since("old-job", Instant.parse("2020-01-01T00:00:00Z"))).isEmpty();
    }

}

package com.headroom.base;

import com.headroom.security.SessionActivityRegistry;
import com.headroom.security.SignInThrottle;
import com.headroom.security.SystemAuthentication;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what is no longer needed: the sign-in counters of keys quiet for an hour, the
 * records of sessions gone for good, job runs older than 30 days. Once per cluster, under
 * ShedLock.
 */
@Component
public class HousekeepingJobs {

    private static final Logger log = LoggerFactory.getLogger(HousekeepingJobs.class);

    private final SignInThrottle throttle;

    private final SessionActivityRegistry sessions;

    private final JobRuns runs;

    private final Duration absoluteLifetime;

    HousekeepingJobs(SignInThrottle throttle, SessionActivityRegistry sessions, JobRuns runs,
            @Value("${headroom.session.absolute-lifetime:12h}") Duration absoluteLifetime) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.runs = runs;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Scheduled(cron = "${headroom.jobs.sign-in-counters-cron:0 */15 * * * *}")
    @SchedulerLock(name = "sign-in-counters", lockAtMostFor = "PT10M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void forgetQuietKeys() {
        runs.record("sign-in-counters", () -> {
            int deleted = SystemAuthentication.callAsSystem(throttle::forgetQuietKeys);
            if (deleted > 0) {
                log.debug("Forgot the sign-in counters of {} quiet keys", deleted);
            }
            return new JobRuns.Outcome(deleted, 0);
        });
    }

    /**
     * A node stopped with kill -9 leaves its sessions' records behind; nobody can use
     * them, and this deletes them.
     */
    @Scheduled(cron = "${headroom.jobs.session-records-cron:0 40 * * * *}")
    @SchedulerLock(name = "session-records", lockAtMostFor = "PT10M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void forgetGoneSessions() {
        runs.record("session-records", () -> {
            int deleted = sessions.forgetGoneSessions(absoluteLifetime) + runs.forgetOldRuns();
            return new JobRuns.Outcome(deleted, 0);
        });
    }

}

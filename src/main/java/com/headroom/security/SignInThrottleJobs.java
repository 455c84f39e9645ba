package com.headroom.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the sign-in counters of keys that have been quiet for an hour: once per
 * cluster, under ShedLock.
 */
@Component
public class SignInThrottleJobs {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleJobs.class);

    private final SignInThrottle throttle;

    SignInThrottleJobs(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${headroom.jobs.sign-in-counters-cron:0 */15 * * * *}")
    @SchedulerLock(name = "sign-in-counters", lockAtMostFor = "PT10M")
    public void forgetQuietKeys() {
        int deleted = SystemAuthentication.callAsSystem(throttle::forgetQuietKeys);
        if (deleted > 0) {
            log.debug("Forgot the sign-in counters of {} quiet keys", deleted);
        }
    }

}

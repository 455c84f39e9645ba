package com.headroom.outreach;

import com.headroom.base.JobRuns;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.SeatHistories;
import java.util.function.LongToIntFunction;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ledger's scheduled upkeep. ShedLock (on the database, with the database's clock)
 * makes each job run on one application node at a time; each member is handled in a
 * transaction of its own, so one member's problem never stops the others.
 */
@Component
public class OutreachJobs {

    private static final Logger log = LoggerFactory.getLogger(OutreachJobs.class);

    private final LedgerUpkeep upkeep;

    private final SeatHistories accounts;

    private final JobRuns runs;

    OutreachJobs(LedgerUpkeep upkeep, SeatHistories accounts, JobRuns runs) {
        this.upkeep = upkeep;
        this.accounts = accounts;
        this.runs = runs;
    }

    /**
     * Monthly grants arrive at midnight (UTC for Sales Navigator): every ten minutes
     * keeps balances current.
     */
    @Scheduled(cron = "${headroom.jobs.grants-cron:0 */10 * * * *}")
    @SchedulerLock(name = "inmail-grants", lockAtMostFor = "PT9M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void grantCredits() {
        forEveryMember("inmail-grants", upkeep::grantCredits);
    }

    @Scheduled(cron = "${headroom.jobs.expiries-cron:0 5 * * * *}")
    @SchedulerLock(name = "inmail-expiries", lockAtMostFor = "PT50M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void recordExpiries() {
        forEveryMember("inmail-expiries", upkeep::recordExpiries);
    }

    /**
     * Refunds are written when a rep logs the answer; this catches answers logged for
     * earlier days.
     */
    @Scheduled(cron = "${headroom.jobs.refunds-cron:0 15 * * * *}")
    @SchedulerLock(name = "inmail-refunds", lockAtMostFor = "PT50M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void refundAnsweredInMails() {
        forEveryMember("inmail-refunds", upkeep::refundAnsweredInMails);
    }

    @Scheduled(cron = "${headroom.jobs.reminders-cron:0 30 6 * * *}")
    @SchedulerLock(name = "withdraw-reminders", lockAtMostFor = "PT50M", lockAtLeastFor = JobRuns.LOCK_AT_LEAST_FOR)
    public void remindWithdrawals() {
        forEveryMember("withdraw-reminders", upkeep::remindWithdrawals);
    }

    private void forEveryMember(String job, LongToIntFunction work) {
        SystemAuthentication.runAsSystem(() -> runs.record(job, () -> {
            int written = 0;
            int failed = 0;
            for (long memberId : accounts.seatedMemberIds()) {
                try {
                    written += work.applyAsInt(memberId);
                }
                catch (RuntimeException e) {
                    failed++;
                    log.error("{} failed for account {}", job, memberId, e);
                }
            }
            if (written > 0 || failed > 0) {
                log.info("{}: {} entries written, {} members failed", job, written, failed);
            }
            return new JobRuns.Outcome(written, failed);
        }));
    }

}

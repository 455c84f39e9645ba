package com.headroom.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import com.headroom.HeadroomTest;
import com.headroom.TestData;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A ledger write that the database turns away for a reason a second try cures is tried
 * once more, in a new transaction, with the same idempotency key: never lost, never
 * logged twice. The failures are the two a Galera cluster gives: a certification conflict
 * at commit (reported as a deadlock, SQLSTATE 40001), and a connection replaced by
 * failover after the commit went through but before its answer came back.
 */
@HeadroomTest
class RetriedLedgerWritesTest {

    @MockitoSpyBean
    LedgerDigests digests;

    @Autowired
    OutreachService outreach;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    private TestData.Person rep;

    private long prospectId;

    private final String key = UUID.randomUUID().toString();

    private final AtomicInteger tries = new AtomicInteger();

    @BeforeEach
    void aRepWithAProspect() {
        var team = testData.team("Retries");
        rep = testData.member("Rita Retry", team.id());
        prospectId = testData.prospect(rep, team.id(), "Carl", "Commit", "Galera GmbH").id();
    }

    @AfterEach
    void realDigests() {
        reset(digests);
    }

    @Test
    void a_certification_conflict_at_commit_is_tried_again_and_logs_once() {
        doAnswer(call -> {
            call.callRealMethod();
            if (tries.incrementAndGet() == 1) {
                throw new CannotAcquireLockException(
                        "Deadlock found when trying to get lock; try restarting transaction",
                        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
            }
            return null;
        }).when(digests).refreshAfterAppend(any(), any(), anyLong());

        var logged = testData.as(rep, () -> outreach.log(profileViewed()));

        assertThat(tries).hasValue(2);
        assertThat(logged.alreadyLogged()).as("the first try was rolled back; the second wrote it").isFalse();
        assertThat(entriesWithKey()).isEqualTo(1);
    }

    @Test
    void a_commit_whose_answer_was_lost_is_found_by_its_key_on_the_second_try_and_not_written_again() {
        doAnswer(call -> {
            call.callRealMethod();
            if (tries.incrementAndGet() == 1) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        throw new TransientDataAccessResourceException("connection replaced by failover",
                                new SQLTransientConnectionException("Driver has reconnect connection", "25S03"));
                    }
                });
            }
            return null;
        }).when(digests).refreshAfterAppend(any(), any(), anyLong());

        var logged = testData.as(rep, () -> outreach.log(profileViewed()));

        assertThat(tries).as("the second try stops at the key, before any write").hasValue(1);
        assertThat(logged.alreadyLogged()).isTrue();
        assertThat(entriesWithKey()).isEqualTo(1);
    }

    @Test
    void a_second_conflict_reaches_the_rep_and_nothing_is_stored() {
        doAnswer(call -> {
            call.callRealMethod();
            tries.incrementAndGet();
            throw new CannotAcquireLockException("Deadlock found when trying to get lock",
                    new SQLTransactionRollbackException("Deadlock", "40001", 1213));
        }).when(digests).refreshAfterAppend(any(), any(), anyLong());

        assertThatThrownBy(() -> testData.as(rep, () -> outreach.log(profileViewed())))
            .isInstanceOf(CannotAcquireLockException.class);

        assertThat(tries).as("tried once more, not forever").hasValue(2);
        assertThat(entriesWithKey()).isZero();
    }

    private LogRequest profileViewed() {
        return new LogRequest(prospectId, OutreachType.PROFILE_VIEWED, null, null, null, null, key, null);
    }

    private int entriesWithKey() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ? AND idempotency_key = ?",
                Integer.class, rep.id(), key);
    }

}

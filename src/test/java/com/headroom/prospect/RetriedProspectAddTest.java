package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import com.headroom.HeadroomTest;
import com.headroom.TestData;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Two reps of a team adding people at the same moment: MariaDB may end one insert of
 * search words as a deadlock's victim (seen in the load benchmark). The add is tried once
 * more in a new transaction, and the person is stored once, findable by name.
 */
@HeadroomTest
class RetriedProspectAddTest {

    @MockitoSpyBean
    ProspectStore store;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realStore() {
        reset(store);
    }

    @Test
    void a_deadlock_on_the_search_words_is_tried_again_and_adds_the_person_once() {
        var team = testData.team("Deadlocks");
        var rep = testData.member("Dora Deadlock", team.id());
        var tries = new AtomicInteger();
        doAnswer(call -> {
            if (tries.incrementAndGet() == 1) {
                throw new CannotAcquireLockException(
                        "Deadlock found when trying to get lock; try restarting transaction",
                        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
            }
            return call.callRealMethod();
        }).when(store).replaceWords(anyLong(), anyLong(), any());

        String profile = "https://www.linkedin.com/in/wanda-words-" + UUID.randomUUID();
        var added = testData.as(rep,
                () -> prospects.add(team.id(), ProspectFixtures.draft("Wanda", "Words", "Lock AG", profile)));

        assertThat(tries).hasValue(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE team_id = ?", Integer.class, team.id()))
            .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT word FROM prospect_word WHERE prospect_id = ?", String.class, added.id()))
            .contains("wanda", "words");
    }

}

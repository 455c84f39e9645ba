package com.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.HeadroomTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes on one database: each has its own registry (its own memory), and what one
 * ends the other refuses within its recheck of 2 seconds. The nodes here are two
 * registries on the test's database, as two JVMs would be.
 */
@HeadroomTest
class SharedSessionsTest {

    @Autowired
    SignedInSessionStore store;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private SessionActivityRegistry nodeA;

    private SessionActivityRegistry nodeB;

    private final String email = TestData.unique("roaming").replace(' ', '.') + "@acme.example";

    private final String onB = TestData.unique("session-on-b").replace(' ', '-');

    @BeforeEach
    void twoNodes() {
        clock.set(Instant.parse("2026-12-10T08:00:00Z"));
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    @AfterEach
    void realTime() {
        nodeB.removeSessionInformation(onB);
        clock.reset();
    }

    private SessionActivityRegistry node(String name) {
        return new SessionActivityRegistry(store, clock, new NodeName(name, "8080"), Duration.ofSeconds(2),
                Duration.ofMinutes(30));
    }

    @Test
    void an_account_ended_on_node_a_is_refused_on_node_b_within_two_seconds() {
        nodeB.registerNewSession(onB, email);
        assertThat(nodeB.getSessionInformation(onB).isExpired()).isFalse();

        assertThat(new SignedInSessions(nodeA).countExcept(email, null)).as("node A sees B's session").isEqualTo(1);
        assertThat(new SignedInSessions(nodeA).endAllFor(email)).isEqualTo(1);

        clock.advance(Duration.ofMillis(1_900));
        assertThat(nodeB.getSessionInformation(onB).isExpired()).as("B's copy is under 2 seconds old").isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(nodeB.getSessionInformation(onB).isExpired()).as("read again after 2 seconds").isTrue();
        assertThat(new SignedInSessions(nodeA).countExcept(email, null)).isZero();
    }

    @Test
    void the_sessions_page_on_one_node_lists_the_sessions_of_both_with_the_browser_each_used() {
        String onA = TestData.unique("session-on-a").replace(' ', '-');
        nodeA.registerNewSession(onA, email);
        nodeB.registerNewSession(onB, email);
        clock.advance(Duration.ofMinutes(3));
        nodeB.seen(onB, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36");
        try {
            assertThat(new SignedInSessions(nodeA).openSessionsOf(email, onA))
                .extracting(SignedInSessions.OpenSession::browser, SignedInSessions.OpenSession::thisBrowser,
                        SignedInSessions.OpenSession::lastSeenAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Chrome on Windows", false,
                                Instant.parse("2026-12-10T08:03:00Z")),
                        org.assertj.core.groups.Tuple.tuple("An unknown browser", true,
                                Instant.parse("2026-12-10T08:00:00Z")));

            assertThat(new SignedInSessions(nodeB).endAllExcept(email, onA)).as("sign out everywhere else, on A")
                .isEqualTo(1);
            assertThat(nodeA.getSessionInformation(onA).isExpired()).isFalse();
            assertThat(nodeB.getSessionInformation(onB).isExpired()).as("B's own copy goes at once").isTrue();
        }
        finally {
            nodeA.removeSessionInformation(onA);
        }
    }

    @Test
    void last_used_is_written_at_most_once_a_minute_and_never_renews_the_start() {
        nodeB.registerNewSession(onB, email);
        clock.advance(Duration.ofSeconds(20));
        nodeB.seen(onB, null);
        assertThat(stored("last_seen_at")).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
        clock.advance(Duration.ofSeconds(40));
        nodeB.seen(onB, null);
        assertThat(stored("last_seen_at")).isEqualTo(Instant.parse("2026-12-10T08:01:00Z"));
        assertThat(nodeA.activityOf(onB)).hasValueSatisfying(
                activity -> assertThat(activity.startedAt()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z")));
    }

    @Test
    void the_database_holds_a_hash_of_the_session_id_never_the_id() {
        nodeB.registerNewSession(onB, email);
        assertThat(jdbc.queryForList("SELECT session_key FROM signed_in_session WHERE account_email = ?", String.class,
                email.toLowerCase()))
            .containsExactly(SessionActivityRegistry.key(onB))
            .doesNotContain(onB);
        assertThat(SessionActivityRegistry.key(onB)).hasSize(64);
    }

    @Test
    void housekeeping_forgets_sessions_that_cannot_be_alive_and_keeps_the_rest() {
        // Long before any other test's sessions, which the clean-up must leave alone.
        clock.set(Instant.parse("2020-01-06T08:00:00Z"));
        String quiet = TestData.unique("quiet").replace(' ', '-');
        nodeA.registerNewSession(quiet, email);
        clock.advance(Duration.ofMinutes(100));
        nodeB.registerNewSession(onB, email);

        int forgotten = nodeA.forgetGoneSessions(Duration.ofHours(12));

        assertThat(forgotten).isEqualTo(1);
        assertThat(nodeA.isRecorded(quiet)).as("unused for 100 minutes: past 30 idle minutes and an hour").isFalse();
        assertThat(nodeB.isRecorded(onB)).isTrue();
    }

    private Instant stored(String column) {
        return jdbc
            .queryForObject("SELECT " + column + " FROM signed_in_session WHERE session_key = ?",
                    java.sql.Timestamp.class, SessionActivityRegistry.key(onB))
            .toInstant();
    }

}

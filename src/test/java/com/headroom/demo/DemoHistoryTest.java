package com.headroom.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectEvent;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.prospect.StageHistoryBackfill;
import com.headroom.prospect.StageHistoryBackfill.PastPipeline;
import com.headroom.prospect.StageHistoryBackfill.PastStage;
import com.headroom.security.SystemAuthentication;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo's history as a rep reads it on a prospect, and the backfill's guards. */
@HeadroomTest
class DemoHistoryTest {

    @Autowired
    ProspectService prospects;

    @Autowired
    StageHistoryBackfill backfill;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_won_deal_of_danas_history_reads_in_the_order_it_happened_weeks_ago() {
        long id = jdbc.queryForObject(
                "SELECT MIN(id) FROM prospect WHERE stage = 'WON' AND profile_url LIKE" + " '%-dh-%'", Long.class);
        var details = SignedInAs.call(users, "dana@acme.example", () -> prospects.details(id));
        var events = details.history().stream().sorted(Comparator.comparing(ProspectEvent::occurredAt)).toList();
        assertThat(events.getFirst().kind()).isEqualTo(ProspectEvent.Kind.ADDED);
        assertThat(events.stream().filter(e -> e.kind() == ProspectEvent.Kind.STAGE_CHANGED).map(ProspectEvent::to))
            .containsExactly(Stage.INVITED.label(), Stage.CONNECTED.label(), Stage.CONVERSATION.label(),
                    Stage.MEETING.label(), Stage.OPPORTUNITY.label(), Stage.WON.label());
        assertThat(events).allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Dana Reyes"));
        assertThat(details.createdAt()).isEqualTo(events.getFirst().occurredAt());
        // Edits are not activity (the demo enters its deal values today): the last
        // outreach or stage change is.
        var activity = events.stream().filter(e -> e.kind() != ProspectEvent.Kind.EDITED).toList();
        assertThat(details.lastActivityAt()).isAfterOrEqualTo(activity.getLast().occurredAt())
            .isBefore(clock.instant().minus(Duration.ofDays(DemoOutreach.DANA_LOGGED_DAYS)));
    }

    @Test
    void only_administrators_write_history_and_only_in_the_past() {
        long id = jdbc.queryForObject("SELECT MIN(id) FROM prospect WHERE profile_url LIKE '%-dh-%'", Long.class);
        var future = List.of(new PastPipeline(id, null,
                List.of(new PastStage(Stage.WON, clock.instant().plus(Duration.ofDays(1)))), null));
        assertThatThrownBy(() -> SignedInAs.call(users, "dana@acme.example", () -> backfill.backfill(future)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> backfill.backfill(future)))
            .isInstanceOf(RuleViolation.class);
    }

}

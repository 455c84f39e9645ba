package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.LedgerDigestProbe;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.ProspectDetails;
import com.headroom.security.Role;
import com.headroom.tier.SecondInMailRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The digests a logged action leaves, on every database ({@link PersistenceRules} extends
 * this). Logging adds the new line to the ledger the limits check read under the member's
 * lock instead of reading the ledger again; what it stores must be what a rebuild from
 * the whole ledger gives, whether the action is logged now, backdated between older
 * lines, or past a limit.
 */
abstract class LedgerDigestPersistenceRules {

    private static final Instant WED = LocalDateTime.parse("2026-11-25T10:00")
        .atZone(ZoneId.of("Europe/Berlin"))
        .toInstant();

    @Autowired
    private OutreachService outreach;

    @Autowired
    private LedgerDigestProbe digests;

    @Autowired
    private TestData testData;

    @Autowired
    private TestClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void each_logged_action_stores_the_digests_a_rebuild_from_the_whole_ledger_gives() {
        clock.set(WED);
        try {
            var tier = testData.newTier("Append", 3, 2, 4, SecondInMailRule.COSTS_ANOTHER_CREDIT);
            long teamId = testData.team("Append").id();
            var rep = testData.person("Aron Append", Role.MEMBER, teamId, tier.name());
            var ada = testData.prospect(rep, teamId, "Ada", "Append", "Digest AG");
            var ben = testData.prospect(rep, teamId, "Ben", "Append", "Digest AG");
            var cleo = testData.prospect(rep, teamId, "Cleo", "Append", "Digest AG");
            var dan = testData.prospect(rep, teamId, "Dan", "Append", "Digest AG");
            List<LogRequest> steps = List.of(LogRequest.now(ada.id(), OutreachType.INVITATION_SENT, TestData.key()),
                    // Backdated: the new line goes between older ones.
                    at(ben, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(2))),
                    at(ben, OutreachType.INVITATION_SENT, WED.minus(Duration.ofHours(26))),
                    LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, TestData.key()),
                    LogRequest.now(ada.id(), OutreachType.MESSAGE_SENT, TestData.key()),
                    LogRequest.now(cleo.id(), OutreachType.INVITATION_SENT, TestData.key()),
                    // The fourth invitation of the week goes past the limit, with a
                    // reason.
                    LogRequest.now(dan.id(), OutreachType.INVITATION_SENT, TestData.key())
                        .withReason("Met at the trade fair"),
                    at(dan, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(9))));
            int compared = 0;
            for (var step : steps) {
                clock.advance(Duration.ofMinutes(7));
                var logged = testData.as(rep, () -> outreach.log(step));
                var afterLog = digests.stored(rep.id());
                testData.as(rep, () -> digests.rebuildFromTheWholeLedger(rep.id()));
                assertThat(digests.stored(rep.id())).as("digests after logging %s", step.type()).isEqualTo(afterLog);
                assertThat(afterLog.get("entries")).as("the working set holds what was just logged").isNotNull();
                assertThat(logged.pastLimits().isEmpty()).isEqualTo(step.pastLimitReason() == null);
                compared++;
            }
            assertThat(compared).isEqualTo(steps.size());
            assertThat(jdbc.queryForObject("SELECT SUM(invitations) FROM outreach_member_day WHERE member_id = ?",
                    Integer.class, rep.id()))
                .as("the days count the four invitations")
                .isEqualTo(4);
        }
        finally {
            clock.reset();
        }
    }

    private static LogRequest at(ProspectDetails prospect, OutreachType type, Instant occurredAt) {
        return new LogRequest(prospect.id(), type, occurredAt, null, null, null, TestData.key(), null);
    }

}

package com.headroom.outreach;

import static com.headroom.outreach.OutreachType.INVITATION_ACCEPTED;
import static com.headroom.outreach.OutreachType.INVITATION_DECLINED;
import static com.headroom.outreach.OutreachType.POST_ENGAGED;
import static com.headroom.outreach.OutreachType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Warmed or cold: engagement on enough different days in the 14 before an invitation. */
class WarmUpTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Thursday 26 Nov 2026, 10:00 UTC. */
    private static final Instant INVITED = Instant.parse("2026-11-26T10:00:00Z");

    private final LimitsEngineTest.Ledger ledger = new LimitsEngineTest.Ledger();

    private Warmth warmth(ZoneId zone, int needed) {
        return WarmUp.of(LimitsEngine.effective(ledger.entries, INVITED), zone, needed).before(7, INVITED);
    }

    @Test
    void two_engagements_either_side_of_midnight_are_two_days_in_berlin_and_one_in_new_york() {
        // 22:30 and 23:30 UTC on Monday: 23:30 Monday and 00:30 Tuesday in Berlin, both
        // Monday afternoon in New York.
        ledger.add(PROFILE_VIEWED, 7, Instant.parse("2026-11-23T22:30:00Z"));
        ledger.add(POST_ENGAGED, 7, Instant.parse("2026-11-23T23:30:00Z"));
        assertThat(warmth(BERLIN, 2).days()).isEqualTo(2);
        assertThat(warmth(BERLIN, 2).warmed()).isTrue();
        assertThat(warmth(NEW_YORK, 2).days()).isEqualTo(1);
        assertThat(warmth(NEW_YORK, 2).warmed()).isFalse();
        assertThat(warmth(NEW_YORK, 2).missing()).isEqualTo(1);
    }

    @Test
    void n_minus_one_days_is_cold_and_n_days_warm() {
        ledger.add(PROFILE_VIEWED, 7, INVITED.minus(Duration.ofDays(3)));
        ledger.add(PROFILE_VIEWED, 7, INVITED.minus(Duration.ofDays(3)).plusSeconds(60));
        ledger.add(POST_ENGAGED, 7, INVITED.minus(Duration.ofDays(2)));
        assertThat(warmth(BERLIN, 3).warmed()).isFalse();
        assertThat(warmth(BERLIN, 3).days()).isEqualTo(2);
        assertThat(warmth(BERLIN, 2).warmed()).isTrue();
        assertThat(warmth(BERLIN, 0).warmed()).isTrue();
    }

    @Test
    void the_window_is_the_fourteen_days_before_the_invitation_to_the_second() {
        ledger.add(PROFILE_VIEWED, 7, INVITED.minus(Duration.ofDays(14)).minusSeconds(1));
        ledger.add(PROFILE_VIEWED, 7, INVITED);
        assertThat(warmth(BERLIN, 1).days()).isZero();
        ledger.add(PROFILE_VIEWED, 7, INVITED.minus(Duration.ofDays(14)));
        assertThat(warmth(BERLIN, 1).days()).isEqualTo(1);
        assertThat(warmth(BERLIN, 1).lastEngaged()).contains(INVITED.minus(Duration.ofDays(14)));
    }

    @Test
    void an_undone_engagement_and_one_with_someone_else_do_not_warm_anyone_up() {
        long viewed = ledger.add(PROFILE_VIEWED, 7, INVITED.minus(Duration.ofDays(2)));
        ledger.reverse(viewed, INVITED.minus(Duration.ofDays(2)).plusSeconds(30));
        ledger.add(POST_ENGAGED, 8, INVITED.minus(Duration.ofDays(1)));
        assertThat(warmth(BERLIN, 1).days()).isZero();
    }

    @Test
    void warmed_and_cold_invitations_of_a_period_are_counted_with_their_acceptances() {
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-01T00:00:00Z");
        // Prospects 1-3 warmed (two days each), 4-6 cold; 1, 2 and 4 accept.
        for (long p = 1; p <= 6; p++) {
            Instant invited = Instant.parse("2026-11-20T10:00:00Z").plus(Duration.ofHours(p));
            if (p <= 3) {
                ledger.add(PROFILE_VIEWED, p, invited.minus(Duration.ofDays(3)));
                ledger.add(POST_ENGAGED, p, invited.minus(Duration.ofDays(1)));
            }
            ledger.invite(p, invited);
            if (p == 1 || p == 2 || p == 4) {
                ledger.outcome(p, INVITATION_ACCEPTED, invited.plus(Duration.ofDays(1)));
            }
            else {
                ledger.outcome(p, INVITATION_DECLINED, invited.plus(Duration.ofDays(1)));
            }
        }
        // Sent before the period: not counted even though accepted inside it.
        ledger.invite(9, from.minusSeconds(1));
        ledger.outcome(9, INVITATION_ACCEPTED, from.plus(Duration.ofDays(1)));
        var effective = LimitsEngine.effective(ledger.entries, to);
        var tally = WarmUpTally.of(effective, WarmUp.of(effective, BERLIN, 2), from, to);
        var row = tally.row(5L, "Dana Reyes");
        assertThat(row.warmedSent()).isEqualTo(3);
        assertThat(row.warmedAccepted()).isEqualTo(2);
        assertThat(row.coldSent()).isEqualTo(3);
        assertThat(row.coldAccepted()).isEqualTo(1);
        assertThat(row.verdict()).isEqualTo("Warmed-up invitations 2 of 3 accepted (67%); cold invitations 1 of 3"
                + " accepted (33%). Not enough sent yet to tell them apart: keep warming up and compare again.");
    }

    @Test
    void with_enough_invitations_the_comparison_says_which_does_better_as_the_template_comparison_does() {
        var tally = new WarmUpTally();
        tally.warmedSent = 100;
        tally.warmedAccepted = 60;
        tally.coldSent = 100;
        tally.coldAccepted = 30;
        var row = tally.row(null, "EMEA Sales");
        assertThat(row.significant()).isTrue();
        assertThat(row.verdict()).startsWith("Warmed-up invitations 60 of 100 accepted (60%); cold invitations 30 of"
                + " 100 accepted (30%). Warmed-up invitations do better, and the difference is unlikely to be chance"
                + " (p = 0.000).");
        tally.coldAccepted = 55;
        assertThat(tally.row(null, "EMEA Sales").verdict()).contains("The difference is not yet significant: it could"
                + " be chance (p = 0.474). Keep warming up and compare again.");
    }

}

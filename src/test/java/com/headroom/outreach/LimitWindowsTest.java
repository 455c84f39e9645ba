package com.headroom.outreach;

import static com.headroom.outreach.OutreachType.INVITATION_SENT;
import static com.headroom.outreach.OutreachType.MESSAGE_SENT;
import static com.headroom.outreach.OutreachType.REVERSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The windows around a backdated action count what was logged after it, and undone
 * entries not at all.
 */
class LimitWindowsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Duration BURST = Duration.ofMinutes(10);

    final List<LedgerEntry> ledger = new ArrayList<>();

    long nextId = 1;

    static Instant at(String berlin) {
        return LocalDateTime.parse(berlin).atZone(BERLIN).toInstant();
    }

    long add(OutreachType type, Instant when) {
        ledger.add(LedgerEntry.of(nextId, 1, type, when));
        return nextId++;
    }

    @Test
    void the_fullest_seven_days_around_an_instant_may_end_after_it() {
        // Monday: 2; Friday: 3. A Tuesday entry sits in a week with both (5), and one
        // with Friday's alone.
        add(INVITATION_SENT, at("2026-11-23T09:00"));
        add(INVITATION_SENT, at("2026-11-23T10:00"));
        for (int i = 0; i < 3; i++) {
            add(INVITATION_SENT, at("2026-11-27T09:00").plusSeconds(i));
        }
        var around = LimitWindows.around(ledger, at("2026-11-24T12:00"), at("2026-11-28T12:00"), BERLIN, BURST);
        assertThat(around.weekMost()).isEqualTo(5);
        assertThat(around.backdated()).isTrue();
        assertThat(around.day()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(around.dayInvitations()).isZero();
        // Eight days before Friday's, only Monday's are within 7 days of it.
        var earlier = LimitWindows.around(ledger, at("2026-11-19T08:00"), at("2026-11-28T12:00"), BERLIN, BURST);
        assertThat(earlier.weekMost()).isEqualTo(2);
    }

    @Test
    void the_day_is_the_teams_calendar_day_and_counts_later_entries_of_it() {
        add(INVITATION_SENT, at("2026-11-25T00:00"));
        add(INVITATION_SENT, at("2026-11-25T23:59:59"));
        add(INVITATION_SENT, at("2026-11-26T00:00"));
        add(MESSAGE_SENT, at("2026-11-25T18:00"));
        var around = LimitWindows.around(ledger, at("2026-11-25T08:00"), at("2026-11-26T10:00"), BERLIN, BURST);
        assertThat(around.dayInvitations()).isEqualTo(2);
        assertThat(around.dayMessages()).isEqualTo(1);
    }

    @Test
    void a_burst_window_may_start_before_or_after_the_instant_and_undone_entries_do_not_count() {
        for (int i = 0; i < 6; i++) {
            add(INVITATION_SENT, at("2026-11-25T10:00").plus(Duration.ofMinutes(i)));
        }
        long undone = add(INVITATION_SENT, at("2026-11-25T10:06"));
        ledger.add(new LedgerEntry(nextId++, 0, REVERSAL, at("2026-11-25T10:20"), false, undone, null, 0));
        for (int i = 0; i < 4; i++) {
            add(INVITATION_SENT, at("2026-11-25T10:12").plus(Duration.ofMinutes(i)));
        }
        var around = LimitWindows.around(ledger, at("2026-11-25T10:07"), at("2026-11-25T11:00"), BERLIN, BURST);
        // Windows holding 10:07: ending at 10:07, (09:57, 10:07] has 10:00-10:05 (6);
        // ending at 10:12,
        // (10:02, 10:12] has 10:03-10:05 and 10:12 (4). The undone 10:06 counts in none.
        assertThat(around.burstMost()).isEqualTo(6);
        var justNow = LimitWindows.around(ledger, at("2026-11-25T11:00"), at("2026-11-25T11:00"), BERLIN, BURST);
        assertThat(justNow.backdated()).isFalse();
        assertThat(justNow.burstMost()).isZero();
    }

}

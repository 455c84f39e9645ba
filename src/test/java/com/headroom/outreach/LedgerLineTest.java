package com.headroom.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A logged line joins the ledger the check read where a fresh read would put it: by when
 * it happened, then by id, so that a backdated action sits among the older lines.
 */
class LedgerLineTest {

    private static final Instant MON = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void a_line_goes_where_the_ledger_order_puts_it() {
        var ledger = List.of(line(1, MON), line(2, MON.plusSeconds(60)), line(3, MON.plusSeconds(120)));

        assertThat(ids(LedgerDigests.withLine(ledger, line(9, MON.plusSeconds(180))))).containsExactly(1L, 2L, 3L, 9L);
        assertThat(ids(LedgerDigests.withLine(ledger, line(9, MON.plusSeconds(30))))).containsExactly(1L, 9L, 2L, 3L);
        assertThat(ids(LedgerDigests.withLine(ledger, line(9, MON.minusSeconds(1))))).containsExactly(9L, 1L, 2L, 3L);
        // Same instant: the higher id comes after.
        assertThat(ids(LedgerDigests.withLine(ledger, line(9, MON.plusSeconds(60))))).containsExactly(1L, 2L, 9L, 3L);
        assertThat(ids(LedgerDigests.withLine(List.of(), line(9, MON)))).containsExactly(9L);
        assertThat(ledger).as("the ledger read is left as it was").hasSize(3);
    }

    private static LedgerEntry line(long id, Instant at) {
        return LedgerEntry.of(id, 7, OutreachType.INVITATION_SENT, at);
    }

    private static List<Long> ids(List<LedgerEntry> ledger) {
        return ledger.stream().map(LedgerEntry::id).toList();
    }

}

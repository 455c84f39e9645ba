package com.headroom.outreach;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the data rules outside this package see a member's stored digests and rebuild them
 * from the whole ledger, as a reader finding them stale would.
 */
public class LedgerDigestProbe {

    private final LedgerDigests digests;

    private final MemberSeats seats;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    LedgerDigestProbe(LedgerDigests digests, MemberSeats seats, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.digests = digests;
        this.seats = seats;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Run as the member: their seat is read as they see it. */
    public void rebuildFromTheWholeLedger(long memberId) {
        transaction.executeWithoutResult(status -> digests.refresh(seats.require(memberId)));
    }

    /** The member's stored working set and days, less the instant they were built at. */
    public Map<String, Object> stored(long memberId) {
        Map<String, Object> stored = new LinkedHashMap<>();
        jdbc.query("SELECT writes, last_activity_at, entries FROM outreach_working_set WHERE member_id = ?", rs -> {
            stored.put("writes", rs.getLong(1));
            stored.put("lastActivity", rs.getTimestamp(2));
            stored.put("entries", HexFormat.of().formatHex(rs.getBytes(3)));
        }, memberId);
        List<Map<String, Object>> days = new ArrayList<>();
        for (var row : jdbc.queryForList("SELECT * FROM outreach_member_day WHERE member_id = ? ORDER BY on_day",
                memberId)) {
            var day = new LinkedHashMap<>(row);
            day.replaceAll((column, value) -> value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
            days.add(day);
        }
        stored.put("days", days);
        return stored;
    }

}

package com.headroom.prospect;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of what deals are worth: sums per stage and currency for a list's filter, and
 * the deals won in a period per owner and source. Only reads.
 */
@Component
class DealStore {

    /** A deal's currency, empty while it has no value: those are counted apart. */
    private static final String CURRENCY = "CASE WHEN p.deal_value IS NULL THEN '' ELSE p.deal_currency END";

    private final JdbcTemplate jdbc;

    DealStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The filter's opportunities, won and lost deals (whatever stage it picks), not on
     * the do-not-contact list.
     */
    PipelineValue value(ProspectFilter filter) {
        var where = new ProspectStore.Where(filter, false);
        List<PipelineValue.Sum> sums = new ArrayList<>();
        jdbc.query("SELECT p.stage, " + CURRENCY + ", COUNT(*), SUM(p.deal_value) FROM prospect p WHERE " + where.sql
                + " AND p.stage IN ('OPPORTUNITY', 'WON', 'LOST') AND p.do_not_contact = FALSE" + " GROUP BY p.stage, "
                + CURRENCY, rs -> {
                    sums.add(sum(Stage.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
                }, where.args.toArray());
        return new PipelineValue(sums);
    }

    /** Deals won in a period, by owner, source and currency. */
    record Won(long ownerId, ProspectSource source, String sourceName, PipelineValue.Sum sum) {
    }

    /**
     * The team's prospects that are won now and moved to Won in [from, to) (the last
     * time, if more than once).
     */
    List<Won> won(long teamId, Instant from, Instant to) {
        return jdbc.query(
                "SELECT p.owner_id, p.source, p.source_name, " + CURRENCY + ", COUNT(*), SUM(p.deal_value)"
                        + " FROM prospect p WHERE p.team_id = ? AND p.stage = 'WON' AND p.id IN (SELECT h.prospect_id"
                        + " FROM prospect_history h WHERE h.kind = 'STAGE_CHANGED' AND h.to_value = ?"
                        + " AND h.occurred_at >= ? AND h.occurred_at < ?)"
                        + " GROUP BY p.owner_id, p.source, p.source_name, " + CURRENCY,
                (rs, i) -> new Won(rs.getLong(1), ProspectSource.valueOf(rs.getString(2)), rs.getString(3),
                        sum(Stage.WON, rs.getString(4), rs.getLong(5), rs.getBigDecimal(6))),
                teamId, Stage.WON.label(), Timestamp.from(from), Timestamp.from(to));
    }

    /** A deal without a value counts as one without a currency, whatever it says. */
    private static PipelineValue.Sum sum(Stage stage, String currency, long deals, BigDecimal total) {
        return total == null || currency == null || currency.isEmpty()
                ? new PipelineValue.Sum(stage, null, deals, BigDecimal.ZERO)
                : new PipelineValue.Sum(stage, currency, deals, total);
    }

}

package com.headroom.outreach;

import com.headroom.outreach.Exchanges.Exchange;
import com.headroom.outreach.Exchanges.Key;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@link Exchanges}: messages and answers between members and people, undone
 * ones left out.
 */
@Component
class ExchangeStore {

    private final NamedParameterJdbcTemplate jdbc;

    ExchangeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Key, Exchange> between(long teamId, Collection<Long> memberIds, Collection<String> profileKeyHashes,
            List<String> types, Instant quarterFrom, Instant now) {
        var params = new MapSqlParameterSource().addValue("team", teamId)
            .addValue("members", memberIds)
            .addValue("people", profileKeyHashes)
            .addValue("types", types)
            .addValue("quarter", Timestamp.from(quarterFrom))
            .addValue("now", Timestamp.from(now));
        Map<Key, Exchange> found = new HashMap<>();
        jdbc.query("SELECT e.member_id, p.profile_key_hash,"
                + " SUM(CASE WHEN e.occurred_at >= :quarter THEN 1 ELSE 0 END), COUNT(*), MAX(e.occurred_at)"
                + " FROM prospect p JOIN outreach_entry e ON e.prospect_id = p.id"
                + " WHERE p.team_id = :team AND p.profile_key_hash IN (:people) AND e.member_id IN (:members)"
                + " AND e.type IN (:types) AND e.occurred_at <= :now"
                + " AND NOT EXISTS (SELECT 1 FROM outreach_entry r WHERE r.relates_to = e.id AND r.type = 'REVERSAL')"
                + " GROUP BY e.member_id, p.profile_key_hash", params, rs -> {
                    found.put(new Key(rs.getLong(1), rs.getString(2)),
                            new Exchange(rs.getInt(3), rs.getInt(4), rs.getTimestamp(5).toInstant()));
                });
        return found;
    }

}

package com.headroom.outreach;

import com.headroom.prospect.TeamGate;
import com.headroom.security.SignedIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and people exchanged, as the ledger has it: messages, InMails and e-mails sent and
 * the answers to them (both ways), undone entries left out. Warm introductions read it to judge
 * how well a teammate knows someone.
 */
@Service
@SignedIn
public class Exchanges {

    /** A quarter, as in "exchanged 4 messages this quarter". */
    public static final Duration QUARTER = Duration.ofDays(90);

    static final List<String> BOTH_WAYS = List.of(OutreachType.MESSAGE_SENT.name(),
            OutreachType.MESSAGE_REPLIED.name(), OutreachType.INMAIL_SENT.name(), OutreachType.INMAIL_REPLIED.name(),
            OutreachType.INMAIL_ACCEPTED.name(), OutreachType.EMAIL_SENT.name(), OutreachType.EMAIL_REPLIED.name());

    /** One member and one person (by the SHA-256 of their normalized profile address). */
    public record Key(long memberId, String profileKeyHash) {
    }

    public record Exchange(int lastQuarter, int total, Instant last) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamGate gate;

    Exchanges(NamedParameterJdbcTemplate jdbc, TeamGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    /** The exchanges in a team's ledger between the given members and people, up to now. */
    @Transactional(readOnly = true)
    public Map<Key, Exchange> between(long teamId, Collection<Long> memberIds, Collection<String> profileKeyHashes,
            Instant now) {
        gate.requireTeam(teamId);
        if (memberIds.isEmpty() || profileKeyHashes.isEmpty()) {
            return Collections.emptyMap();
        }
        var params = new MapSqlParameterSource().addValue("team", teamId).addValue("members", memberIds)
                .addValue("people", profileKeyHashes).addValue("types", BOTH_WAYS)
                .addValue("quarter", Timestamp.from(now.minus(QUARTER))).addValue("now", Timestamp.from(now));
        Map<Key, Exchange> found = new HashMap<>();
        jdbc.query("SELECT e.member_id, p.profile_key_hash,"
                + " SUM(CASE WHEN e.occurred_at >= :quarter THEN 1 ELSE 0 END), COUNT(*), MAX(e.occurred_at)"
                + " FROM prospect p JOIN outreach_entry e ON e.prospect_id = p.id"
                + " WHERE p.team_id = :team AND p.profile_key_hash IN (:people) AND e.member_id IN (:members)"
                + " AND e.type IN (:types) AND e.occurred_at <= :now"
                + " AND NOT EXISTS (SELECT 1 FROM outreach_entry r WHERE r.relates_to = e.id AND r.type = 'REVERSAL')"
                + " GROUP BY e.member_id, p.profile_key_hash", params, rs -> {
                    found.put(new Key(rs.getLong(1), rs.getString(2)), new Exchange(rs.getInt(3), rs.getInt(4),
                            rs.getTimestamp(5).toInstant()));
                });
        return found;
    }
}

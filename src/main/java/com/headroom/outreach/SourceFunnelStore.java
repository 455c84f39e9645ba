package com.headroom.outreach;

import com.headroom.prospect.ProspectSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@link SourceFunnels}: what became of the people each source brought, and
 * which accepted invitations were with people who fit the ideal customer. Undone entries
 * (reversed) are left out.
 */
@Component
class SourceFunnelStore {

    private static final String NOT_REVERSED = "NOT EXISTS (SELECT 1 FROM outreach_entry r"
            + " WHERE r.relates_to = e.id AND r.type = 'REVERSAL')";

    private final JdbcTemplate jdbc;

    SourceFunnelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per source kind and name, the team's prospects added in [from, to) and how many of
     * them were since invited, accepted, contacted (invited, messaged or sent an InMail)
     * and replied (to a message or an InMail); each person counts once.
     */
    List<SourceFunnels.SourceFunnel> bySource(long teamId, Instant from, Instant to) {
        return jdbc.query("SELECT source, source_name, MIN(source_date), COUNT(*), SUM(invited), SUM(accepted),"
                + " SUM(contacted), SUM(replied) FROM (SELECT p.id, p.source, p.source_name, p.source_date,"
                + " MAX(CASE WHEN e.type = 'INVITATION_SENT' THEN 1 ELSE 0 END) AS invited,"
                + " MAX(CASE WHEN e.type = 'INVITATION_ACCEPTED' THEN 1 ELSE 0 END) AS accepted,"
                + " MAX(CASE WHEN e.type IN ('INVITATION_SENT', 'MESSAGE_SENT', 'INMAIL_SENT') THEN 1 ELSE 0 END)"
                + " AS contacted,"
                + " MAX(CASE WHEN e.type IN ('MESSAGE_REPLIED', 'INMAIL_REPLIED') THEN 1 ELSE 0 END) AS replied"
                + " FROM prospect p LEFT JOIN outreach_entry e ON e.prospect_id = p.id AND " + NOT_REVERSED
                + " WHERE p.team_id = ? AND p.created_at >= ? AND p.created_at < ?"
                + " GROUP BY p.id, p.source, p.source_name, p.source_date) x GROUP BY source, source_name",
                (rs, i) -> new SourceFunnels.SourceFunnel(ProspectSource.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8)),
                teamId, Timestamp.from(from), Timestamp.from(to));
    }

    /**
     * Per member, the invitations accepted in [from, to), and how many of those were with
     * people whose ICP fit is 4 or 5.
     */
    Map<Long, SourceFunnels.Quality> quality(long teamId, Instant from, Instant to) {
        Map<Long, SourceFunnels.Quality> byMember = new HashMap<>();
        jdbc.query("SELECT e.member_id, COUNT(*), SUM(CASE WHEN p.icp_fit >= 4 THEN 1 ELSE 0 END)"
                + " FROM outreach_entry e JOIN prospect p ON p.id = e.prospect_id WHERE e.team_id = ?"
                + " AND e.type = 'INVITATION_ACCEPTED' AND e.occurred_at >= ? AND e.occurred_at < ? AND " + NOT_REVERSED
                + " GROUP BY e.member_id", rs -> {
                    byMember.put(rs.getLong(1), new SourceFunnels.Quality(rs.getInt(2), rs.getInt(3)));
                }, teamId, Timestamp.from(from), Timestamp.from(to));
        return byMember;
    }

}

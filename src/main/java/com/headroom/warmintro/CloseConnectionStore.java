package com.headroom.warmintro;

import com.headroom.outreach.CloseConnections;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's connections they marked "we're close", still in their latest import. Called
 * by the member's own My day, which has checked who is asking.
 */
@Component
class CloseConnectionStore implements CloseConnections {

    private final JdbcTemplate jdbc;

    CloseConnectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CloseConnection> of(long memberId) {
        return jdbc.query("SELECT p.profile_key_hash, p.first_name, p.last_name, c.company, c.connected_on"
                + " FROM wi_strength_override o JOIN wi_person p ON p.id = o.person_id"
                + " JOIN wi_connection c ON c.member_id = o.member_id AND c.person_id = o.person_id"
                + " WHERE o.member_id = ? AND o.level = 'CLOSE' ORDER BY c.connected_on, p.id", (rs, n) -> {
                    Date on = rs.getDate(5);
                    return new CloseConnection(rs.getString(1), (rs.getString(2) + " " + rs.getString(3)).strip(),
                            rs.getString(4), Optional.ofNullable(on).map(Date::toLocalDate));
                }, memberId);
    }

}

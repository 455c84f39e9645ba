package com.headroom.warmintro;

import com.headroom.warmintro.IntroService.WaitingIntro;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of intro requests (wi_intro_request): its one writer. */
@Component
class IntroStore {

    private static final String SELECT = "SELECT r.id, r.team_id, r.prospect_id, p.first_name, p.last_name,"
            + " r.requester_id, ra.display_name, r.introducer_id, ia.display_name, r.direct, r.via_person_id,"
            + " v.first_name, v.last_name, r.note, r.status, r.outcome, r.answer, r.created_at, r.answered_at,"
            + " r.outcome_at, r.version FROM wi_intro_request r" + " LEFT JOIN prospect p ON p.id = r.prospect_id"
            + " JOIN account ra ON ra.id = r.requester_id JOIN account ia ON ia.id = r.introducer_id"
            + " LEFT JOIN wi_person v ON v.id = r.via_person_id";

    private final JdbcTemplate jdbc;

    IntroStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this requester already has an open request to this introducer about this
     * prospect.
     */
    boolean hasOpen(long prospectId, long requesterId, long introducerId) {
        return !jdbc
            .queryForList(
                    "SELECT created_at FROM wi_intro_request WHERE prospect_id = ? AND requester_id = ?"
                            + " AND introducer_id = ? AND status IN ('ASKED', 'ACCEPTED') AND outcome IS NULL",
                    Timestamp.class, prospectId, requesterId, introducerId)
            .isEmpty();
    }

    /** A new request, asked now; its id. */
    long insert(long teamId, long prospectId, long requesterId, long introducerId, Long viaPersonId, String note,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO wi_intro_request (team_id, prospect_id, requester_id,"
                    + " introducer_id, direct, via_person_id, note, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " 'ASKED', ?)", new String[] { "id" });
            ps.setLong(1, teamId);
            ps.setLong(2, prospectId);
            ps.setLong(3, requesterId);
            ps.setLong(4, introducerId);
            ps.setBoolean(5, viaPersonId == null);
            ps.setObject(6, viaPersonId);
            ps.setString(7, note);
            ps.setTimestamp(8, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<IntroRequest> find(long id) {
        return jdbc.query(SELECT + " WHERE r.id = ?", IntroStore::request, id).stream().findFirst();
    }

    /** Requests to an introducer, waiting ones first. */
    List<IntroRequest> toIntroducer(long introducerId) {
        return jdbc.query(SELECT + " WHERE r.introducer_id = ? ORDER BY CASE WHEN r.status = 'ASKED' THEN 0 ELSE 1"
                + " END, r.created_at DESC, r.id DESC LIMIT 200", IntroStore::request, introducerId);
    }

    List<IntroRequest> byRequester(long requesterId) {
        return jdbc.query(SELECT + " WHERE r.requester_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT 200",
                IntroStore::request, requesterId);
    }

    List<IntroRequest> aboutProspect(long prospectId) {
        return jdbc.query(SELECT + " WHERE r.prospect_id = ? ORDER BY r.created_at DESC, r.id DESC",
                IntroStore::request, prospectId);
    }

    int waitingFor(long introducerId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM wi_intro_request WHERE introducer_id = ? AND status =" + " 'ASKED'",
                Integer.class, introducerId);
        return n == null ? 0 : n;
    }

    /** The team's requests waiting for an answer, oldest first. */
    List<WaitingIntro> waitingInTeam(long teamId) {
        return jdbc.query(
                "SELECT r.id, r.requester_id, ra.display_name, r.introducer_id, ia.display_name,"
                        + " r.created_at FROM wi_intro_request r JOIN account ra ON ra.id = r.requester_id"
                        + " JOIN account ia ON ia.id = r.introducer_id WHERE r.team_id = ? AND r.status = 'ASKED'"
                        + " ORDER BY r.created_at, r.id",
                (rs, n) -> new WaitingIntro(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()),
                teamId);
    }

    /** False when the request no longer waits (answered or withdrawn meanwhile). */
    boolean answer(long id, boolean accept, String words, Instant at) {
        return jdbc.update(
                "UPDATE wi_intro_request SET status = ?, answer = ?, answered_at = ?, version ="
                        + " version + 1 WHERE id = ? AND status = 'ASKED'",
                accept ? "ACCEPTED" : "DECLINED", words, Timestamp.from(at), id) > 0;
    }

    /** False when the request no longer waits. */
    boolean withdraw(long id) {
        return jdbc.update("UPDATE wi_intro_request SET status = 'WITHDRAWN', version = version + 1 WHERE id = ? AND"
                + " status = 'ASKED'", id) > 0;
    }

    void recordOutcome(long id, IntroRequest.Outcome outcome, Instant at) {
        jdbc.update("UPDATE wi_intro_request SET outcome = ?, outcome_at = ?, version = version + 1 WHERE id = ?",
                outcome.name(), Timestamp.from(at), id);
    }

    /** Per introducer (by account: two teammates may share a name) and kind of path. */
    List<IntroducerStats> stats(long teamId) {
        List<IntroducerStats> rows = new ArrayList<>();
        jdbc.query("SELECT a.display_name, r.direct, COUNT(*),"
                + " SUM(CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = 'DECLINED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.outcome = 'INTRODUCED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.outcome = 'CONNECTED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.outcome = 'NO_REPLY' THEN 1 ELSE 0 END)"
                + " FROM wi_intro_request r JOIN account a ON a.id = r.introducer_id"
                + " WHERE r.team_id = ? AND r.status <> 'WITHDRAWN' GROUP BY a.id, a.display_name,"
                + " r.direct ORDER BY a.display_name, a.id, r.direct DESC", rs -> {
                    String path = rs.getBoolean(2) ? "Direct" : "Through a colleague";
                    rows.add(new IntroducerStats(rs.getString(1), path, rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }, teamId);
        return rows;
    }

    private static IntroRequest request(ResultSet rs, int n) throws SQLException {
        Long prospectId = (Long) rs.getObject(3, Long.class);
        String prospectName = prospectId == null ? "A person no longer in Headroom"
                : (rs.getString(4) + " " + rs.getString(5)).strip();
        Long via = (Long) rs.getObject(11, Long.class);
        boolean direct = rs.getBoolean(10);
        String viaName = via == null ? (direct ? null : "a colleague no longer in Headroom")
                : (rs.getString(12) + " " + rs.getString(13)).strip();
        String outcome = rs.getString(16);
        return new IntroRequest(rs.getLong(1), rs.getLong(2), prospectId, prospectName, rs.getLong(6), rs.getString(7),
                rs.getLong(8), rs.getString(9), direct, via, viaName, rs.getString(14),
                IntroRequest.Status.valueOf(rs.getString(15)),
                outcome == null ? null : IntroRequest.Outcome.valueOf(outcome), rs.getString(17),
                rs.getTimestamp(18).toInstant(), instant(rs.getTimestamp(19)), instant(rs.getTimestamp(20)),
                rs.getLong(21));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

}

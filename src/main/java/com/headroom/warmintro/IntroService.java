package com.headroom.warmintro;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.TeamGate;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Request intro": a rep asks a teammate, in Headroom, to introduce them to a prospect; the
 * teammate accepts or declines; the outcome (introduced, connected, no reply) is kept per
 * introducer and per path.
 */
@Service
@SignedIn
public class IntroService {

    private static final String SELECT = "SELECT r.id, r.team_id, r.prospect_id, p.first_name, p.last_name,"
            + " r.requester_id, ra.display_name, r.introducer_id, ia.display_name, r.direct, r.via_person_id,"
            + " v.first_name, v.last_name, r.note, r.status, r.outcome, r.answer, r.created_at, r.answered_at,"
            + " r.outcome_at, r.version FROM wi_intro_request r"
            + " LEFT JOIN prospect p ON p.id = r.prospect_id"
            + " JOIN account ra ON ra.id = r.requester_id JOIN account ia ON ia.id = r.introducer_id"
            + " LEFT JOIN wi_person v ON v.id = r.via_person_id";

    private final JdbcTemplate jdbc;
    private final ConnectionStore connections;
    private final ProspectService prospects;
    private final AccountService accounts;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final TeamGate gate;
    private final Clock clock;

    IntroService(JdbcTemplate jdbc, ConnectionStore connections, ProspectService prospects, AccountService accounts,
            TeamService teams, CurrentUser currentUser, Clock clock, TeamGate gate) {
        this.gate = gate;
        this.jdbc = jdbc;
        this.connections = connections;
        this.prospects = prospects;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Asks a teammate for an introduction along one of the prospect's warm paths.
     *
     * @param viaPersonId the colleague the path goes through, or null when the teammate knows the prospect
     */
    @Transactional
    public IntroRequest request(long prospectId, long introducerId, Long viaPersonId, String note) {
        var prospect = prospects.ref(prospectId);
        var me = requireTeam(prospect.teamId());
        if (prospect.doNotContact()) {
            throw new RuleViolation(prospect.fullName() + " is on the do-not-contact list: no introduction is asked"
                    + " for.");
        }
        if (introducerId == me.accountId()) {
            throw new RuleViolation("You know them yourself: no introduction needed.");
        }
        Teammate introducer = accounts.teammates(prospect.teamId()).stream().filter(t -> t.id() == introducerId
                && t.active()).findFirst().orElseThrow(() -> new RuleViolation("Choose a teammate in the"
                        + " prospect's team."));
        var state = connections.member(introducerId);
        long person = viaPersonId != null ? viaPersonId
                : WarmIntroService.personId(com.headroom.base.LinkedInProfileUrl.parse(prospect.profileUrl()).key());
        if (!state.sharesNetwork() || !connections.connected(introducerId, person)) {
            throw new RuleViolation(introducer.displayName() + " is not connected to that person in the network"
                    + " they share.");
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > 1000) {
            throw new RuleViolation("note", "Keep the note under 1,000 characters.");
        }
        var open = jdbc.queryForList("SELECT created_at FROM wi_intro_request WHERE prospect_id = ? AND requester_id = ?"
                + " AND introducer_id = ? AND status IN ('ASKED', 'ACCEPTED') AND outcome IS NULL", Timestamp.class,
                prospectId, me.accountId(), introducerId);
        if (!open.isEmpty()) {
            throw new RuleViolation("You already asked " + introducer.displayName() + " about this prospect;"
                    + " wait for that one to finish.");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO wi_intro_request (team_id, prospect_id, requester_id,"
                    + " introducer_id, direct, via_person_id, note, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " 'ASKED', ?)", new String[] {"id"});
            ps.setLong(1, prospect.teamId());
            ps.setLong(2, prospectId);
            ps.setLong(3, me.accountId());
            ps.setLong(4, introducerId);
            ps.setBoolean(5, viaPersonId == null);
            ps.setObject(6, viaPersonId);
            ps.setString(7, why);
            ps.setTimestamp(8, Timestamp.from(now));
            return ps;
        }, keys);
        return find(keys.getKey().longValue());
    }

    /** Requests to the signed-in person, waiting ones first. */
    @Transactional(readOnly = true)
    public List<IntroRequest> toMe() {
        var me = currentUser.require();
        return jdbc.query(SELECT + " WHERE r.introducer_id = ? ORDER BY CASE WHEN r.status = 'ASKED' THEN 0 ELSE 1"
                + " END, r.created_at DESC, r.id DESC LIMIT 200", IntroService::request, me.accountId());
    }

    /** Requests the signed-in person made. */
    @Transactional(readOnly = true)
    public List<IntroRequest> byMe() {
        var me = currentUser.require();
        return jdbc.query(SELECT + " WHERE r.requester_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT 200",
                IntroService::request, me.accountId());
    }

    /** Requests about one prospect, for its warm paths panel. */
    @Transactional(readOnly = true)
    public List<IntroRequest> aboutProspect(long prospectId) {
        var prospect = prospects.ref(prospectId);
        requireTeam(prospect.teamId());
        return jdbc.query(SELECT + " WHERE r.prospect_id = ? ORDER BY r.created_at DESC, r.id DESC",
                IntroService::request, prospectId);
    }

    @Transactional(readOnly = true)
    public int waitingForMe() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM wi_intro_request WHERE introducer_id = ? AND status ="
                + " 'ASKED'", Integer.class, currentUser.require().accountId());
        return n == null ? 0 : n;
    }

    /** A request in a team that waits for the introducer's answer: who asked whom, since when. */
    public record WaitingIntro(long id, long requesterId, String requesterName, long introducerId,
            String introducerName, Instant askedAt) {
    }

    /** The team's requests that wait for an answer, oldest first: for its managers' overview (and admins). */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<WaitingIntro> waitingInTeam(long teamId) {
        if (!teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return jdbc.query("SELECT r.id, r.requester_id, ra.display_name, r.introducer_id, ia.display_name,"
                + " r.created_at FROM wi_intro_request r JOIN account ra ON ra.id = r.requester_id"
                + " JOIN account ia ON ia.id = r.introducer_id WHERE r.team_id = ? AND r.status = 'ASKED'"
                + " ORDER BY r.created_at, r.id", (rs, n) -> new WaitingIntro(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()), teamId);
    }

    /** The introducer says yes (and will make the introduction) or no, with a word for the requester. */
    @Transactional
    public IntroRequest answer(long id, boolean accept, String answer) {
        var request = find(id);
        if (request.introducerId() != currentUser.require().accountId()) {
            throw new AccessDeniedException("Only the teammate asked answers");
        }
        String words = answer == null ? "" : answer.strip();
        if (words.length() > 1000) {
            throw new RuleViolation("answer", "Keep the answer under 1,000 characters.");
        }
        int changed = jdbc.update("UPDATE wi_intro_request SET status = ?, answer = ?, answered_at = ?, version ="
                + " version + 1 WHERE id = ? AND status = 'ASKED'", accept ? "ACCEPTED" : "DECLINED",
                words.isEmpty() ? null : words, Timestamp.from(clock.instant()), id);
        if (changed == 0) {
            throw new RuleViolation("That request was already answered or withdrawn.");
        }
        return find(id);
    }

    @Transactional
    public IntroRequest withdraw(long id) {
        var request = find(id);
        if (request.requesterId() != currentUser.require().accountId()) {
            throw new AccessDeniedException("Only the person who asked withdraws");
        }
        if (jdbc.update("UPDATE wi_intro_request SET status = 'WITHDRAWN', version = version + 1 WHERE id = ? AND"
                + " status = 'ASKED'", id) == 0) {
            throw new RuleViolation("That request was already answered.");
        }
        return find(id);
    }

    /** How an accepted introduction ended; the requester or the introducer records it. */
    @Transactional
    public IntroRequest recordOutcome(long id, IntroRequest.Outcome outcome) {
        var request = find(id);
        long me = currentUser.require().accountId();
        if (request.requesterId() != me && request.introducerId() != me) {
            throw new AccessDeniedException("Only the two people involved record the outcome");
        }
        if (request.status() != IntroRequest.Status.ACCEPTED) {
            throw new RuleViolation("Only an accepted request has an outcome.");
        }
        jdbc.update("UPDATE wi_intro_request SET outcome = ?, outcome_at = ?, version = version + 1 WHERE id = ?",
                outcome.name(), Timestamp.from(clock.instant()), id);
        return find(id);
    }

    /** Per introducer and kind of path: how many asked, accepted, declined, introduced, connected, no reply. */
    @Transactional(readOnly = true)
    public List<IntroducerStats> stats(long teamId) {
        requireTeam(teamId);
        List<IntroducerStats> rows = new ArrayList<>();
        // By account, not by name: two teammates may share a name.
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

    private IntroRequest find(long id) {
        var found = jdbc.query(SELECT + " WHERE r.id = ?", IntroService::request, id);
        if (found.isEmpty()) {
            throw new RuleViolation("That request no longer exists.");
        }
        var request = found.getFirst();
        requireTeam(request.teamId());
        return request;
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
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
        return new IntroRequest(rs.getLong(1), rs.getLong(2), prospectId, prospectName, rs.getLong(6),
                rs.getString(7), rs.getLong(8), rs.getString(9), direct, via, viaName, rs.getString(14),
                IntroRequest.Status.valueOf(rs.getString(15)), outcome == null ? null
                        : IntroRequest.Outcome.valueOf(outcome), rs.getString(17), rs.getTimestamp(18).toInstant(),
                instant(rs.getTimestamp(19)), instant(rs.getTimestamp(20)), rs.getLong(21));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

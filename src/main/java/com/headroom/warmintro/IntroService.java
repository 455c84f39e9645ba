package com.headroom.warmintro;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.TeamGate;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Request intro": a rep asks a teammate, in Headroom, to introduce them to a prospect;
 * the teammate accepts or declines; the outcome (introduced, connected, no reply) is kept
 * per introducer and per path.
 */
@Service
@SignedIn
public class IntroService {

    private final IntroStore store;

    private final ConnectionStore connections;

    private final ProspectService prospects;

    private final AccountService accounts;

    private final TeamService teams;

    private final CurrentUser currentUser;

    private final TeamGate gate;

    private final Clock clock;

    IntroService(IntroStore store, ConnectionStore connections, ProspectService prospects, AccountService accounts,
            TeamService teams, CurrentUser currentUser, Clock clock, TeamGate gate) {
        this.gate = gate;
        this.store = store;
        this.connections = connections;
        this.prospects = prospects;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Asks a teammate for an introduction along one of the prospect's warm paths.
     * @param viaPersonId the colleague the path goes through, or null when the teammate
     * knows the prospect
     */
    @Transactional
    public IntroRequest request(long prospectId, long introducerId, Long viaPersonId, String note) {
        var prospect = prospects.ref(prospectId);
        var me = requireTeam(prospect.teamId());
        if (prospect.doNotContact()) {
            throw new RuleViolation(
                    prospect.fullName() + " is on the do-not-contact list: no introduction is asked" + " for.");
        }
        if (introducerId == me.accountId()) {
            throw new RuleViolation("You know them yourself: no introduction needed.");
        }
        Teammate introducer = accounts.teammates(prospect.teamId())
            .stream()
            .filter(t -> t.id() == introducerId && t.active())
            .findFirst()
            .orElseThrow(() -> new RuleViolation("Choose a teammate in the" + " prospect's team."));
        var state = connections.member(introducerId);
        long person = viaPersonId != null ? viaPersonId
                : WarmIntroService.personId(com.headroom.base.LinkedInProfileUrl.parse(prospect.profileUrl()).key());
        if (!state.sharesNetwork() || !connections.connected(introducerId, person)) {
            throw new RuleViolation(
                    introducer.displayName() + " is not connected to that person in the network" + " they share.");
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > 1000) {
            throw new RuleViolation("note", "Keep the note under 1,000 characters.");
        }
        if (store.hasOpen(prospectId, me.accountId(), introducerId)) {
            throw new RuleViolation("You already asked " + introducer.displayName() + " about this prospect;"
                    + " wait for that one to finish.");
        }
        return find(store.insert(prospect.teamId(), prospectId, me.accountId(), introducerId, viaPersonId, why,
                clock.instant()));
    }

    /** Requests to the signed-in person, waiting ones first. */
    @Transactional(readOnly = true)
    public List<IntroRequest> toMe() {
        var me = currentUser.require();
        return store.toIntroducer(me.accountId());
    }

    /** Requests the signed-in person made. */
    @Transactional(readOnly = true)
    public List<IntroRequest> byMe() {
        var me = currentUser.require();
        return store.byRequester(me.accountId());
    }

    /**
     * Which paths to one prospect were asked along, and how that went, for its warm paths
     * panel: only that, since the whole team reads the panel and a request's note and
     * answer are the requester's and the introducer's.
     */
    @Transactional(readOnly = true)
    public List<PathAsked> aboutProspect(long prospectId) {
        var prospect = prospects.ref(prospectId);
        requireTeam(prospect.teamId());
        return store.aboutProspect(prospectId)
            .stream()
            .map(r -> new PathAsked(r.requesterId(), r.introducerId(), r.viaPersonId(), r.status(), r.outcome()))
            .toList();
    }

    /**
     * A path someone in the team asked along.
     *
     * @param viaPersonId the prospect's colleague the path goes through; null for a
     * direct introduction
     * @param outcome null until the requester says how it went
     */
    public record PathAsked(long requesterId, long introducerId, @Nullable Long viaPersonId, IntroRequest.Status status,
            IntroRequest.@Nullable Outcome outcome) {
    }

    @Transactional(readOnly = true)
    public int waitingForMe() {
        return store.waitingFor(currentUser.require().accountId());
    }

    /**
     * A request in a team that waits for the introducer's answer: who asked whom, since
     * when.
     */
    public record WaitingIntro(long id, long requesterId, String requesterName, long introducerId,
            String introducerName, Instant askedAt) {
    }

    /**
     * The team's requests that wait for an answer, oldest first: for its managers'
     * overview (and admins).
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<WaitingIntro> waitingInTeam(long teamId) {
        if (!teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return store.waitingInTeam(teamId);
    }

    /**
     * The introducer says yes (and will make the introduction) or no, with a word for the
     * requester.
     */
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
        if (!store.answer(id, accept, words.isEmpty() ? null : words, clock.instant())) {
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
        if (!store.withdraw(id)) {
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
        store.recordOutcome(id, outcome, clock.instant());
        return find(id);
    }

    /**
     * Per introducer and kind of path: how many asked, accepted, declined, introduced,
     * connected, no reply.
     */
    @Transactional(readOnly = true)
    public List<IntroducerStats> stats(long teamId) {
        requireTeam(teamId);
        return store.stats(teamId);
    }

    private IntroRequest find(long id) {
        var request = store.find(id).orElseThrow(() -> new RuleViolation("That request no longer exists."));
        requireTeam(request.teamId());
        return request;
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

}

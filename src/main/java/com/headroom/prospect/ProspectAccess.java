package com.headroom.prospect;

import com.headroom.base.Hashes;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.CurrentUser;
import com.headroom.team.AccountService;
import com.headroom.team.Teammate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the prospect log and the hand-over share: a prospect found for the signed-in
 * person (in one of their teams), what they see of it (a private note only when it is
 * theirs), whether they may change it, and who already holds a person. Runs in the
 * caller's transaction.
 */
@Component
class ProspectAccess {

    private final ProspectRepository prospects;

    private final ProspectStore store;

    private final ProspectHistoryStore history;

    private final TeamGate gate;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    ProspectAccess(ProspectRepository prospects, ProspectStore store, ProspectHistoryStore history, TeamGate gate,
            AccountService accounts, CurrentUser currentUser) {
        this.prospects = prospects;
        this.store = store;
        this.history = history;
        this.gate = gate;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    Prospect find(long id) {
        var prospect = prospects.findById(id).orElseThrow(() -> new RuleViolation("That prospect no longer exists."));
        gate.requireTeam(prospect.teamId());
        return prospect;
    }

    ProspectDetails details(Prospect prospect) {
        var me = currentUser.require();
        boolean owner = prospect.ownerId() == me.accountId();
        Optional<String> privateNote = owner ? store.privateNote(prospect.id(), me.accountId()) : Optional.empty();
        return new ProspectDetails(prospect.id(), prospect.teamId(), prospect.draft(), prospect.profileUrl(),
                prospect.source(), prospect.ownerId(), prospect.stage(), prospect.doNotContact(),
                prospect.doNotContactReason(), prospect.createdAt(), prospect.lastActivityAt(), privateNote,
                mayEdit(prospect), owner, history.of(prospect.id()), prospect.version(), prospect.origin(),
                prospect.deal());
    }

    /** The team's record of this person, if it has one, with its owner's name. */
    Optional<DuplicateProspect> heldBy(long teamId, LinkedInProfileUrl profile) {
        return prospects.findByTeamIdAndProfileKeyHash(teamId, Hashes.sha256(profile.key()))
            .map(found -> new DuplicateProspect(found.id(), found.fullName(),
                    nameOf(teammates(teamId), found.ownerId())));
    }

    /** The people of a team the signed-in person works in or manages, by id. */
    Map<Long, Teammate> teammates(long teamId) {
        gate.requireTeam(teamId);
        return accounts.teammates(teamId).stream().collect(Collectors.toMap(Teammate::id, Function.identity()));
    }

    boolean mayEdit(Prospect prospect) {
        return gate.mayEdit(prospect.ownerId());
    }

    void requireMayEdit(Prospect prospect) {
        if (!mayEdit(prospect)) {
            throw new AccessDeniedException("Only the owner or a manager changes a prospect");
        }
    }

    static void requireVersion(Prospect prospect, long expectedVersion) {
        if (prospect.version() != expectedVersion) {
            throw new RuleViolation("Someone else changed " + prospect.fullName()
                    + " while you were editing. Nothing was saved; reopen the prospect to see their changes.");
        }
    }

    static String nameOf(Map<Long, Teammate> team, long accountId) {
        var mate = team.get(accountId);
        return mate == null ? "a former member" : mate.displayName();
    }

}

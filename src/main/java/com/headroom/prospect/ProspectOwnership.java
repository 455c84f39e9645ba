package com.headroom.prospect;

import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.CurrentUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.Teammate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works whom: every prospect has one owner in the team, who hands it over to a
 * teammate (a manager reassigns), and adding someone the team already has names their
 * owner, so that two members never work the same person unknowingly.
 */
@Service
@SignedIn
public class ProspectOwnership {

    private final ProspectRepository prospects;

    private final ProspectAccess access;

    private final ProspectHistoryStore history;

    private final TeamGate gate;

    private final CurrentUser currentUser;

    private final Clock clock;

    ProspectOwnership(ProspectRepository prospects, ProspectAccess access, ProspectHistoryStore history, TeamGate gate,
            CurrentUser currentUser, Clock clock) {
        this.prospects = prospects;
        this.access = access;
        this.history = history;
        this.gate = gate;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The refusal adding this profile address would get, if the team already has the
     * person: their record and its owner, for the add form to show as soon as the address
     * is entered. Empty for a new person, and for an address that is not a profile
     * address (the form says why on save).
     */
    @Transactional(readOnly = true)
    public Optional<DuplicateProspect> existing(long teamId, String profileUrl) {
        gate.requireTeam(teamId);
        if (profileUrl == null || profileUrl.isBlank()) {
            return Optional.empty();
        }
        LinkedInProfileUrl profile;
        try {
            profile = LinkedInProfileUrl.parse(profileUrl);
        }
        catch (LinkedInProfileUrl.InvalidProfileUrl notAProfile) {
            return Optional.empty();
        }
        return access.heldBy(teamId, profile);
    }

    /**
     * The owner hands the prospect to a teammate; a manager reassigns within their teams.
     */
    @Transactional
    public ProspectDetails handOver(long id, long newOwnerId) {
        var prospect = access.find(id);
        access.requireMayEdit(prospect);
        Map<Long, Teammate> team = access.teammates(prospect.teamId());
        var newOwner = team.get(newOwnerId);
        if (newOwner == null || !newOwner.active() || newOwner.role() == Role.ADMIN) {
            throw new RuleViolation("ownerId",
                    "Choose someone active in the team to hand " + prospect.fullName() + " over to.");
        }
        if (newOwnerId == prospect.ownerId()) {
            return access.details(prospect);
        }
        var me = currentUser.require();
        var now = clock.instant();
        String from = ProspectAccess.nameOf(team, prospect.ownerId());
        prospect.setOwnerId(newOwnerId);
        prospect = prospects.saveAndFlush(prospect);
        history.append(ProspectHistoryStore.Line.by(me, id, now, ProspectEvent.Kind.HANDED_OVER, from,
                newOwner.displayName()));
        return access.details(prospect);
    }

    /** The people of a team, by id, for owner names. */
    @Transactional(readOnly = true)
    public Map<Long, Teammate> teammates(long teamId) {
        return access.teammates(teamId);
    }

}

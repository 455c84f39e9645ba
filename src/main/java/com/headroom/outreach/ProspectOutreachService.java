package com.headroom.outreach;

import com.headroom.outreach.OutreachStore.StoredEntry;
import com.headroom.outreach.OverrideRequest.Status;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamService;
import com.headroom.tier.TierSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prospect's outreach as its detail shows it: who logged what and when, what is pending
 * or connected, the approvals that cover it and what the signed-in rep may log next.
 * Reads only; the ledger's writes are {@link OutreachService}'s.
 */
@Service
@SignedIn
public class ProspectOutreachService {

    static final int HISTORY_LIMIT = 100;

    /**
     * LinkedIn shows a prospect as connected from these stages on, whatever the ledger
     * holds.
     */
    private static final Set<Stage> CONNECTED_STAGES = EnumSet.of(Stage.CONNECTED, Stage.CONVERSATION, Stage.MEETING,
            Stage.OPPORTUNITY, Stage.WON);

    private final OutreachStore store;

    private final MemberSeats seats;

    private final OverrideService overrides;

    private final ProspectService prospects;

    private final TeamService teams;

    private final TeamNames names;

    private final CurrentUser currentUser;

    private final Clock clock;

    ProspectOutreachService(OutreachStore store, MemberSeats seats, OverrideService overrides,
            ProspectService prospects, TeamService teams, TeamNames names, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.seats = seats;
        this.overrides = overrides;
        this.prospects = prospects;
        this.teams = teams;
        this.names = names;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A prospect's outreach as its detail shows it to the signed-in person. */
    @Transactional(readOnly = true)
    public ProspectOutreach forProspect(long prospectId) {
        var me = currentUser.require();
        var prospect = prospects.details(prospectId);
        var seat = seats.of(me.accountId());
        String whyNot = null;
        if (!prospect.owner()) {
            whyNot = "Only the owner logs outreach. Ask them to hand " + prospect.draft().firstName()
                    + " over to you first.";
        }
        else if (seat.isEmpty()) {
            whyNot = "You have no LinkedIn seat in Headroom yet. Ask your administrator to give you one.";
        }
        var teamNames = names.of(prospect.teamId());
        var entries = store.prospectEntries(prospectId, HISTORY_LIMIT);
        Set<Long> undone = store.reversed(entries.stream().map(StoredEntry::id).toList());
        List<OutreachLine> lines = new ArrayList<>();
        for (var e : entries) {
            boolean mine = e.memberId() == me.accountId();
            lines.add(new OutreachLine(e.id(), e.type(), e.occurredAt(), e.loggedAt(),
                    teamNames.getOrDefault(e.memberId(), "a former member"), mine, undone.contains(e.id()),
                    e.withNote(), e.templateName(), mine ? e.subject() : null, mine ? e.text() : null,
                    pastLimitNote(e, teamNames)));
        }
        Instant now = clock.instant();
        Optional<Headroom> headroom = seat
            .map(s -> LimitsEngine.evaluate(s.facts(), store.ledger(me.accountId()), now));
        boolean pending = headroom.map(h -> h.invitations().pendingProspects().contains(prospectId)).orElse(false);
        boolean connected = headroom.map(h -> h.invitations().connectedProspects().contains(prospectId)).orElse(false);
        boolean inMailOpen = headroom.map(h -> h.inMail().openInMails().containsKey(prospectId)).orElse(false);
        Optional<Instant> lockedUntil = headroom.map(h -> h.lockouts().get(prospectId));
        var byStatus = overrides.forProspect(me.accountId(), prospect);
        var tier = seat.map(s -> s.facts().tierAt(now));
        return new ProspectOutreach(prospectId, prospect.draft().fullName(), prospect.draft().firstName(),
                whyNot == null, whyNot, lines, pending, connected,
                !connected && !pending && CONNECTED_STAGES.contains(prospect.stage()), inMailOpen, lockedUntil,
                headroom, byStatus.getOrDefault(Status.APPROVED, List.of()),
                byStatus.getOrDefault(Status.REQUESTED, List.of()),
                tier.map(TierSettings::noteCharacterLimit).orElse(0),
                tier.map(TierSettings::messageCharacterLimit).orElse(0),
                tier.map(TierSettings::inMailSubjectLimit).orElse(0), tier.map(TierSettings::inMailBodyLimit).orElse(0),
                ZoneId.of(teams.pacing(prospect.teamId()).timeZone()));
    }

    /**
     * For an entry logged past a limit: the limit, and whose approval or which reason.
     */
    private static @Nullable String pastLimitNote(StoredEntry e, Map<Long, String> names) {
        if (e.pastLimits() == null) {
            return null;
        }
        if (e.approvedBy() != null) {
            return "Past the limit with " + names.getOrDefault(e.approvedBy(), "a manager") + "'s approval: "
                    + e.overrideReason();
        }
        return "Logged past the limit: " + e.pastLimitSentence() + " Reason: " + e.pastLimitReason();
    }

}

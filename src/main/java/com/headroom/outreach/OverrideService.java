package com.headroom.outreach;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.OverrideRequest.Status;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Going past team pacing with a manager's word: a rep asks before sending, a manager of
 * the team approves or declines with a reason (audited), and the approval is good for
 * that one action on that person within a week. Managers also see what their reps logged
 * past a limit without asking.
 */
@Service
@SignedIn
public class OverrideService {

    static final String AUDIT_SUBJECT = "Limit override";

    /** An approval is for the action at hand, not a standing permission. */
    static final Duration APPROVAL_VALIDITY = Duration.ofDays(7);

    /** How far back the managers' list of actions logged past a limit reaches. */
    static final Duration PAST_LIMIT_WINDOW = Duration.ofDays(30);

    private final OverrideStore overrides;

    private final OutreachStore store;

    private final MemberSeats seats;

    private final ProspectService prospects;

    private final TeamNames names;

    private final CurrentUser currentUser;

    private final AuditLog auditLog;

    private final Clock clock;

    OverrideService(OverrideStore overrides, OutreachStore store, MemberSeats seats, ProspectService prospects,
            TeamNames names, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.overrides = overrides;
        this.store = store;
        this.seats = seats;
        this.prospects = prospects;
        this.names = names;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Asks the team's managers to approve going past the limit that stands in the way of
     * this action. The limits are worked out again now, so that the manager sees the real
     * numbers.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public OverrideRequest requestOverride(long prospectId, OutreachType action, String note) {
        var me = currentUser.require();
        store.lockMember(me.accountId());
        var seat = seats.require(me.accountId());
        var prospect = prospects.details(prospectId);
        OutreachInputs.requireOwner(prospect);
        String why = OutreachInputs.reason(note, "note", "Tell your manager why this one can't wait.");
        var open = overrides.open(me.accountId(), action, prospectId);
        var teamNames = names.of(seat.teamId());
        if (!open.isEmpty()) {
            return view(open.getFirst(), teamNames, Map.of(prospectId, prospect.draft().fullName()),
                    names.zone(seat.teamId()));
        }
        Instant now = clock.instant();
        var check = OutreachService.check(seat, store.ledger(me.accountId()), now, now, action, prospectId, null, null);
        if (check.refused().isPresent()) {
            throw new RuleViolation(
                    check.refused().get().sentence() + " A manager can't lift this one: LinkedIn" + " enforces it.");
        }
        if (check.pastLimits().isEmpty()) {
            throw new RuleViolation("Nothing stops this now: log it without an approval.");
        }
        long id = overrides.request(seat.teamId(), me.accountId(), prospectId, action, check.pastLimitRecord(), why,
                now, check.pastLimitNames());
        return view(overrides.find(id).orElseThrow(), teamNames, Map.of(prospectId, prospect.draft().fullName()),
                names.zone(seat.teamId()));
    }

    /**
     * Requests from the teams the signed-in manager leads, waiting for a decision, oldest
     * first.
     */
    @Transactional(readOnly = true)
    public List<OverrideRequest> overridesToDecide() {
        requireManager();
        return views(overrides.waiting(names.visibleTeams()));
    }

    /** The latest decisions in the signed-in manager's teams. */
    @Transactional(readOnly = true)
    public List<OverrideRequest> overridesDecided() {
        requireManager();
        return views(overrides.decided(names.visibleTeams(), 50));
    }

    /**
     * What the manager's reps logged past a team limit in the last 30 days, newest first.
     */
    @Transactional(readOnly = true)
    public List<PastLimitEntry> loggedPastALimit() {
        requireManager();
        var entries = store.pastLimit(names.visibleTeams(), clock.instant().minus(PAST_LIMIT_WINDOW), 200);
        Set<Long> undone = store.reversed(entries.stream().map(OutreachStore.StoredEntry::id).toList());
        Map<Long, Map<Long, String>> namesByTeam = new HashMap<>();
        Map<Long, Map<Long, String>> prospectsByTeam = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        entries.stream().collect(Collectors.groupingBy(OutreachStore.StoredEntry::teamId)).forEach((teamId, ofTeam) -> {
            namesByTeam.put(teamId, names.of(teamId));
            zones.put(teamId, names.zone(teamId));
            prospectsByTeam.put(teamId,
                    prospectNames(teamId,
                            ofTeam.stream()
                                .map(OutreachStore.StoredEntry::prospectId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet())));
        });
        List<PastLimitEntry> lines = new ArrayList<>();
        for (var e : entries) {
            var teamNames = namesByTeam.get(e.teamId());
            lines.add(new PastLimitEntry(e.id(), e.teamId(), teamNames.getOrDefault(e.memberId(), "a former member"),
                    e.prospectId(),
                    e.prospectId() == null ? "an erased person"
                            : prospectsByTeam.get(e.teamId()).getOrDefault(e.prospectId(), "a prospect"),
                    e.type(), e.occurredAt(), e.pastLimitSentence(), e.pastLimitReason(),
                    e.approvedBy() == null ? null : teamNames.getOrDefault(e.approvedBy(), "a former manager"),
                    undone.contains(e.id()), zones.get(e.teamId())));
        }
        return lines;
    }

    /** A manager of the rep's team approves, with a reason; it goes to the audit log. */
    @Transactional
    public OverrideRequest approveOverride(long id, String reason) {
        return decide(id, Status.APPROVED, reason);
    }

    @Transactional
    public OverrideRequest declineOverride(long id, String reason) {
        return decide(id, Status.DECLINED, reason);
    }

    private OverrideRequest decide(long id, Status status, String reason) {
        var me = requireManager();
        var row = overrides.lock(id).orElseThrow(() -> new RuleViolation("That request no longer exists."));
        if (!names.visibleTeams().contains(row.teamId())) {
            throw new AccessDeniedException("Only a manager of the rep's team decides on an override");
        }
        if (row.memberId() == me.accountId()) {
            throw new RuleViolation("You can't approve your own request. Ask another manager of the team.");
        }
        if (row.status() != Status.REQUESTED) {
            throw new RuleViolation("This request was already " + row.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        String why = OutreachInputs.reason(reason, "reason",
                "Give the reason for your decision: it goes to the audit" + " log.");
        overrides.decide(id, status, me.accountId(), why, clock.instant());
        var view = views(List.of(overrides.find(id).orElseThrow())).getFirst();
        auditLog.record(AUDIT_SUBJECT, id, view.memberName() + ": " + view.action().label(),
                status == Status.APPROVED ? "Approved" : "Declined",
                List.of(new FieldChange("Limit", null, row.refusal()),
                        new FieldChange("Prospect", null, view.prospectName()), new FieldChange("Reason", null, why)));
        return view;
    }

    // ---- For the ledger and My day, inside their transactions. ----

    /**
     * Uses the rep's approval for this action, if it fits: then the entry goes past the
     * limit with the manager's word instead of the rep's reason.
     */
    long useApproval(HeadroomUser me, LogRequest request, ActionCheck check, ProspectDetails prospect, Instant now) {
        var row = overrides.lock(request.overrideId());
        if (row.isEmpty() || row.get().memberId() != me.accountId() || row.get().action() != request.type()
                || row.get().prospectId() == null || row.get().prospectId() != prospect.id()
                || row.get().status() != Status.APPROVED || expired(row.get())) {
            throw new RuleViolation("That approval can't be used here any more. " + check.pastLimitSentence());
        }
        overrides.markUsed(row.get().id(), now);
        auditLog.record(AUDIT_SUBJECT, row.get().id(), me.displayName() + ": " + request.type().label(), "Used",
                List.of(new FieldChange("Limit", null, check.pastLimitRecord()),
                        new FieldChange("Prospect", null, prospect.draft().fullName())));
        return row.get().id();
    }

    /**
     * Whether the rep's approval covers every limit the action now goes past: a manager
     * approved going past the limits they were shown, not whatever else turns up before
     * the rep sends.
     */
    boolean approvalCovers(long overrideId, ActionCheck check) {
        return overrides.find(overrideId).map(row -> row.covers(check.pastLimits())).orElse(false);
    }

    /** The action was logged: the rep's approvals for it on this person are done with. */
    void closeApprovals(long memberId, long prospectId, OutreachType action, Instant now) {
        overrides.closeApprovals(memberId, prospectId, action, now);
    }

    /** The rep's approvals usable on a prospect, and requests still waiting. */
    Map<Status, List<OverrideRequest>> forProspect(long memberId, ProspectDetails prospect) {
        var teamNames = names.of(prospect.teamId());
        var zone = names.zone(prospect.teamId());
        Map<Status, List<OverrideRequest>> byStatus = new HashMap<>();
        for (var row : overrides.forProspect(memberId, prospect.id())) {
            if (row.status() == Status.APPROVED && expired(row)) {
                continue;
            }
            byStatus.computeIfAbsent(row.status(), s -> new ArrayList<>())
                .add(view(row, teamNames, Map.of(prospect.id(), prospect.draft().fullName()), zone));
        }
        return byStatus;
    }

    /** The rep's requests of the last week, for My day. */
    List<OverrideRequest> recentOf(long memberId) {
        return views(overrides.recentOfMember(memberId, clock.instant().minus(APPROVAL_VALIDITY)));
    }

    /**
     * For a manager's My day: requests waiting, and actions logged past a limit this
     * week.
     */
    int waitingForMe() {
        return overrides.waiting(names.visibleTeams()).size();
    }

    int loggedPastALimitThisWeek() {
        return store.countPastLimit(names.visibleTeams(), clock.instant().minus(Duration.ofDays(7)));
    }

    // ---- The parts. ----

    private boolean expired(OverrideStore.Row row) {
        return row.decidedAt() != null && row.decidedAt().plus(APPROVAL_VALIDITY).isBefore(clock.instant());
    }

    private List<OverrideRequest> views(List<OverrideStore.Row> rows) {
        Map<Long, Map<Long, String>> namesByTeam = new HashMap<>();
        Map<Long, Map<Long, String>> prospectsByTeam = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(OverrideStore.Row::teamId)).forEach((teamId, ofTeam) -> {
            namesByTeam.put(teamId, names.of(teamId));
            zones.put(teamId, names.zone(teamId));
            prospectsByTeam.put(teamId,
                    prospectNames(teamId,
                            ofTeam.stream()
                                .map(OverrideStore.Row::prospectId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet())));
        });
        return rows.stream()
            .map(r -> view(r, namesByTeam.get(r.teamId()), prospectsByTeam.get(r.teamId()), zones.get(r.teamId())))
            .toList();
    }

    private Map<Long, String> prospectNames(long teamId, Set<Long> ids) {
        return prospects.rows(teamId, ids)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().fullName()));
    }

    private static OverrideRequest view(OverrideStore.Row row, Map<Long, String> names, Map<Long, String> prospects,
            ZoneId zone) {
        return new OverrideRequest(row.id(), row.teamId(), row.memberId(),
                names.getOrDefault(row.memberId(), "a former member"), row.prospectId(),
                row.prospectId() == null ? "an erased person" : prospects.getOrDefault(row.prospectId(), "a prospect"),
                row.action(), row.refusal(), row.memberNote(), row.requestedAt(), row.status(),
                row.decidedBy() == null ? null : names.getOrDefault(row.decidedBy(), "a former manager"),
                row.decidedAt(), row.reason(), row.usedAt(), zone);
    }

    /** Overrides are a manager's decision: not a rep's, not an administrator's. */
    private HeadroomUser requireManager() {
        var me = currentUser.require();
        if (me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only managers decide on overrides");
        }
        return me;
    }

}

package com.headroom.outreach;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.MemberSeats.Seat;
import com.headroom.outreach.OutreachStore.NewEntry;
import com.headroom.outreach.OutreachStore.StoredEntry;
import com.headroom.outreach.OverrideRequest.Status;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach ledger: reps log what they did on LinkedIn, Headroom checks each action against
 * the limits engine first, and managers approve going past a limit with a reason.
 *
 * <p>Every write starts by locking the member's row in {@code outreach_account} and reads the
 * ledger after it, at READ COMMITTED, so that two requests (two tabs, two nodes) can never both
 * use the last InMail credit or the last invitation of the week.
 */
@Service
@SignedIn
public class OutreachService {

    static final String AUDIT_SUBJECT = "Limit override";
    /** Reps log after the fact, but a month is as far back as memory of a LinkedIn action goes. */
    static final Duration BACKDATING_LIMIT = Duration.ofDays(30);
    /** Clocks of phones and laptops drift; a few minutes ahead is still "now". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    /** An approval is for the action at hand, not a standing permission. */
    static final Duration APPROVAL_VALIDITY = Duration.ofDays(7);
    static final Duration FOLLOW_UP_WINDOW = Duration.ofDays(30);
    static final Duration QUIET_FOR = Duration.ofDays(7);
    static final int TODO_LIMIT = 10;
    static final int HISTORY_LIMIT = 100;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEE d MMM", Locale.ENGLISH);

    private final OutreachStore store;
    private final OverrideStore overrides;
    private final TemplateStore templates;
    private final MemberSeats seats;
    private final LedgerUpkeep upkeep;
    private final ProspectService prospects;
    private final AccountService accounts;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    OutreachService(OutreachStore store, OverrideStore overrides, TemplateStore templates,
            MemberSeats seats, LedgerUpkeep upkeep,
            ProspectService prospects,
            AccountService accounts, TeamService teams, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.overrides = overrides;
        this.templates = templates;
        this.seats = seats;
        this.upkeep = upkeep;
        this.prospects = prospects;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Logs one action on a prospect the signed-in rep owns.
     *
     * @throws OutreachRefused when a limit forbids it, with the sentence to show
     * @throws RuleViolation   for input to fix (a time out of range, a missing text)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged log(LogRequest request) {
        var me = currentUser.require();
        var earlier = lockAndFindEarlier(me, request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var type = request.type();
        if (type == null || !type.aboutProspect()) {
            throw new RuleViolation("type", "Choose what you did.");
        }
        var seat = requireSeat(me);
        var prospect = prospects.details(request.prospectId());
        requireOwner(prospect);
        Instant now = clock.instant();
        Instant at = when(request.occurredAt(), now);
        String text = clean(request.text());
        String subject = clean(request.subject());
        if (prospect.doNotContact() && type.contacts()) {
            throw new OutreachRefused(new Refusal(Refusal.Limit.DO_NOT_CONTACT, prospect.draft().fullName()
                    + " is on the do-not-contact list" + (prospect.doNotContactReason() == null ? ""
                    : " (" + prospect.doNotContactReason() + ")") + ". Nothing was logged."));
        }
        if (request.templateId() != null) {
            var template = templates.find(request.templateId()).orElse(null);
            if (template == null || (template.teamId() != null && template.teamId() != seat.teamId())
                    || template.kind().sentAs() != type) {
                throw new RuleViolation("templateId", "Choose one of your team's templates for this.");
            }
        }
        if (type == OutreachType.INMAIL_SENT && (subject == null || text == null)) {
            throw new RuleViolation(subject == null ? "subject" : "text",
                    "Enter the InMail's " + (subject == null ? "subject" : "text") + " as you sent it.");
        }

        if (type == OutreachType.INMAIL_SENT) {
            // The grant job runs every few minutes; a spend right after midnight must not wait for it.
            upkeep.grantCredits(seat, now);
        }
        var ledger = store.ledger(me.accountId());
        var headroom = LimitsEngine.evaluate(seat.facts(), ledger, at);
        Optional<Refusal> refusal = switch (type) {
            case INVITATION_SENT -> LimitsEngine.refuseInvitation(headroom, seat.facts(), prospect.id(), text);
            case MESSAGE_SENT -> LimitsEngine.refuseMessage(headroom, seat.facts(), text);
            case INMAIL_SENT -> LimitsEngine.refuseInMail(headroom, seat.facts(), prospect.id(), subject, text);
            default -> Optional.empty();
        };
        Long overrideId = null;
        if (refusal.isPresent()) {
            overrideId = useApproval(me, request, refusal.get(), prospect, now)
                    .orElseThrow(() -> new OutreachRefused(refusal.get()));
        }
        long id = store.append(new NewEntry(seat.teamId(), me.accountId(), prospect.id(), type, at, now,
                me.accountId(), type == OutreachType.INVITATION_SENT && text != null, request.templateId(),
                answers(ledger, type, prospect.id(), at), null, 0, overrideId, request.idempotencyKey(), subject,
                text));
        var after = prospects.recordOutreach(prospect.id(), type.stageReached());
        if (type.isInMailResponse()) {
            upkeep.refundAnsweredInMails(seat, now);
        }
        return new Logged(id, type, at, false, after.stage());
    }

    /** LinkedIn restricted the rep's account: invitations pause for the team's cooldown. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged reportRestriction(Instant occurredAt, Instant endsAt, String idempotencyKey) {
        var me = currentUser.require();
        var earlier = lockAndFindEarlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var seat = requireSeat(me);
        Instant now = clock.instant();
        Instant at = when(occurredAt, now);
        if (endsAt != null && !endsAt.isAfter(at)) {
            throw new RuleViolation("endsAt", "The restriction must end after it started.");
        }
        long id = store.append(new NewEntry(seat.teamId(), me.accountId(), null, OutreachType.RESTRICTION_REPORTED,
                at, now, me.accountId(), false, null, null, endsAt, 0, null, idempotencyKey, null, null));
        return new Logged(id, OutreachType.RESTRICTION_REPORTED, at, false, null);
    }

    /**
     * Undoes one of the rep's own entries with a reversing entry: nothing is updated or deleted.
     * The prospect's stage stays where it is; the rep moves it by hand if it should go back.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged undo(long entryId, String idempotencyKey) {
        var me = currentUser.require();
        var earlier = lockAndFindEarlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var entry = store.entry(entryId).orElseThrow(() -> new RuleViolation("That entry no longer exists."));
        if (entry.memberId() != me.accountId()) {
            throw new AccessDeniedException("Only the rep who logged an entry undoes it");
        }
        if (!entry.type().loggedByReps()) {
            throw new RuleViolation("Headroom wrote this entry itself; it can't be undone.");
        }
        if (!store.reversed(List.of(entryId)).isEmpty()) {
            throw new RuleViolation("This entry was already undone.");
        }
        Instant now = clock.instant();
        long id = store.append(new NewEntry(entry.teamId(), me.accountId(), entry.prospectId(), OutreachType.REVERSAL,
                now, now, me.accountId(), false, null, entryId, null, 0, null, idempotencyKey, null, null));
        if (entry.type().isInMailResponse()) {
            takeBackRefund(entry, me.accountId(), now);
        }
        return new Logged(id, OutreachType.REVERSAL, now, false, null);
    }

    /** The signed-in rep's headroom now; empty without a LinkedIn seat. */
    @Transactional(readOnly = true)
    public Optional<Headroom> myHeadroom() {
        var me = currentUser.require();
        return seats.of(me.accountId()).map(seat -> LimitsEngine.evaluate(seat.facts(),
                store.ledger(me.accountId()), clock.instant()));
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
        } else if (seat.isEmpty()) {
            whyNot = "You have no LinkedIn seat in Headroom yet. Ask your administrator to give you one.";
        }
        var names = names(prospect.teamId());
        var entries = store.prospectEntries(prospectId, HISTORY_LIMIT);
        Set<Long> undone = store.reversed(entries.stream().map(StoredEntry::id).toList());
        Map<Long, String> overrideNotes = overrideNotes(entries, names);
        List<OutreachLine> lines = new ArrayList<>();
        for (var e : entries) {
            boolean mine = e.memberId() == me.accountId();
            lines.add(new OutreachLine(e.id(), e.type(), e.occurredAt(), e.loggedAt(),
                    names.getOrDefault(e.memberId(), "a former member"), mine, undone.contains(e.id()), e.withNote(),
                    e.templateName(), mine ? e.subject() : null, mine ? e.text() : null,
                    overrideNotes.get(e.id())));
        }
        Optional<Headroom> headroom = seat.map(s -> LimitsEngine.evaluate(s.facts(), store.ledger(me.accountId()),
                clock.instant()));
        boolean pending = headroom.map(h -> h.invitations().pendingProspects().contains(prospectId)).orElse(false);
        boolean connected = headroom.map(h -> h.invitations().connectedProspects().contains(prospectId)).orElse(false);
        boolean inMailOpen = headroom.map(h -> h.inMail().openInMails().containsKey(prospectId)).orElse(false);
        List<OverrideRequest> approved = new ArrayList<>();
        List<OverrideRequest> waiting = new ArrayList<>();
        for (var row : overrides.forProspect(me.accountId(), prospectId)) {
            var view = view(row, names, Map.of(prospectId, prospect.draft().fullName()));
            if (row.status() == Status.APPROVED && !expired(row)) {
                approved.add(view);
            } else if (row.status() == Status.REQUESTED) {
                waiting.add(view);
            }
        }
        var tier = seat.map(s -> s.facts().tierAt(clock.instant()));
        return new ProspectOutreach(prospectId, prospect.draft().fullName(), whyNot == null, whyNot, lines, pending,
                connected, inMailOpen, headroom, approved, waiting,
                tier.map(t -> t.noteCharacterLimit()).orElse(300), tier.map(t -> t.messageCharacterLimit()).orElse(8000),
                tier.map(t -> t.inMailSubjectLimit()).orElse(200), tier.map(t -> t.inMailBodyLimit()).orElse(1900),
                ZoneId.of(teams.pacing(prospect.teamId()).timeZone()));
    }

    /** The member's start screen: headroom, health and today's to-do list. */
    @Transactional(readOnly = true)
    public MyDay myDay() {
        var me = currentUser.require();
        String firstName = me.displayName().split(" ")[0];
        int toDecide = me.role() == Role.MANAGER ? overrides.waiting(managedTeams()).size() : 0;
        var seat = seats.of(me.accountId());
        if (seat.isEmpty()) {
            return new MyDay(firstName, Optional.empty(), Optional.empty(), MyDay.Todos.none(), MyDay.Todos.none(),
                    MyDay.Todos.none(), MyDay.Todos.none(), toDecide, List.of(), ZoneOffset.UTC);
        }
        Instant now = clock.instant();
        var ledger = store.ledger(me.accountId());
        var headroom = LimitsEngine.evaluate(seat.get().facts(), ledger, now);
        long teamId = seat.get().teamId();

        var inv = headroom.invitations();
        List<Todo> withdraw = new ArrayList<>();
        var zone = ZoneId.of(seat.get().facts().policy().timeZone());
        var reminded = store.reminders(me.accountId());
        for (var p : inv.withdrawDue()) {
            var since = reminded.get(p.entryId());
            withdraw.add(new Todo(p.prospectId(), p.sentAt(), "Invited " + days(p.sentAt(), now)
                    + " days ago, no answer: withdraw the invitation" + (since == null ? ""
                    : " (on your list since " + DAY.format(since.atZone(zone)) + ")")));
        }
        List<Todo> followUp = new ArrayList<>();
        for (var accepted : acceptedWithoutMessage(ledger, now)) {
            followUp.add(new Todo(accepted.prospectId(), accepted.at(), "Accepted " + days(accepted.at(), now)
                    + " days ago: send a first message"));
        }
        List<Todo> inMails = new ArrayList<>();
        for (var p : headroom.inMail().awaitingReply()) {
            inMails.add(new Todo(p.prospectId(), p.sentAt(), "InMail sent " + days(p.sentAt(), now)
                    + " days ago, no answer yet"));
        }
        Set<Long> ids = new HashSet<>();
        withdraw.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        followUp.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        inMails.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        var myOverrides = overrides.recentOfMember(me.accountId(), now.minus(APPROVAL_VALIDITY));
        myOverrides.stream().map(OverrideStore.Row::prospectId).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<Long, ProspectRow> rows = prospects.rows(teamId, ids);
        List<MyDay.Todo> nextSteps = new ArrayList<>();
        for (var row : prospects.dueForNextStep(teamId, QUIET_FOR, TODO_LIMIT)) {
            nextSteps.add(new MyDay.Todo(row.id(), row.fullName(), row.company(), nextStep(row, now),
                    row.lastActivityAt()));
        }
        var names = names(teamId);
        var mine = myOverrides.stream()
                .map(r -> view(r, names, rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().fullName())))).toList();
        return new MyDay(firstName, accounts.mySeat().teamName(), Optional.of(headroom), todos(withdraw, rows),
                todos(followUp, rows), todos(inMails, rows), new MyDay.Todos(nextSteps, nextSteps.size()), toDecide,
                mine,
                ZoneId.of(seat.get().facts().policy().timeZone()));
    }

    // ---- Overrides. ----

    /**
     * Asks the team's managers to approve going past the limit that refused this action. The
     * refusal is worked out again now, so that the manager sees the real numbers.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public OverrideRequest requestOverride(long prospectId, OutreachType action, String note) {
        var me = currentUser.require();
        store.lockMember(me.accountId());
        var seat = requireSeat(me);
        var prospect = prospects.details(prospectId);
        requireOwner(prospect);
        String why = clean(note);
        if (why == null) {
            throw new RuleViolation("note", "Tell your manager why this one can't wait.");
        }
        if (why.length() > 500) {
            throw new RuleViolation("note", "Keep the explanation under 500 characters.");
        }
        var open = overrides.open(me.accountId(), action, prospectId);
        var names = names(seat.teamId());
        if (!open.isEmpty()) {
            return view(open.getFirst(), names, Map.of(prospectId, prospect.draft().fullName()));
        }
        Instant now = clock.instant();
        var headroom = LimitsEngine.evaluate(seat.facts(), store.ledger(me.accountId()), now);
        Optional<Refusal> refusal = switch (action) {
            case INVITATION_SENT -> LimitsEngine.refuseInvitation(headroom, seat.facts(), prospectId, null);
            case MESSAGE_SENT -> LimitsEngine.refuseMessage(headroom, seat.facts(), null);
            default -> Optional.empty();
        };
        if (refusal.isEmpty()) {
            throw new RuleViolation("Nothing stops this now: log it without an approval.");
        }
        if (!refusal.get().overridable()) {
            throw new RuleViolation(refusal.get().sentence() + " A manager can't lift this one: LinkedIn enforces it.");
        }
        long id = overrides.request(seat.teamId(), me.accountId(), prospectId, action, refusal.get().sentence(), why,
                now);
        return view(overrides.find(id).orElseThrow(), names, Map.of(prospectId, prospect.draft().fullName()));
    }

    /** Requests from the teams the signed-in manager leads, waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<OverrideRequest> overridesToDecide() {
        requireManager();
        return overrideViews(overrides.waiting(managedTeams()));
    }

    /** The latest decisions in the signed-in manager's teams. */
    @Transactional(readOnly = true)
    public List<OverrideRequest> overridesDecided() {
        requireManager();
        return overrideViews(overrides.decided(managedTeams(), 50));
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
        if (me.role() != Role.MANAGER || !managedTeams().contains(row.teamId())) {
            throw new AccessDeniedException("Only a manager of the rep's team decides on an override");
        }
        if (row.memberId() == me.accountId()) {
            throw new RuleViolation("You can't approve your own request. Ask another manager of the team.");
        }
        if (row.status() != Status.REQUESTED) {
            throw new RuleViolation("This request was already " + row.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        String why = clean(reason);
        if (why == null) {
            throw new RuleViolation("reason", "Give the reason for your decision: it goes to the audit log.");
        }
        if (why.length() > 500) {
            throw new RuleViolation("reason", "Keep the reason under 500 characters.");
        }
        Instant now = clock.instant();
        overrides.decide(id, status, me.accountId(), why, now);
        var names = names(row.teamId());
        var view = overrideViews(List.of(overrides.find(id).orElseThrow())).getFirst();
        auditLog.record(AUDIT_SUBJECT, id, view.memberName() + ": " + view.action().label(),
                status == Status.APPROVED ? "Approved" : "Declined", List.of(
                        new FieldChange("Limit", null, row.refusal()),
                        new FieldChange("Prospect", null, view.prospectName()),
                        new FieldChange("Reason", null, why)));
        return view;
    }

    // ---- The parts. ----

    private Optional<Long> useApproval(HeadroomUser me, LogRequest request, Refusal refusal, ProspectDetails prospect,
            Instant now) {
        if (!refusal.overridable() || request.overrideId() == null) {
            return Optional.empty();
        }
        var row = overrides.lock(request.overrideId());
        if (row.isEmpty() || row.get().memberId() != me.accountId() || row.get().action() != request.type()
                || row.get().prospectId() == null || row.get().prospectId() != prospect.id()
                || row.get().status() != Status.APPROVED || expired(row.get())) {
            throw new RuleViolation("That approval can't be used here any more. " + refusal.sentence());
        }
        overrides.markUsed(row.get().id(), now);
        auditLog.record(AUDIT_SUBJECT, row.get().id(), me.displayName() + ": " + request.type().label(), "Used",
                List.of(new FieldChange("Limit", null, refusal.sentence()),
                        new FieldChange("Prospect", null, prospect.draft().fullName())));
        return Optional.of(row.get().id());
    }

    private boolean expired(OverrideStore.Row row) {
        return row.decidedAt() != null && row.decidedAt().plus(APPROVAL_VALIDITY).isBefore(clock.instant());
    }

    /** The invitation or InMail an outcome answers: the rep's latest open one to the same person. */
    private static Long answers(List<LedgerEntry> ledger, OutreachType type, long prospectId, Instant at) {
        OutreachType sent;
        if (type.isInvitationOutcome()) {
            sent = OutreachType.INVITATION_SENT;
        } else if (type.isInMailResponse()) {
            sent = OutreachType.INMAIL_SENT;
        } else {
            return null;
        }
        Long open = null;
        for (var e : LimitsEngine.effective(ledger, at)) {
            if (e.prospectId() != prospectId) {
                continue;
            }
            if (e.type() == sent) {
                open = e.id();
            } else if (sent == OutreachType.INVITATION_SENT ? e.type().isInvitationOutcome()
                    : e.type().isInMailResponse()) {
                open = null;
            }
        }
        return open;
    }

    /** Undoing the answer to an InMail takes its credit back, unless another answer remains. */
    private void takeBackRefund(StoredEntry response, long memberId, Instant now) {
        var ledger = LimitsEngine.effective(store.ledger(memberId), now);
        Long inMailId = response.relatesTo();
        if (inMailId == null) {
            return;
        }
        boolean answeredStill = ledger.stream().anyMatch(e -> e.type().isInMailResponse()
                && inMailId.equals(e.relatesTo()));
        if (answeredStill) {
            return;
        }
        for (var e : ledger) {
            if (e.type() == OutreachType.INMAIL_CREDIT_REFUNDED && inMailId.equals(e.relatesTo())) {
                store.append(NewEntry.system(response.teamId(), memberId, OutreachType.REVERSAL, now, now, 0, e.id(),
                        "undo-refund:" + e.id()));
            }
        }
    }

    private record Accepted(long prospectId, Instant at) {
    }

    /** People who accepted in the last 30 days and have heard nothing since, oldest first. */
    private static List<Accepted> acceptedWithoutMessage(List<LedgerEntry> ledger, Instant now) {
        Map<Long, Instant> accepted = new HashMap<>();
        Set<Long> contacted = new HashSet<>();
        for (var e : LimitsEngine.effective(ledger, now)) {
            if (e.type() == OutreachType.INVITATION_ACCEPTED && e.at().isAfter(now.minus(FOLLOW_UP_WINDOW))) {
                accepted.put(e.prospectId(), e.at());
                contacted.remove(e.prospectId());
            } else if ((e.type() == OutreachType.MESSAGE_SENT || e.type() == OutreachType.MESSAGE_REPLIED
                    || e.type() == OutreachType.INMAIL_SENT || e.type() == OutreachType.EMAIL_SENT)
                    && accepted.containsKey(e.prospectId())) {
                contacted.add(e.prospectId());
            }
        }
        return accepted.entrySet().stream().filter(a -> !contacted.contains(a.getKey()) && a.getKey() != 0)
                .map(a -> new Accepted(a.getKey(), a.getValue())).sorted(Comparator.comparing(Accepted::at))
                .toList();
    }

    private record Todo(long prospectId, Instant since, String what) {
    }

    private static MyDay.Todos todos(List<Todo> todos, Map<Long, ProspectRow> rows) {
        List<MyDay.Todo> shown = new ArrayList<>();
        for (var t : todos) {
            var row = rows.get(t.prospectId());
            if (row != null && shown.size() < TODO_LIMIT) {
                shown.add(new MyDay.Todo(t.prospectId(), row.fullName(), row.company(), t.what(), t.since()));
            }
        }
        // Erased people have no row: they are not counted either.
        int gone = (int) todos.stream().limit(TODO_LIMIT).filter(t -> !rows.containsKey(t.prospectId())).count();
        return new MyDay.Todos(shown, todos.size() - gone);
    }

    private static String nextStep(ProspectRow row, Instant now) {
        long quiet = days(row.lastActivityAt(), now);
        return switch (row.stage()) {
            case RESEARCHED, ENGAGED -> row.stage().label() + " " + quiet + " days ago: ready for an invitation";
            default -> row.stage().label() + ", quiet for " + quiet + " days: propose the next step";
        };
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private List<OverrideRequest> overrideViews(List<OverrideStore.Row> rows) {
        Map<Long, Map<Long, String>> namesByTeam = new HashMap<>();
        Map<Long, Map<Long, String>> prospectsByTeam = new HashMap<>();
        for (var row : rows) {
            namesByTeam.computeIfAbsent(row.teamId(), this::names);
        }
        rows.stream().collect(Collectors.groupingBy(OverrideStore.Row::teamId)).forEach((teamId, ofTeam) -> {
            var ids = ofTeam.stream().map(OverrideStore.Row::prospectId).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            prospectsByTeam.put(teamId, prospects.rows(teamId, ids).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().fullName())));
        });
        return rows.stream().map(r -> view(r, namesByTeam.get(r.teamId()), prospectsByTeam.get(r.teamId()))).toList();
    }

    private static OverrideRequest view(OverrideStore.Row row, Map<Long, String> names, Map<Long, String> prospects) {
        return new OverrideRequest(row.id(), row.teamId(), row.memberId(),
                names.getOrDefault(row.memberId(), "a former member"), row.prospectId(),
                row.prospectId() == null ? "an erased person" : prospects.getOrDefault(row.prospectId(), "a prospect"),
                row.action(), row.refusal(), row.memberNote(), row.requestedAt(), row.status(),
                row.decidedBy() == null ? null : names.getOrDefault(row.decidedBy(), "a former manager"),
                row.decidedAt(), row.reason());
    }

    private Map<Long, String> overrideNotes(List<StoredEntry> entries, Map<Long, String> names) {
        Map<Long, String> notes = new HashMap<>();
        for (var e : entries) {
            if (e.overrideId() != null) {
                var row = overrides.find(e.overrideId());
                row.ifPresent(r -> notes.put(e.id(), "Past the limit with " + names.getOrDefault(r.decidedBy(),
                        "a manager") + "'s approval: " + r.reason()));
            }
        }
        return notes;
    }

    /** Display names of a team's people (and of managers who approved), by account id. */
    private Map<Long, String> names(long teamId) {
        Map<Long, String> names = new HashMap<>();
        for (Teammate mate : accounts.teammates(teamId)) {
            names.put(mate.id(), mate.displayName());
        }
        return names;
    }

    private Set<Long> managedTeams() {
        return teams.choices().stream().map(c -> c.id()).collect(Collectors.toSet());
    }

    /** Overrides are a manager's decision: not a rep's, not an administrator's. */
    private HeadroomUser requireManager() {
        var me = currentUser.require();
        if (me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only managers decide on overrides");
        }
        return me;
    }

    private Seat requireSeat(HeadroomUser me) {
        return seats.of(me.accountId()).orElseThrow(() -> new RuleViolation(
                "You have no LinkedIn seat in Headroom yet. Ask your administrator to give you one."));
    }

    private static void requireOwner(ProspectDetails prospect) {
        if (!prospect.owner()) {
            throw new RuleViolation("Only the owner logs outreach on " + prospect.draft().fullName()
                    + ". Ask them to hand the prospect over to you first.");
        }
    }

    /**
     * Takes the member's lock, then looks for an entry already logged under the key: a double
     * click or a retried request returns the first one instead of logging twice.
     */
    private Optional<Logged> lockAndFindEarlier(HeadroomUser me, String key) {
        requireKey(key);
        store.lockMember(me.accountId());
        return store.entryWithKey(me.accountId(), key).map(id -> logged(store.entry(id).orElseThrow(), true));
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 80) {
            throw new IllegalArgumentException("Every logged action needs an idempotency key of up to 80 characters");
        }
    }

    private static Instant when(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new RuleViolation("occurredAt", "That time is in the future. Log what you have already done.");
        }
        if (requested.isBefore(now.minus(BACKDATING_LIMIT))) {
            throw new RuleViolation("occurredAt", "You can log actions of the last 30 days; this one is older.");
        }
        return requested.isAfter(now) ? now : requested;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private Logged logged(StoredEntry entry, boolean again) {
        var stage = entry.prospectId() == null ? null : prospects.details(entry.prospectId()).stage();
        return new Logged(entry.id(), entry.type(), entry.occurredAt(), again, stage);
    }
}

package com.headroom.outreach;

import com.headroom.base.RetriedOnConflict;
import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.MemberSeats.Seat;
import com.headroom.outreach.OutreachStore.NewEntry;
import com.headroom.outreach.OutreachStore.StoredEntry;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectEmails;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SignedIn;
import com.headroom.tier.TierSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach ledger: reps log what they did on LinkedIn. Headroom records what
 * happened, so an action past a team pacing limit is stored all the same, marked past the
 * limit with the rep's reason (or a manager's approval); only what cannot have happened
 * on LinkedIn as typed is refused.
 *
 * <p>
 * Every write starts by locking the member's row in {@code outreach_account} and reads
 * the ledger after it, at READ COMMITTED, so that two requests (two tabs, two nodes)
 * always count each other: the second of two invitations at the limit is the one marked
 * past it.
 *
 * <p>
 * What a prospect's detail shows of the ledger is {@link ProspectOutreachService}';
 * managers' approvals are {@link OverrideService}'s and the day's plan
 * {@link MyDayService}'s.
 */
@Service
@SignedIn
public class OutreachService {

    static final String PAST_LIMIT_AUDIT_SUBJECT = "Logged past a limit";

    private final OutreachStore store;

    private final LedgerDigests digests;

    private final TemplateStore templates;

    private final MemberSeats seats;

    private final LedgerUpkeep upkeep;

    private final OverrideService overrides;

    private final ProspectService prospects;

    private final ProspectEmails prospectEmails;

    private final CurrentUser currentUser;

    private final AuditLog auditLog;

    private final Clock clock;

    OutreachService(OutreachStore store, LedgerDigests digests, TemplateStore templates, MemberSeats seats,
            LedgerUpkeep upkeep, OverrideService overrides, ProspectService prospects, ProspectEmails prospectEmails,
            CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.digests = digests;
        this.templates = templates;
        this.seats = seats;
        this.upkeep = upkeep;
        this.overrides = overrides;
        this.prospects = prospects;
        this.prospectEmails = prospectEmails;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Logs one action on a prospect the signed-in rep owns.
     * @throws PastLimitNeedsReason when it goes past team pacing and the rep gave no
     * reason yet
     * @throws OutreachRefused when it cannot have happened on LinkedIn as typed
     * @throws RuleViolation for input to fix (a time out of range, a missing text)
     */
    @RetriedOnConflict
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
        var seat = seats.require(me.accountId());
        var prospect = prospects.details(request.prospectId());
        OutreachInputs.requireOwner(prospect);
        Instant now = clock.instant();
        Instant at = OutreachInputs.when(request.occurredAt(), now);
        String text = OutreachInputs.clean(request.text());
        String subject = OutreachInputs.clean(request.subject());
        doNotContact(prospect, type).ifPresent(r -> {
            throw new OutreachRefused(r);
        });
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
            // The grant job runs every few minutes; a spend right after midnight must not
            // wait for it.
            upkeep.grantCredits(seat, now);
        }
        var ledger = store.ledger(me.accountId());
        var check = check(seat, ledger, at, now, type, prospect.id(), subject, text);
        if (check.refused().isPresent()) {
            throw new OutreachRefused(check.refused().get());
        }
        Long overrideId = null;
        String reason = null;
        if (!check.pastLimits().isEmpty()) {
            if (request.overrideId() != null && overrides.approvalCovers(request.overrideId(), check)) {
                overrideId = overrides.useApproval(me, request, check, prospect, now);
            }
            else {
                if (OutreachInputs.clean(request.pastLimitReason()) == null) {
                    throw new PastLimitNeedsReason(check);
                }
                reason = OutreachInputs.reason(request.pastLimitReason(), PastLimitNeedsReason.FIELD, "");
            }
        }
        boolean past = !check.pastLimits().isEmpty();
        long id = store.append(new NewEntry(seat.teamId(), me.accountId(), prospect.id(), type, at, now, me.accountId(),
                type == OutreachType.INVITATION_SENT && text != null, request.templateId(),
                answers(ledger, type, prospect.id(), at), null, 0, overrideId, request.idempotencyKey(), subject, text,
                past ? check.pastLimitNames() : null, past ? clip(check.pastLimitRecord(), 1000) : null, reason));
        if (past && overrideId == null) {
            auditLog.record(PAST_LIMIT_AUDIT_SUBJECT, id, me.displayName() + ": " + type.label(), "Logged",
                    List.of(new FieldChange("Limit", null, check.pastLimitRecord()),
                            new FieldChange("Prospect", null, prospect.draft().fullName()),
                            new FieldChange("Reason", null, reason)));
        }
        // An approval for this action on this person is done with once the action is
        // logged.
        overrides.closeApprovals(me.accountId(), prospect.id(), type, now);
        var after = prospects.recordOutreach(prospect.id(), type.stageReached(), at,
                store.latestEntryAt(prospect.id()).orElse(at));
        if (type.isInMailResponse()) {
            upkeep.refundAnsweredInMails(seat, now);
        }
        // What the address is worth now: a bounce says it takes no mail, a reply that it
        // works.
        if (type == OutreachType.EMAIL_BOUNCED) {
            prospectEmails.recordOutcome(prospect.id(), EmailStatus.BOUNCED);
        }
        else if (type == OutreachType.EMAIL_REPLIED) {
            prospectEmails.recordOutcome(prospect.id(), EmailStatus.VERIFIED);
        }
        if (type.isInMailResponse()) {
            // The refund above wrote a line of its own.
            digests.refresh(seat);
        }
        else {
            digests.refreshAfterAppend(seat, ledger, id);
        }
        return new Logged(id, type, at, false, after.stage(), after.stage() != prospect.stage(), check.pastLimits(),
                check.countOff().isPresent());
    }

    /**
     * What logging this action now would meet, for the form to say before the rep sends:
     * what is left, the limits it would go past, or why it cannot be logged.
     */
    @Transactional(readOnly = true)
    public ActionCheck check(long prospectId, OutreachType type, Instant occurredAt, String subject, String text) {
        var me = currentUser.require();
        var seat = seats.require(me.accountId());
        Instant now = clock.instant();
        Instant at = OutreachInputs.when(occurredAt, now);
        var stop = doNotContact(prospects.details(prospectId), type);
        if (stop.isPresent()) {
            return new ActionCheck(stop, List.of(), Optional.empty(), "");
        }
        return check(seat, store.ledger(me.accountId()), at, now, type, prospectId, OutreachInputs.clean(subject),
                OutreachInputs.clean(text));
    }

    /** Nobody reaches out to someone on the team's do-not-contact list. */
    private static Optional<Refusal> doNotContact(ProspectDetails prospect, OutreachType type) {
        if (!prospect.doNotContact() || !type.contacts()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(Limit.DO_NOT_CONTACT,
                prospect.draft().fullName() + " is on the do-not-contact" + " list"
                        + (prospect.doNotContactReason() == null ? "" : " (" + prospect.doNotContactReason() + ")")
                        + ": nobody in the team contacts them, so there is nothing to log."));
    }

    /**
     * The member's headroom at the action's instant, and the windows around it with what
     * came later.
     */
    static ActionCheck check(Seat seat, List<LedgerEntry> ledger, Instant at, Instant now, OutreachType type,
            long prospectId, String subject, String text) {
        var policy = seat.facts().policy();
        var around = LimitWindows.around(ledger, at, now, ZoneId.of(policy.timeZone()),
                java.time.Duration.ofMinutes(policy.burstWindowMinutes()));
        return ActionChecks.forAction(type, LimitsEngine.evaluate(seat.facts(), ledger, at), around, seat.facts(),
                prospectId, subject, text);
    }

    /**
     * LinkedIn restricted the rep's account: invitations pause for the team's cooldown.
     */
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged reportRestriction(Instant occurredAt, Instant endsAt, String idempotencyKey) {
        var me = currentUser.require();
        var earlier = lockAndFindEarlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var seat = seats.require(me.accountId());
        Instant now = clock.instant();
        Instant at = OutreachInputs.when(occurredAt, now);
        if (endsAt != null && !endsAt.isAfter(at)) {
            throw new RuleViolation("endsAt", "The restriction must end after it started.");
        }
        long id = store.append(new NewEntry(seat.teamId(), me.accountId(), null, OutreachType.RESTRICTION_REPORTED, at,
                now, me.accountId(), false, null, null, endsAt, 0, null, idempotencyKey, null, null));
        digests.refresh(seat);
        return Logged.plain(id, OutreachType.RESTRICTION_REPORTED, at, false, null);
    }

    /**
     * Sets Headroom's InMail balance to the number LinkedIn shows: Headroom's starting
     * balance is an estimate, and InMails sent without logging them spend credits
     * Headroom never sees.
     */
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Logged correctInMailBalance(Integer shownOnLinkedIn, String idempotencyKey) {
        var me = currentUser.require();
        var earlier = lockAndFindEarlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var seat = seats.require(me.accountId());
        Instant now = clock.instant();
        TierSettings tier = seat.facts().tierAt(now);
        if (shownOnLinkedIn == null || shownOnLinkedIn < 0) {
            throw new RuleViolation("balance", "Enter the number of InMail credits LinkedIn shows, 0 or more.");
        }
        if (shownOnLinkedIn > tier.inMailMaxBalance()) {
            throw new RuleViolation("balance",
                    tier.name() + " holds at most " + tier.inMailMaxBalance()
                            + " InMail credits. Check the number LinkedIn shows, or ask your administrator whether your"
                            + " seat has the right tier.");
        }
        upkeep.grantCredits(seat, now);
        long id = store.append(new NewEntry(seat.teamId(), me.accountId(), null, OutreachType.INMAIL_BALANCE_CORRECTED,
                now, now, me.accountId(), false, null, null, null, shownOnLinkedIn, null, idempotencyKey, null, null));
        digests.refresh(seat);
        return Logged.plain(id, OutreachType.INMAIL_BALANCE_CORRECTED, now, false, null);
    }

    /**
     * Undoes one of the rep's own entries with a reversing entry: nothing is updated or
     * deleted. The prospect's stage stays where it is; the rep moves it by hand if it
     * should go back.
     */
    @RetriedOnConflict
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
        seats.of(me.accountId()).ifPresent(digests::refresh);
        return Logged.plain(id, OutreachType.REVERSAL, now, false, null);
    }

    /** The signed-in rep's headroom now; empty without a LinkedIn seat. */
    @Transactional(readOnly = true)
    public Optional<Headroom> myHeadroom() {
        var me = currentUser.require();
        return seats.of(me.accountId())
            .map(seat -> LimitsEngine.evaluate(seat.facts(), store.ledger(me.accountId()), clock.instant()));
    }

    // ---- The parts. ----

    /**
     * The invitation or InMail an outcome answers: the rep's latest open one to the same
     * person.
     */
    private static @Nullable Long answers(List<LedgerEntry> ledger, OutreachType type, long prospectId, Instant at) {
        OutreachType sent;
        if (type.isInvitationOutcome()) {
            sent = OutreachType.INVITATION_SENT;
        }
        else if (type.isInMailResponse()) {
            sent = OutreachType.INMAIL_SENT;
        }
        else {
            return null;
        }
        Long open = null;
        for (var e : LimitsEngine.effective(ledger, at)) {
            if (e.prospectId() != prospectId) {
                continue;
            }
            if (e.type() == sent) {
                open = e.id();
            }
            else if (sent == OutreachType.INVITATION_SENT ? e.type().isInvitationOutcome()
                    : e.type().isInMailResponse()) {
                open = null;
            }
        }
        return open;
    }

    /**
     * Undoing the answer to an InMail takes its credit back, unless another answer
     * remains.
     */
    private void takeBackRefund(StoredEntry response, long memberId, Instant now) {
        var ledger = LimitsEngine.effective(store.ledger(memberId), now);
        Long inMailId = response.relatesTo();
        if (inMailId == null) {
            return;
        }
        boolean answeredStill = ledger.stream()
            .anyMatch(e -> e.type().isInMailResponse() && inMailId.equals(e.relatesTo()));
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

    /**
     * Takes the member's lock, then looks for an entry already logged under the key: a
     * double click or a retried request returns the first one instead of logging twice.
     */
    private Optional<Logged> lockAndFindEarlier(HeadroomUser me, String key) {
        OutreachInputs.requireKey(key);
        store.lockMember(me.accountId());
        return store.entryWithKey(me.accountId(), key).map(id -> {
            var entry = store.entry(id).orElseThrow();
            var stage = entry.prospectId() == null ? null : prospects.details(entry.prospectId()).stage();
            return Logged.plain(entry.id(), entry.type(), entry.occurredAt(), true, stage);
        });
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}

package com.headroom.prospect;

import com.headroom.base.InputValidator;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RetriedOnConflict;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectHistoryStore.Line;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.SignedIn;
import com.headroom.team.TeamCurrencies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team's shared prospect log: one record per person per team, found by the normalized
 * profile address, its stage, and its notes. Everyone in the team reads every prospect
 * (but only their own private notes); the owner and the team's managers change it. Who
 * owns whom, and handing a prospect over, is {@link ProspectOwnership}.
 */
@Service
@SignedIn
public class ProspectService {

    static final String ERASED = "This person asked to be erased from Headroom and can't be added again.";

    private final ProspectRepository prospects;

    private final ProspectStore store;

    private final ProspectHistoryStore history;

    private final ProspectAccess access;

    private final DoNotContactRepository doNotContact;

    private final DoNotContactMarking marking;

    private final ErasedPeople erased;

    private final TeamGate gate;

    private final CurrentUser currentUser;

    private final InputValidator validator;

    private final TransactionTemplate freshTransaction;

    private final Clock clock;

    private final TeamCurrencies currencies;

    private final DealStore deals;

    ProspectService(ProspectRepository prospects, ProspectStore store, ProspectHistoryStore history,
            ProspectAccess access, DoNotContactRepository doNotContact, DoNotContactMarking marking,
            ErasedPeople erased, TeamGate gate, CurrentUser currentUser, InputValidator validator,
            PlatformTransactionManager transactionManager, Clock clock, TeamCurrencies currencies, DealStore deals) {
        this.currencies = currencies;
        this.deals = deals;
        this.prospects = prospects;
        this.store = store;
        this.history = history;
        this.access = access;
        this.doNotContact = doNotContact;
        this.marking = marking;
        this.erased = erased;
        this.gate = gate;
        this.currentUser = currentUser;
        this.validator = validator;
        this.freshTransaction = new TransactionTemplate(transactionManager);
        this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshTransaction.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * A page of the team's prospects; sort by "name", "company", "stage" or
     * "lastActivity".
     */
    @Transactional(readOnly = true)
    public List<ProspectRow> search(ProspectFilter filter, Pageable pageable) {
        requireTeam(filter.teamId());
        return store.search(filter, pageable);
    }

    @Transactional(readOnly = true)
    public long count(ProspectFilter filter) {
        requireTeam(filter.teamId());
        return store.count(filter);
    }

    @Transactional(readOnly = true)
    public PipelineCounts pipeline(ProspectFilter filter) {
        requireTeam(filter.teamId());
        return store.pipeline(filter);
    }

    /**
     * What the filter's opportunities, won and lost deals are worth, per currency (its
     * stage left out, like the pipeline counts).
     */
    @Transactional(readOnly = true)
    public PipelineValue value(ProspectFilter filter) {
        requireTeam(filter.teamId());
        return deals.value(filter);
    }

    /**
     * What a new deal starts from: the team's default currency, and the month it is in
     * the team's zone.
     */
    public record DealDefaults(String currency, java.time.YearMonth thisMonth) {
    }

    @Transactional(readOnly = true)
    public DealDefaults dealDefaults(long teamId, java.time.ZoneId zone) {
        requireTeam(teamId);
        return new DealDefaults(currencies.of(teamId), java.time.YearMonth.from(clock.instant().atZone(zone)));
    }

    /** The tags used in the team, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags(long teamId) {
        requireTeam(teamId);
        return store.tags(teamId);
    }

    @Transactional(readOnly = true)
    public ProspectDetails details(long id) {
        var prospect = find(id);
        return details(prospect);
    }

    /**
     * Who a prospect is and in which team, without history or notes: for lookups that
     * need no more.
     */
    @Transactional(readOnly = true)
    public ProspectRef ref(long id) {
        var p = find(id);
        return new ProspectRef(p.id(), p.teamId(), p.firstName(), p.lastName(), p.company(), p.profileUrl(),
                p.doNotContact());
    }

    /**
     * Adds a person the team does not have yet, owned by the signed-in person. Tried once
     * more when two reps of a team add people at the same moment and MariaDB picks one as
     * a deadlock's victim (their search words share index pages): measured under load, 13
     * adds in 40 minutes of 25-200 people failed that way before.
     * @throws DuplicateProspect when the team already has them: it names the existing
     * record's owner
     */
    @RetriedOnConflict
    @Transactional
    public ProspectDetails add(long teamId, ProspectDraft draft) {
        return add(teamId, draft, ProspectOrigin.MANUAL);
    }

    /**
     * Adds a person met somewhere (an event, a group, a webinar, a Live) or by hand.
     * @throws DuplicateProspect when the team already has them
     */
    @RetriedOnConflict
    @Transactional
    public ProspectDetails add(long teamId, ProspectDraft draft, ProspectOrigin origin) {
        requireTeam(teamId);
        var cleanOrigin = ProspectOrigin.of(origin.source(), origin.name(), origin.date());
        validator.check(draft);
        var me = currentUser.require();
        var profile = LinkedInProfileUrl.parse(draft.profileUrl());
        if (erased.isErased(profile.key()) || erased.isErasedEmail(draft.email())) {
            throw new RuleViolation("profileUrl", ERASED);
        }
        refuseDuplicate(teamId, profile);
        var now = clock.instant();
        var prospect = new Prospect(teamId, profile, ProspectSource.MANUAL, me.accountId(), now);
        prospect.apply(draft);
        prospect.setOrigin(cleanOrigin);
        var list = new DoNotContactList(doNotContact.findByTeamId(teamId));
        list.reasonFor(prospect.profileUrl(), prospect.companyKey(), prospect.emailDomain())
            .ifPresent(prospect::markDoNotContact);
        try {
            prospect = prospects.saveAndFlush(prospect);
        }
        catch (DataIntegrityViolationException sameMomentSamePerson) {
            // A teammate added them a moment ago and the unique constraint decided. This
            // session is
            // spent; their record is read in a fresh transaction to say who owns it.
            freshTransaction.executeWithoutResult(status -> refuseDuplicate(teamId, profile));
            throw sameMomentSamePerson;
        }
        store.replaceWords(prospect.id(), teamId, prospect.searchWords());
        history.append(Line.by(me, prospect.id(), now, ProspectEvent.Kind.ADDED, null, null));
        if (prospect.doNotContact()) {
            history.append(Line.by(me, prospect.id(), now, ProspectEvent.Kind.MARKED_DO_NOT_CONTACT, null,
                    prospect.doNotContactReason()));
        }
        return details(prospect);
    }

    /**
     * Saves the owner's (or a manager's) edit; the profile address is the identity and
     * stays.
     */
    @Transactional
    public ProspectDetails update(long id, long expectedVersion, ProspectDraft draft) {
        return update(id, expectedVersion, draft, null, null);
    }

    /**
     * Saves an edit with where the person came from and what their deal is worth (null:
     * unchanged). A deal without a currency is in the team's default currency.
     */
    @Transactional
    public ProspectDetails update(long id, long expectedVersion, ProspectDraft draft, ProspectOrigin origin,
            DealValue deal) {
        validator.check(draft);
        var prospect = find(id);
        var cleanOrigin = origin == null ? null : ProspectOrigin.of(origin.source(), origin.name(), origin.date());
        var cleanDeal = deal == null ? null
                : DealValue.of(deal.amount(), deal.currency(), deal.closeMonth(), currencies.of(prospect.teamId()));
        access.requireMayEdit(prospect);
        ProspectAccess.requireVersion(prospect, expectedVersion);
        if (!LinkedInProfileUrl.parse(draft.profileUrl()).key().equals(prospect.profileUrl())) {
            throw new RuleViolation("profileUrl", "The profile address identifies the person and can't change."
                    + " Add the other person as a new prospect.");
        }
        String newEmail = Texts.blankToNull(draft.email());
        if (newEmail != null && !newEmail.equalsIgnoreCase(Objects.toString(prospect.email(), ""))
                && erased.isErasedEmail(newEmail)) {
            throw new RuleViolation("email", "That e-mail address belongs to someone erased from Headroom.");
        }
        var me = currentUser.require();
        var now = clock.instant();
        prospect.apply(draft);
        if (cleanOrigin != null) {
            prospect.setOrigin(cleanOrigin);
        }
        if (cleanDeal != null) {
            prospect.setDeal(cleanDeal);
        }
        var marked = marking.apply(prospect, me, now);
        prospect = prospects.saveAndFlush(prospect);
        store.replaceWords(prospect.id(), prospect.teamId(), prospect.searchWords());
        history.append(Line.by(me, prospect.id(), now, ProspectEvent.Kind.EDITED, null, null));
        marked.ifPresent(history::append);
        return details(prospect);
    }

    /**
     * Moves a prospect along the pipeline (or back). Refused while they are on the
     * do-not-contact list.
     */
    @Transactional
    public ProspectDetails changeStage(long id, Stage stage) {
        var prospect = find(id);
        access.requireMayEdit(prospect);
        if (prospect.doNotContact()) {
            throw new RuleViolation("stage", prospect.fullName() + " must not be contacted ("
                    + prospect.doNotContactReason() + "). Their stage stays until the entry is removed.");
        }
        if (prospect.stage() == stage) {
            return details(prospect);
        }
        var me = currentUser.require();
        var now = clock.instant();
        var from = prospect.stage();
        prospect.setStage(stage);
        prospect.touch(now);
        prospect = prospects.saveAndFlush(prospect);
        history.append(Line.by(me, id, now, ProspectEvent.Kind.STAGE_CHANGED, from.label(), stage.label()));
        return details(prospect);
    }

    /**
     * After outreach the owner logged: moves the prospect forward where it obviously
     * should (invited, connected, in conversation), never back and never out of Won or
     * Lost, as of when it happened. Its last activity becomes the latest of its outreach
     * and stage changes: a rep who logs on Tuesday what they sent on Friday leaves Friday
     * as the last activity. Runs inside the logging transaction, so that a refused entry
     * moves nothing.
     * @param occurredAt when the logged action happened
     * @param latestOutreachAt the latest outreach anyone logged on the prospect, this
     * entry included
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProspectDetails recordOutreach(long id, Optional<Stage> reached, Instant occurredAt,
            Instant latestOutreachAt) {
        var prospect = find(id);
        var me = currentUser.require();
        if (prospect.ownerId() != me.accountId()) {
            throw new AccessDeniedException("Only the owner logs outreach on a prospect");
        }
        var from = prospect.stage();
        boolean closed = from == Stage.WON || from == Stage.LOST;
        if (reached.isPresent() && !closed && reached.get().ordinal() > from.ordinal()) {
            prospect.setStage(reached.get());
            history.append(
                    Line.by(me, id, occurredAt, ProspectEvent.Kind.STAGE_CHANGED, from.label(), reached.get().label()));
        }
        Instant last = latestOutreachAt;
        var stageChanged = history.latestStageChange(id);
        if (stageChanged.isPresent() && stageChanged.get().isAfter(last)) {
            last = stageChanged.get();
        }
        prospect.touch(last);
        return details(prospects.saveAndFlush(prospect));
    }

    /**
     * Prospects of the team by id, for lists built elsewhere (a to-do list, an override
     * request).
     */
    @Transactional(readOnly = true)
    public Map<Long, ProspectRow> rows(long teamId, Collection<Long> ids) {
        requireTeam(teamId);
        return store.rows(teamId, ids).stream().collect(Collectors.toMap(ProspectRow::id, Function.identity()));
    }

    /**
     * The signed-in person's prospects waiting for their next step: researched or engaged
     * ones ready for an invitation, and conversations, meetings and opportunities gone
     * quiet, oldest first.
     */
    @Transactional(readOnly = true)
    public List<ProspectRow> dueForNextStep(long teamId, Duration quietFor, int limit) {
        var me = requireTeam(teamId);
        return store.dueForNextStep(me.accountId(), teamId, clock.instant().minus(quietFor), limit);
    }

    /**
     * A teammate's prospects waiting for their next step, for the team's managers
     * (read-only).
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<ProspectRow> dueForNextStepOf(long teamId, long ownerId, Duration quietFor, int limit) {
        requireTeam(teamId);
        return store.dueForNextStep(ownerId, teamId, clock.instant().minus(quietFor), limit);
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public int countDueForNextStepOf(long teamId, long ownerId, Duration quietFor) {
        requireTeam(teamId);
        return store.countDueForNextStep(ownerId, teamId, clock.instant().minus(quietFor));
    }

    /** How many of the signed-in person's prospects wait for their next step in all. */
    @Transactional(readOnly = true)
    public int countDueForNextStep(long teamId, Duration quietFor) {
        var me = requireTeam(teamId);
        return store.countDueForNextStep(me.accountId(), teamId, clock.instant().minus(quietFor));
    }

    /** Team notes: anyone in the team may write them. */
    @Transactional
    public ProspectDetails saveSharedNotes(long id, long expectedVersion, String notes) {
        var prospect = find(id);
        ProspectAccess.requireVersion(prospect, expectedVersion);
        if (notes != null && notes.length() > 4000) {
            throw new RuleViolation("sharedNotes", "Keep the team notes under 4,000 characters.");
        }
        prospect.setSharedNotes(notes);
        return details(prospects.saveAndFlush(prospect));
    }

    /** The owner's private note, which nobody else reads. */
    @Transactional
    public void savePrivateNote(long id, String note) {
        var prospect = find(id);
        var me = currentUser.require();
        if (prospect.ownerId() != me.accountId()) {
            throw new AccessDeniedException("Only the owner keeps private notes on a prospect");
        }
        if (note != null && note.length() > 4000) {
            throw new RuleViolation("privateNote", "Keep your private notes under 4,000 characters.");
        }
        store.savePrivateNote(id, me.accountId(), note, clock.instant());
    }

    private ProspectDetails details(Prospect prospect) {
        return access.details(prospect);
    }

    private Prospect find(long id) {
        return access.find(id);
    }

    private void refuseDuplicate(long teamId, LinkedInProfileUrl profile) {
        access.heldBy(teamId, profile).ifPresent(held -> {
            throw held;
        });
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

}

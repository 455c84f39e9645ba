package com.headroom.tier;

import com.headroom.security.SignedIn;
import com.headroom.security.AdminOnly;
import com.headroom.base.AuditLog;
import com.headroom.base.FieldChanges;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tier catalogue: LinkedIn's subscription tiers and the figures each one enforces.
 * Anyone signed in may read it (the limits engine and the seat pickers need it); only
 * admins change it, and every change lands in the audit log.
 */
@Service
@SignedIn
public class TierService {

    /** How tier changes are filed in the audit log. */
    public static final String AUDIT_SUBJECT = "Tier";

    private final TierRepository tiers;

    private final TierSeats seats;

    private final AuditLog auditLog;

    private final InputValidator validator;

    private final Clock clock;

    TierService(TierRepository tiers, TierSeats seats, AuditLog auditLog, InputValidator validator, Clock clock) {
        this.tiers = tiers;
        this.seats = seats;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<TierDetails> page(boolean includeRetired, Pageable pageable) {
        Page<Tier> page = includeRetired ? tiers.findAll(pageable) : tiers.findByRetiredAtIsNull(pageable);
        return page.map(Tier::details);
    }

    @Transactional(readOnly = true)
    public long count(boolean includeRetired) {
        return includeRetired ? tiers.count() : tiers.countByRetiredAtIsNull();
    }

    /**
     * Tiers a new seat can be given, smallest budget first. The catalogue holds a handful
     * of rows.
     */
    @Transactional(readOnly = true)
    public List<TierDetails> offeredTiers() {
        return tiers.findByRetiredAtIsNullOrderByWeeklyInvitationBudgetAscNameAsc()
            .stream()
            .map(Tier::details)
            .toList();
    }

    @Transactional(readOnly = true)
    public Optional<TierDetails> find(long id) {
        return tiers.findById(id).map(Tier::details);
    }

    /**
     * The tier for a seat that is being given or kept, locked until the caller's
     * transaction ends so that the tier cannot be retired meanwhile.
     * @param currentTierId the seat's tier before the change: keeping a retired tier is
     * allowed, moving onto one is not
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TierDetails lockForSeat(long tierId, Long currentTierId) {
        var tier = tiers.lockById(tierId)
            .orElseThrow(() -> new RuleViolation("tierId", "That tier no longer exists. Choose another."));
        if (tier.isRetired() && !Long.valueOf(tierId).equals(currentTierId)) {
            throw new RuleViolation("tierId", tier.name() + " is retired. Choose another tier.");
        }
        return tier.details();
    }

    @Transactional
    @AdminOnly
    public TierDetails create(TierSettings settings) {
        validator.check(settings);
        requireFreeName(settings.name(), null);
        var tier = saveRefusingDuplicateName(new Tier(settings), settings.name());
        auditLog.record(AUDIT_SUBJECT, tier.id(), tier.name(), "Created",
                describe(TierSettings.blank(), tier.settings()).list());
        return tier.details();
    }

    /**
     * Saves new figures for a tier.
     * @param expectedVersion the version the admin started editing; a newer one means
     * someone else saved meanwhile, and this save is refused rather than overwrite it
     */
    @Transactional
    @AdminOnly
    public TierDetails update(long id, long expectedVersion, TierSettings settings) {
        validator.check(settings);
        var tier = tiers.findById(id).orElseThrow(() -> new RuleViolation("That tier no longer exists."));
        if (tier.version() != expectedVersion) {
            throw new RuleViolation("Someone else changed " + tier.name()
                    + " while you were editing. Nothing was saved; reopen the tier to see their changes.");
        }
        requireFreeName(settings.name(), tier.id());
        var changes = describe(tier.settings(), settings);
        if (changes.isEmpty()) {
            return tier.details();
        }
        String oldName = tier.name();
        tier.apply(settings);
        tier = saveRefusingDuplicateName(tier, settings.name());
        auditLog.record(AUDIT_SUBJECT, tier.id(), oldName, "Changed", changes.list());
        return tier.details();
    }

    /**
     * Takes a tier out of the catalogue. Refused while any active account holds a seat on
     * it.
     */
    @Transactional
    @AdminOnly
    public void retire(long id) {
        var tier = tiers.lockById(id).orElseThrow(() -> new RuleViolation("That tier no longer exists."));
        if (tier.isRetired()) {
            return;
        }
        var use = seats.seatsOn(id);
        if (use.count() > 0) {
            String who = String.join(", ", use.someHolders()) + (use.count() > use.someHolders().size() ? ", …" : "");
            throw new RuleViolation(tier.name() + " can't be retired: " + use.count()
                    + (use.count() == 1 ? " account holds a seat on it (" : " accounts hold seats on it (") + who
                    + "). Move them to another tier first.");
        }
        tier.retire(clock.instant());
        auditLog.record(AUDIT_SUBJECT, tier.id(), tier.name(), "Retired");
    }

    @Transactional
    @AdminOnly
    public void restore(long id) {
        var tier = tiers.findById(id).orElseThrow(() -> new RuleViolation("That tier no longer exists."));
        if (!tier.isRetired()) {
            return;
        }
        requireFreeName(tier.name(), tier.id());
        tier.restore();
        auditLog.record(AUDIT_SUBJECT, tier.id(), tier.name(), "Brought back");
    }

    private void requireFreeName(String name, Long ownId) {
        tiers.findByNameKey(Tier.keyOf(name)).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new RuleViolation("name", "A tier called " + other.name() + " already exists"
                    + (other.isRetired() ? " (retired; bring it back instead)." : "."));
        });
    }

    private Tier saveRefusingDuplicateName(Tier tier, String name) {
        try {
            return tiers.saveAndFlush(tier);
        }
        catch (DataIntegrityViolationException e) {
            // Two admins adding the same name at once: the unique index decides.
            throw new RuleViolation("name", "A tier called " + name.strip() + " already exists.");
        }
    }

    private static FieldChanges describe(TierSettings before, TierSettings after) {
        return new FieldChanges().compare("Name", before.name(), after.name().strip())
            .compare("Invitations a week", before.weeklyInvitationBudget(), after.weeklyInvitationBudget())
            .compare("Personalized notes a month", unlimitedIfNull(before.monthlyPersonalizedNotes()),
                    unlimitedIfNull(after.monthlyPersonalizedNotes()))
            .compare("Note length", before.noteCharacterLimit(), after.noteCharacterLimit())
            .compare("InMail credits a month", before.monthlyInMailCredits(), after.monthlyInMailCredits())
            .compare("InMail maximum balance", before.inMailMaxBalance(), after.inMailMaxBalance())
            .compare("InMail renewal", before.inMailRenewal().label(), after.inMailRenewal().label())
            .compare("Second InMail", before.secondInMailRule().label(), after.secondInMailRule().label())
            .compare("Messages a day", before.dailyMessageLimit(), after.dailyMessageLimit())
            .compare("Message length", before.messageCharacterLimit(), after.messageCharacterLimit())
            .compare("InMail subject length", before.inMailSubjectLimit(), after.inMailSubjectLimit())
            .compare("InMail body length", before.inMailBodyLimit(), after.inMailBodyLimit())
            .compare("Source note", blankToNull(before.sourceNote()), blankToNull(after.sourceNote()));
    }

    private static Object unlimitedIfNull(Integer value) {
        return value == null ? "unlimited" : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}

package com.headroom.team;

import com.headroom.security.SignedIn;
import com.headroom.security.AdminOnly;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.base.AuditLog;
import com.headroom.base.InputValidator;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.AppRoles;
import com.headroom.security.CurrentUser;
import com.headroom.security.Role;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their seats: the accounts an admin or manager may see, inviting people and
 * giving them a role, a team and a LinkedIn seat, and each person's own seat. Who may
 * sign in, and with which password, is {@link AccountSignIn}.
 */
@Service
@SignedIn
public class AccountService {

    static final String AUDIT_ACCOUNT = "Account";

    private final AccountRepository accounts;

    private final TeamRepository teams;

    private final TeamPolicyRepository policies;

    private final TierService tiers;

    private final AccountChanges changes;

    private final AccountSafeguards safeguards;

    private final TeamAccess access;

    private final SeatChangeRepository seatChanges;

    private final CurrentUser currentUser;

    private final AuditLog auditLog;

    private final InputValidator validator;

    private final Clock clock;

    AccountService(AccountRepository accounts, TeamRepository teams, TeamPolicyRepository policies, TierService tiers,
            TeamAccess access, SeatChangeRepository seatChanges, CurrentUser currentUser, AuditLog auditLog,
            InputValidator validator, Clock clock, AccountChanges changes, AccountSafeguards safeguards) {
        this.accounts = accounts;
        this.teams = teams;
        this.policies = policies;
        this.tiers = tiers;
        this.changes = changes;
        this.safeguards = safeguards;
        this.access = access;
        this.seatChanges = seatChanges;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Accounts an admin (all) or a manager (their teams') may see, filtered, a page at a
     * time.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Page<AccountSummary> page(AccountFilter filter, Pageable pageable) {
        Page<Account> page = accounts.findAll(specification(filter), pageable);
        Map<Long, String> teamNames = teams.findAllById(
                page.getContent().stream().map(Account::teamId).filter(Objects::nonNull).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Team::id, Team::name));
        Map<Long, String> tierNames = new HashMap<>();
        return page.map(a -> new AccountSummary(a.id(), a.displayName(), a.email(), a.role(),
                a.teamId() == null ? "" : teamNames.getOrDefault(a.teamId(), ""),
                a.tierId() == null ? "" : tierNames.computeIfAbsent(a.tierId(), changes::tierName), a.isActive(),
                !a.hasPassword()));
    }

    /**
     * The people of a team the signed-in person belongs to or manages, by name (a team
     * has tens of people): for owner pickers and names in lists.
     */
    @Transactional(readOnly = true)
    public List<Teammate> teammates(long teamId) {
        access.requireTeamVisible(teamId);
        return accounts.findByTeamIdOrderByDisplayNameAsc(teamId)
            .stream()
            .map(a -> new Teammate(a.id(), a.displayName(), a.role(), a.isActive() && a.hasPassword()))
            .toList();
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public long count(AccountFilter filter) {
        return accounts.count(specification(filter));
    }

    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public Optional<AccountDetails> find(long id) {
        return accounts.findById(id)
            .filter(a -> a.teamId() != null ? access.canSeeTeam(a.teamId()) : currentUser.hasRole(AppRoles.ADMIN))
            .map(AccountService::details);
    }

    /**
     * Creates an account that can sign in once its owner has set a password through the
     * returned link (valid for seven days; a new-password link for an account with a
     * password lasts an hour).
     */
    @Transactional
    @AdminOnly
    public PasswordLink invite(AccountDraft draft) {
        String email = checkDraft(draft, null, null);
        var account = new Account(email, draft.displayName().strip(), draft.role(), clock.instant());
        applySeat(account, draft);
        var link = safeguards.issueLink(account);
        account = safeguards.saveRefusingDuplicateEmail(account, email);
        recordSeatChange(account, null);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(), "Invited",
                changes.describe(AccountChanges.NONE, draft(account)).list());
        return new PasswordLink(account.id(), account.email(), link, account.invitationExpiresAt());
    }

    @Transactional
    @AdminOnly
    public AccountDetails update(long id, long expectedVersion, AccountDraft draft) {
        var account = accounts.findById(id).orElseThrow(() -> new RuleViolation("That account no longer exists."));
        if (account.version() != expectedVersion) {
            throw new RuleViolation("Someone else changed " + account.displayName()
                    + "'s account while you were editing. Nothing was saved; reopen it to see their changes.");
        }
        String email = checkDraft(draft, account.id(), account.tierId());
        if (account.isActive() && account.role() == Role.ADMIN && draft.role() != Role.ADMIN) {
            safeguards.requireAnotherActiveAdmin(account, "change their role");
        }
        var before = draft(account);
        account.setEmail(email);
        account.setDisplayName(draft.displayName().strip());
        account.setRole(draft.role());
        applySeat(account, draft);
        var changes = this.changes.describe(before, draft(account));
        if (changes.isEmpty()) {
            return details(account);
        }
        account = safeguards.saveRefusingDuplicateEmail(account, email);
        recordSeatChange(account, before.tierId());
        auditLog.record(AUDIT_ACCOUNT, account.id(), before.displayName(), "Changed", changes.list());
        if (!before.role().equals(account.role()) || !before.email().equals(account.email())) {
            // Their open sessions carry the old role or login; make them sign in again.
            safeguards.endSessionsAfterCommit(before.email());
        }
        return details(account);
    }

    @Transactional(readOnly = true)
    public MySeat mySeat() {
        var account = accounts.findById(currentUser.require().accountId())
            .orElseThrow(() -> new AccessDeniedException("No account"));
        Optional<String> teamName = Optional.ofNullable(account.teamId()).flatMap(teams::findById).map(Team::name);
        Optional<TierDetails> tier = Optional.ofNullable(account.tierId()).flatMap(tiers::find);
        Optional<TeamPolicySettings> policy = Optional.ofNullable(account.teamId())
            .flatMap(policies::findById)
            .map(TeamPolicy::settings);
        Optional<RampUpWeek> rampUp = policy.flatMap(p -> tier.flatMap(t -> RampUpWeek.of(p,
                account.linkedInStartedOn(), LocalDate.ofInstant(clock.instant(), ZoneId.of(p.timeZone())),
                t.settings().weeklyInvitationBudget())));
        return new MySeat(account.id(), account.displayName(), account.email(), account.role(),
                Optional.ofNullable(account.teamId()), teamName, tier, account.seatStartedOn(), policy,
                account.linkedInStartedOn(), rampUp);
    }

    private void recordSeatChange(Account account, Long tierBefore) {
        if (!Objects.equals(tierBefore, account.tierId())) {
            seatChanges.save(new SeatChange(account.id(), account.tierId(), clock.instant()));
        }
    }

    private String checkDraft(AccountDraft draft, Long ownId, Long currentTierId) {
        validator.check(draft);
        String email = draft.email().strip().toLowerCase(Locale.ROOT);
        accounts.findByEmail(email).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new RuleViolation("email", "An account with " + email + " already exists (" + other.displayName()
                    + (other.isActive() ? ")." : ", deactivated)."));
        });
        if (draft.teamId() != null && !teams.existsById(draft.teamId())) {
            throw new RuleViolation("teamId", "That team no longer exists. Choose another.");
        }
        if (draft.tierId() != null) {
            tiers.lockForSeat(draft.tierId(), currentTierId);
        }
        for (Long teamId : draft.managedTeamIds()) {
            if (!teams.existsById(teamId)) {
                throw new RuleViolation("managedTeamIds", "One of the managed teams no longer exists.");
            }
        }
        if (draft.linkedInProfileUrl() != null && !draft.linkedInProfileUrl().isBlank()) {
            try {
                LinkedInProfileUrl.parse(draft.linkedInProfileUrl());
            }
            catch (LinkedInProfileUrl.InvalidProfileUrl invalid) {
                throw new RuleViolation("linkedInProfileUrl", invalid.getMessage());
            }
        }
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (draft.linkedInStartedOn() != null && draft.linkedInStartedOn().isAfter(today)) {
            throw new RuleViolation("linkedInStartedOn", "The LinkedIn account can't start in the future.");
        }
        return email;
    }

    private static void applySeat(Account account, AccountDraft draft) {
        account.setSeat(draft.teamId(), draft.tierId(), draft.tierId() == null ? null : draft.seatStartedOn());
        String url = draft.linkedInProfileUrl() == null || draft.linkedInProfileUrl().isBlank() ? null
                : LinkedInProfileUrl.parse(draft.linkedInProfileUrl()).key();
        account.setLinkedIn(url, draft.linkedInStartedOn());
        Set<Long> managed = new HashSet<>();
        if (draft.role() == Role.MANAGER) {
            managed.addAll(draft.managedTeamIds());
            if (managed.isEmpty() && draft.teamId() != null) {
                managed.add(draft.teamId());
            }
        }
        account.setManagedTeamIds(managed);
    }

    private Specification<Account> specification(AccountFilter filter) {
        var visible = access.visibleTeamIds();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            visible.ifPresent(ids -> where.add(ids.isEmpty() ? cb.disjunction() : root.get("teamId").in(ids)));
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("displayName")), like, '\\'),
                        cb.like(root.get("email"), like, '\\')));
            }
            if (filter.teamId() != null) {
                where.add(cb.equal(root.get("teamId"), filter.teamId()));
            }
            if (filter.role() != null) {
                where.add(cb.equal(root.get("role"), filter.role()));
            }
            if (!filter.includeDeactivated()) {
                where.add(cb.isTrue(root.get("active")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static AccountDraft draft(Account a) {
        return new AccountDraft(a.displayName(), a.email(), a.role(), a.teamId(), a.tierId(), a.seatStartedOn(),
                a.linkedInProfileUrl(), a.linkedInStartedOn(), a.managedTeamIds());
    }

    private static AccountDetails details(Account a) {
        return new AccountDetails(a.id(), draft(a), a.isActive(), !a.hasPassword(), a.version());
    }

}

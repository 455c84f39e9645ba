package com.headroom.team;

import com.headroom.base.AuditLog;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.security.AdminOnly;
import com.headroom.security.CurrentUser;
import com.headroom.security.PasswordPolicy;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.security.SignedInSessions;
import com.headroom.tier.TierService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in, and with which password: deactivating those who leave (their data
 * stays) and reactivating them, new-password links, each person's own password, and the
 * deployment's first administrator. Opening a link is {@link PasswordLinkService}'s.
 */
@Service
@SignedIn
public class AccountSignIn {

    private static final String AUDIT_ACCOUNT = AccountService.AUDIT_ACCOUNT;

    private final AccountRepository accounts;

    private final AccountSafeguards safeguards;

    private final TierService tiers;

    private final CurrentUser currentUser;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final AuditLog auditLog;

    private final InputValidator validator;

    private final SignedInSessions sessions;

    private final Clock clock;

    AccountSignIn(AccountRepository accounts, AccountSafeguards safeguards, TierService tiers, CurrentUser currentUser,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog auditLog, InputValidator validator,
            SignedInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.safeguards = safeguards;
        this.tiers = tiers;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    /** Stops an account from signing in and ends its open sessions; its data stays. */
    @Transactional
    @AdminOnly
    public void deactivate(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RuleViolation("That account no longer exists."));
        if (!account.isActive()) {
            return;
        }
        if (account.id() == currentUser.require().accountId()) {
            throw new RuleViolation("You can't deactivate your own account. Ask another administrator.");
        }
        if (account.role() == Role.ADMIN) {
            safeguards.requireAnotherActiveAdmin(account, "deactivate them");
        }
        account.setActive(false);
        account.setInvitation(null, null);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(), "Deactivated");
        safeguards.endSessionsAfterCommit(account.email());
    }

    @Transactional
    @AdminOnly
    public void reactivate(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RuleViolation("That account no longer exists."));
        if (account.isActive()) {
            return;
        }
        if (account.tierId() != null) {
            var tier = tiers.lockForSeat(account.tierId(), account.tierId());
            if (tier.retired()) {
                throw new RuleViolation(account.displayName() + "'s tier " + tier.name()
                        + " is retired. Give them another tier, then reactivate.");
            }
        }
        account.setActive(true);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(), "Reactivated");
    }

    /**
     * A new one-time link for an account: a lost invitation (valid 7 days), or a
     * forgotten password (valid 1 hour). The old password keeps working until the link is
     * used.
     */
    @Transactional
    @AdminOnly
    public PasswordLink newPasswordLink(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RuleViolation("That account no longer exists."));
        if (!account.isActive()) {
            throw new RuleViolation(account.displayName() + "'s account is deactivated. Reactivate it first.");
        }
        String token = safeguards.issueLink(account);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(), "Password link issued");
        return new PasswordLink(account.id(), account.email(), token, account.invitationExpiresAt());
    }

    /**
     * The deployment's first administrator, from HEADROOM_ADMIN_EMAIL and
     * HEADROOM_ADMIN_PASSWORD, checked by the same rules as any account and password.
     * Only for {@link FirstAdministrator}, which calls it while no account exists.
     */
    @Transactional
    long createFirstAdministrator(String email, String password) {
        var draft = new AccountDraft("Administrator", email, Role.ADMIN, null, null, null, null, null, Set.of());
        validator.check(draft);
        String login = draft.email().strip().toLowerCase(Locale.ROOT);
        passwordPolicy.problemWith(password, login).ifPresent(problem -> {
            throw new RuleViolation("password", problem);
        });
        var admin = new Account(login, draft.displayName(), Role.ADMIN, clock.instant());
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin = safeguards.saveRefusingDuplicateEmail(admin, login);
        auditLog.record(AUDIT_ACCOUNT, admin.id(), admin.displayName(), "Created from HEADROOM_ADMIN_EMAIL");
        return admin.id();
    }

    /**
     * The signed-in person changes their own password; their current one is required.
     * Their other sessions end (whoever knew the old password is signed out with it); the
     * one in {@code thisSessionId}, where they changed it, stays.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, @Nullable String thisSessionId) {
        var account = accounts.findById(currentUser.require().accountId())
            .orElseThrow(() -> new AccessDeniedException("No account"));
        if (currentPassword == null || !account.hasPassword()
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "That is not your current password.");
        }
        passwordPolicy.problemWith(newPassword, account.email()).ifPresent(problem -> {
            throw new RuleViolation("newPassword", problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolation("newPassword", "Choose a password different from your current one.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setInvitation(null, null); // a new-password link still pending must not
                                           // outlive this
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(), "Password changed");
        safeguards.endSessionsAfterCommit(account.email(), thisSessionId);
    }

    /**
     * The signed-in person's open sessions, the most recently used first,
     * {@code thisSessionId} marked.
     */
    @Transactional(readOnly = true)
    public List<SignedInSessions.OpenSession> myOpenSessions(@Nullable String thisSessionId) {
        return sessions.openSessionsOf(currentUser.require().email(), thisSessionId);
    }

    /** Ends the signed-in person's sessions in other browsers; returns how many. */
    @Transactional
    public int signOutEverywhereElse(@Nullable String thisSessionId) {
        var account = accounts.findById(currentUser.require().accountId())
            .orElseThrow(() -> new AccessDeniedException("No account"));
        int others = sessions.countExcept(account.email(), thisSessionId);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(),
                "Signed out everywhere else (" + others + (others == 1 ? " browser)" : " browsers)"));
        safeguards.endSessionsAfterCommit(account.email(), thisSessionId);
        return others;
    }

    /**
     * How many browsers the account is signed in on now, for the admin's "Sign out of all
     * browsers".
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public int openSessionCount(long id) {
        return accounts.findById(id).map(a -> sessions.countExcept(a.email(), null)).orElse(0);
    }

    /**
     * An admin ends every session of an account, e.g. a lost laptop; the account may sign
     * in again.
     */
    @Transactional
    @AdminOnly
    public int signOutEverywhere(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RuleViolation("That account no longer exists."));
        int open = sessions.countExcept(account.email(), null);
        auditLog.record(AUDIT_ACCOUNT, account.id(), account.displayName(),
                "Signed out of all browsers (" + open + (open == 1 ? " browser)" : " browsers)"));
        safeguards.endSessionsAfterCommit(account.email());
        return open;
    }

}

package com.headroom.team;

import com.headroom.security.Anyone;
import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.security.PasswordPolicy;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a one-time password link: the only account operation open to someone not signed
 * in, so it reveals nothing unless the token is valid.
 */
@Service
public class PasswordLinkService {

    /** Who a valid link is for, to greet them on the page. */
    public record Holder(String displayName, String email, boolean firstPassword) {
    }

    private final AccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final AuditLog auditLog;

    private final AccountSafeguards safeguards;

    private final Clock clock;

    PasswordLinkService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog auditLog, AccountSafeguards safeguards, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.safeguards = safeguards;
        this.clock = clock;
    }

    @Anyone
    @Transactional(readOnly = true)
    public Optional<Holder> holderOf(String token) {
        return validAccount(token).map(a -> new Holder(a.displayName(), a.email(), !a.hasPassword()));
    }

    /** Sets the password and uses up the link. */
    @Anyone
    @Transactional
    public void setPassword(String token, String password) {
        var account = validAccount(token).orElseThrow(() -> new RuleViolation(
                "This link has expired or was already used. Ask your Headroom administrator for a new one."));
        passwordPolicy.problemWith(password, account.email()).ifPresent(problem -> {
            throw new RuleViolation("password", problem);
        });
        boolean first = !account.hasPassword();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setInvitation(null, null);
        accounts.saveAndFlush(account);
        auditLog.record(AccountService.AUDIT_ACCOUNT, account.id(), account.displayName(),
                first ? "Invitation accepted" : "Password reset from link");
        if (!first) {
            // Whoever knew the old password is signed out with it.
            safeguards.endSessionsAfterCommit(account.email());
        }
    }

    private Optional<Account> validAccount(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findByInvitationTokenHash(PasswordLinks.hash(token))
            .filter(Account::isActive)
            .filter(a -> a.invitationExpiresAt() != null && a.invitationExpiresAt().isAfter(clock.instant()));
    }

}

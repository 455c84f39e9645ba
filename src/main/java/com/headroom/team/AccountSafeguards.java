package com.headroom.team;

import com.headroom.base.RuleViolation;
import com.headroom.security.Role;
import com.headroom.security.SignedInSessions;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every change to an account keeps, whichever service makes it: one account per
 * e-mail, never without an active administrator, one-time links that expire, and no
 * session that outlives a change to who may sign in. Runs in the caller's transaction.
 */
@Component
class AccountSafeguards {

    /** An invitation waits for someone new, who may be away for days. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    /**
     * A new password for an account that has one: whoever holds the link can take the
     * account over, so it lasts only as long as the admin and the person need to pass it
     * on.
     */
    static final Duration NEW_PASSWORD_LINK_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;

    private final SignedInSessions sessions;

    private final TransactionTemplate freshRead;

    private final Clock clock;

    AccountSafeguards(AccountRepository accounts, SignedInSessions sessions,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.freshRead = new TransactionTemplate(transactionManager);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Saves, and says so in a sentence when the database refused a second account with
     * the e-mail (someone added it a moment ago). Any other refusal is not about the
     * e-mail and goes on as it is, so that its real cause is seen (a broken constraint
     * once read as "already exists").
     */
    Account saveRefusingDuplicateEmail(Account account, String email) {
        try {
            return accounts.saveAndFlush(account);
        }
        catch (DataIntegrityViolationException refused) {
            // This session is spent; whether the e-mail is taken is read in a fresh
            // transaction.
            if (Boolean.TRUE.equals(freshRead.execute(status -> accounts.findByEmail(email).isPresent()))) {
                throw new RuleViolation("email", "An account with " + email + " already exists.");
            }
            throw refused;
        }
    }

    void requireAnotherActiveAdmin(Account account, String action) {
        if (accounts.lockActiveWithRole(Role.ADMIN).size() <= 1) {
            throw new RuleViolation("role", account.displayName() + " is the only active administrator. Make"
                    + " someone else an administrator before you " + action + ".");
        }
    }

    /**
     * A new one-time link: an invitation while the account has no password, else a new
     * password.
     */
    String issueLink(Account account) {
        String token = PasswordLinks.newToken();
        var validity = account.hasPassword() ? NEW_PASSWORD_LINK_VALIDITY : INVITATION_VALIDITY;
        account.setInvitation(PasswordLinks.hash(token), clock.instant().plus(validity));
        return token;
    }

    void endSessionsAfterCommit(String email) {
        endSessionsAfterCommit(email, null);
    }

    /**
     * Ends the account's sessions but {@code keepSessionId} once the change is stored: a
     * change rolled back must not have signed anyone out.
     */
    void endSessionsAfterCommit(String email, @Nullable String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.endAllExcept(email, keepSessionId);
                }
            });
        }
        else {
            sessions.endAllExcept(email, keepSessionId);
        }
    }

}

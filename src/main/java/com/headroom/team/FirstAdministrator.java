package com.headroom.team;

import com.headroom.base.RuleViolation;
import com.headroom.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployment's first administrator comes from HEADROOM_ADMIN_EMAIL and
 * HEADROOM_ADMIN_PASSWORD. With no account in the database, no demo data and no such
 * variables, Headroom refuses to start rather than run with nobody able to administer it,
 * or with a default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;

    private final AccountSignIn signIn;

    private final String email;

    private final String password;

    private final boolean demoData;

    FirstAdministrator(AccountRepository accounts, AccountSignIn signIn,
            @Value("${headroom.admin.email:}") String email, @Value("${headroom.admin.password:}") String password,
            @Value("${headroom.demo-data:false}") boolean demoData) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.email = email == null ? "" : email.strip();
        this.password = password == null ? "" : password;
        this.demoData = demoData;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            if (!email.isEmpty()) {
                log.info("Accounts already exist; HEADROOM_ADMIN_EMAIL and HEADROOM_ADMIN_PASSWORD are not used.");
            }
            return;
        }
        if (email.isEmpty() && password.isEmpty() && demoData) {
            return; // the demo organisation brings its own accounts
        }
        if (email.isEmpty() || password.isEmpty()) {
            throw new NoAdministratorException("The database holds no account, and HEADROOM_ADMIN_EMAIL and"
                    + " HEADROOM_ADMIN_PASSWORD are not both set, so nobody could sign in to administer Headroom.");
        }
        try {
            // As Headroom itself: nobody is signed in yet, and the audit log shows
            // "system".
            SystemAuthentication.runAsSystem(() -> signIn.createFirstAdministrator(email, password));
        }
        catch (RuleViolation refused) {
            String variable = refused.field().filter("password"::equals).isPresent() ? "HEADROOM_ADMIN_PASSWORD"
                    : "HEADROOM_ADMIN_EMAIL";
            throw new NoAdministratorException(variable + " is refused: " + refused.getMessage());
        }
        log.info("Created the first administrator, {}. Sign in and change the password.", email);
    }

}

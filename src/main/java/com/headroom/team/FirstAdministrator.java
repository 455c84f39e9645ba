package com.headroom.team;

import com.headroom.base.AuditLog;
import com.headroom.security.PasswordPolicy;
import com.headroom.security.Role;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployment's first administrator comes from HEADROOM_ADMIN_EMAIL and HEADROOM_ADMIN_PASSWORD.
 * With no account in the database, no demo data and no such variables, Headroom refuses to start
 * rather than run with nobody able to administer it, or with a default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String email;
    private final String password;
    private final boolean demoData;

    FirstAdministrator(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog auditLog, Clock clock, @Value("${headroom.admin.email:}") String email,
            @Value("${headroom.admin.password:}") String password,
            @Value("${headroom.demo-data:false}") boolean demoData) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
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
        if (!email.matches(".+@.+\\..+")) {
            throw new NoAdministratorException("HEADROOM_ADMIN_EMAIL is not an e-mail address: " + email);
        }
        passwordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new NoAdministratorException("HEADROOM_ADMIN_PASSWORD is refused: " + problem);
        });
        var admin = new Account(email, "Administrator", Role.ADMIN, clock.instant());
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin = accounts.saveAndFlush(admin);
        auditLog.record(AccountService.AUDIT_ACCOUNT, admin.id(), admin.displayName(),
                "Created from HEADROOM_ADMIN_EMAIL");
        log.info("Created the first administrator, {}. Sign in and change the password.", email);
    }
}

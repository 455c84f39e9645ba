package com.headroom.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.base.AuditLog;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.PasswordPolicy;
import com.headroom.security.Role;
import com.headroom.security.SignedInSessions;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.TierService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a production deployment (no demo data) gets its first administrator. Each test
 * starts, on a database of its own, what the start-up check needs (the database and its
 * Flyway schema, the accounts, teams and tiers with their rules, method security), not
 * the whole application: the application.properties of a real start, then the start-up's
 * ApplicationRunners, as Spring Boot calls them once the context is up.
 */
class FirstAdministratorTest {

    /**
     * The part of Headroom the first administrator's start-up check and these tests use.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    @EnableJpaRepositories(basePackages = { "com.headroom.team", "com.headroom.tier", "com.headroom.base" })
    @EntityScan(basePackages = { "com.headroom.team", "com.headroom.tier", "com.headroom.base" })
    @Import({ FirstAdministrator.class, AccountService.class, AccountSignIn.class, AccountSafeguards.class,
            AccountChanges.class, TeamAccess.class, TeamService.class, PasswordLinkService.class,
            AccountUserDetailsService.class, AccountTierSeats.class, TierService.class, AuditLog.class,
            InputValidator.class, CurrentUser.class, PasswordPolicy.class })
    static class StartUpCheck {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** The production encoder (SecurityConfig's, which also needs the web layer). */
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        /**
         * Nobody is signed in at start-up; the sessions' registry (the database's, with
         * the web layer) is not part of this check.
         */
        @Bean
        SignedInSessions signedInSessions() {
            return org.mockito.Mockito.mock(SignedInSessions.class);
        }

    }

    private static final ApplicationContextRunner HEADROOM = new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class,
                TransactionAutoConfiguration.class, AopAutoConfiguration.class, ValidationAutoConfiguration.class))
        .withUserConfiguration(StartUpCheck.class)
        .withPropertyValues("headroom.demo-data=false");

    /**
     * A context runner starts no logging system; this says what a real start's
     * logging.level.root would (tests: WARN), so that the build log is not filled with
     * every start's INFO lines.
     */
    @BeforeAll
    static void quietStarts() {
        LoggingSystem.get(FirstAdministratorTest.class.getClassLoader())
            .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    @Test
    void with_no_account_and_no_admin_variables_headroom_refuses_to_start() {
        var failure = startFailure(on(freshDatabase()));
        assertThat(failure).isInstanceOf(NoAdministratorException.class)
            .hasMessageContaining("HEADROOM_ADMIN_EMAIL and HEADROOM_ADMIN_PASSWORD are not both set");

        var analysis = new NoAdministratorFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).startsWith("Set HEADROOM_ADMIN_EMAIL to the first administrator's e-mail");
    }

    @Test
    void a_common_admin_password_is_refused_at_start() {
        var failure = startFailure(
                on(freshDatabase(), "headroom.admin.email=ops@acme.example", "headroom.admin.password=password1234"));
        assertThat(failure).isInstanceOf(NoAdministratorException.class)
            .hasMessage("HEADROOM_ADMIN_PASSWORD is refused: This password is on the list of passwords attackers"
                    + " try first. Choose another.");
    }

    @Test
    void the_first_administrator_comes_from_the_environment_and_only_once() {
        String database = freshDatabase();
        on(database, "headroom.admin.email=Ops@Acme.example", "headroom.admin.password=a long first admin password")
            .run(context -> {
                start(context);
                var admin = (HeadroomUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername("ops@acme.example");
                assertThat(admin.role()).isEqualTo(Role.ADMIN);
                assertThat(context.getBean(PasswordEncoder.class)
                    .matches("a long first admin password", admin.getPassword())).isTrue();
            });
        // A later start with other variables changes nothing: accounts exist.
        on(database, "headroom.admin.email=other@acme.example", "headroom.admin.password=another long password")
            .run(context -> {
                start(context);
                var accounts = context.getBean(AccountService.class);
                long count = SystemAuthentication
                    .callAsSystem(() -> accounts.count(new AccountFilter(null, null, null, true)));
                assertThat(count).isEqualTo(1);
            });
    }

    @Test
    void the_only_active_administrator_can_neither_lose_the_role_nor_be_deactivated() {
        on(freshDatabase(), "headroom.admin.email=solo@acme.example",
                "headroom.admin.password=a long first admin password")
            .run(context -> {
                start(context);
                var admin = (HeadroomUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername("solo@acme.example");
                var accounts = context.getBean(AccountService.class);
                SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
                try {
                    var details = accounts.find(admin.accountId()).orElseThrow();
                    long teamId = context.getBean(TeamService.class).create("Solo Team", "UTC").id();
                    long tierId = context.getBean(TierService.class).offeredTiers().getFirst().id();
                    var asMember = new AccountDraft(details.draft().displayName(), details.draft().email(), Role.MEMBER,
                            teamId, tierId, LocalDate.of(2026, 1, 1), null, null, Set.of());
                    assertThatThrownBy(() -> accounts.update(admin.accountId(), details.version(), asMember))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessage("Administrator is the only active administrator. Make someone else an"
                                + " administrator before you change their role.");
                    assertThatThrownBy(() -> SystemAuthentication
                        .runAsSystem(() -> context.getBean(AccountSignIn.class).deactivate(admin.accountId())))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessageContaining("is the only active administrator");
                    assertThat(accounts.find(admin.accountId()).orElseThrow().draft().role()).isEqualTo(Role.ADMIN);
                }
                finally {
                    SecurityContextHolder.clearContext();
                }
            });
    }

    @Test
    void two_administrators_deactivating_each_other_at_once_leave_one_of_them_active() {
        on(freshDatabase(), "headroom.admin.email=first@acme.example",
                "headroom.admin.password=a long first admin password")
            .run(context -> {
                start(context);
                var users = context.getBean(UserDetailsService.class);
                var accounts = context.getBean(AccountService.class);
                long first = ((HeadroomUser) users.loadUserByUsername("first@acme.example")).accountId();
                var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Second Admin",
                        "second@acme.example", Role.ADMIN, null, null, null, null, null, Set.of())));
                context.getBean(PasswordLinkService.class).setPassword(link.token(), "a long second admin password");
                long second = link.accountId();

                var start = new CountDownLatch(1);
                try (var pool = Executors.newFixedThreadPool(2)) {
                    var a = pool.submit(() -> deactivateAs(users, context.getBean(AccountSignIn.class),
                            "first@acme.example", second, start));
                    var b = pool.submit(() -> deactivateAs(users, context.getBean(AccountSignIn.class),
                            "second@acme.example", first, start));
                    start.countDown();
                    assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("deactivated",
                            "refused: the only active administrator");
                }
                long activeAdmins = SystemAuthentication
                    .callAsSystem(() -> accounts.count(new AccountFilter(null, null, Role.ADMIN, false)));
                assertThat(activeAdmins).isEqualTo(1);
            });
    }

    private static String deactivateAs(UserDetailsService users, AccountSignIn signIn, String email, long target,
            CountDownLatch start) throws InterruptedException {
        var user = (HeadroomUser) users.loadUserByUsername(email);
        start.await();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            signIn.deactivate(target);
            return "deactivated";
        }
        catch (RuleViolation refused) {
            return refused.getMessage().contains("is the only active administrator")
                    ? "refused: the only active administrator" : refused.getMessage();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    private static ApplicationContextRunner on(String database, String... properties) {
        return HEADROOM.withPropertyValues("spring.datasource.url=" + database).withPropertyValues(properties);
    }

    /**
     * What SpringApplication does once the context is up: call its ApplicationRunners in
     * order.
     */
    private static void start(AssertableApplicationContext context) throws Exception {
        assertThat(context).hasNotFailed();
        var arguments = new DefaultApplicationArguments();
        for (ApplicationRunner runner : context.getBeanProvider(ApplicationRunner.class).orderedStream().toList()) {
            runner.run(arguments);
        }
    }

    /**
     * Why the start stopped; the root of its causes that says so, as Spring Boot's
     * failure analysis finds it.
     */
    private static Throwable startFailure(ApplicationContextRunner runner) {
        Throwable[] failure = new Throwable[1];
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            try {
                start(context);
            }
            catch (Throwable refused) {
                failure[0] = refused;
            }
        });
        assertThat(failure[0]).as("Headroom started, but it should have refused").isNotNull();
        Throwable cause = failure[0];
        while (!(cause instanceof NoAdministratorException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

}

package com.headroom.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.Application;
import com.headroom.base.RuleViolation;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.TierService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a production deployment (no demo data) gets its first administrator. Each test starts the
 * whole application on a database of its own.
 */
class FirstAdministratorTest {

    @Test
    void with_no_account_and_no_admin_variables_headroom_refuses_to_start() {
        var failure = catchStartFailure(start(freshDatabase()));
        assertThat(failure).isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("HEADROOM_ADMIN_EMAIL and HEADROOM_ADMIN_PASSWORD are not both set");

        var analysis = new NoAdministratorFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).startsWith("Set HEADROOM_ADMIN_EMAIL to the first administrator's e-mail");
    }

    @Test
    void a_common_admin_password_is_refused_at_start() {
        var failure = catchStartFailure(start(freshDatabase(), "--headroom.admin.email=ops@acme.example",
                "--headroom.admin.password=password1234"));
        assertThat(failure).isInstanceOf(NoAdministratorException.class)
                .hasMessage("HEADROOM_ADMIN_PASSWORD is refused: This password is on the list of passwords attackers"
                        + " try first. Choose another.");
    }

    @Test
    void the_first_administrator_comes_from_the_environment_and_only_once() {
        String database = freshDatabase();
        try (var context = start(database, "--headroom.admin.email=Ops@Acme.example",
                "--headroom.admin.password=a long first admin password").get()) {
            var admin = (HeadroomUser) context.getBean(UserDetailsService.class).loadUserByUsername("ops@acme.example");
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(context.getBean(PasswordEncoder.class).matches("a long first admin password",
                    admin.getPassword())).isTrue();
        }
        // A later start with other variables changes nothing: accounts exist.
        try (var context = start(database, "--headroom.admin.email=other@acme.example",
                "--headroom.admin.password=another long password").get()) {
            var accounts = context.getBean(AccountService.class);
            long count = SystemAuthentication.callAsSystem(
                    () -> accounts.count(new AccountFilter(null, null, null, true)));
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void the_only_active_administrator_can_neither_lose_the_role_nor_be_deactivated() {
        try (var context = start(freshDatabase(), "--headroom.admin.email=solo@acme.example",
                "--headroom.admin.password=a long first admin password").get()) {
            var admin = (HeadroomUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername("solo@acme.example");
            var accounts = context.getBean(AccountService.class);
            var signIn = context.getBean(AccountSignIn.class);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            try {
                var details = accounts.find(admin.accountId()).orElseThrow();
                long teamId = context.getBean(TeamService.class).create("Solo Team", "UTC").id();
                long tierId = context.getBean(TierService.class).offeredTiers().getFirst().id();
                var asMember = new AccountDraft(details.draft().displayName(), details.draft().email(), Role.MEMBER,
                        teamId, tierId, java.time.LocalDate.of(2026, 1, 1), null, null, java.util.Set.of());
                assertThatThrownBy(() -> accounts.update(admin.accountId(), details.version(), asMember))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessage("Administrator is the only active administrator. Make someone else an"
                                + " administrator before you change their role.");
                assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> signIn.deactivate(admin.accountId())))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessageContaining("is the only active administrator");
                assertThat(accounts.find(admin.accountId()).orElseThrow().draft().role()).isEqualTo(Role.ADMIN);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    @Test
    void two_administrators_deactivating_each_other_at_once_leave_one_of_them_active() throws Exception {
        try (var context = start(freshDatabase(), "--headroom.admin.email=first@acme.example",
                "--headroom.admin.password=a long first admin password").get()) {
            var users = context.getBean(UserDetailsService.class);
            var accounts = context.getBean(AccountService.class);
            var signIn = context.getBean(AccountSignIn.class);
            long first = ((HeadroomUser) users.loadUserByUsername("first@acme.example")).accountId();
            var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("Second Admin",
                    "second@acme.example", Role.ADMIN, null, null, null, null, null, java.util.Set.of())));
            context.getBean(PasswordLinkService.class).setPassword(link.token(), "a long second admin password");
            long second = link.accountId();

            var start = new java.util.concurrent.CountDownLatch(1);
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var a = pool.submit(() -> deactivateAs(users, signIn, "first@acme.example", second, start));
                var b = pool.submit(() -> deactivateAs(users, signIn, "second@acme.example", first, start));
                start.countDown();
                assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("deactivated",
                        "refused: the only active administrator");
            }
            long activeAdmins = SystemAuthentication.callAsSystem(() -> accounts.count(
                    new AccountFilter(null, null, Role.ADMIN, false)));
            assertThat(activeAdmins).isEqualTo(1);
        }
    }

    private static String deactivateAs(UserDetailsService users, AccountSignIn signIn, String email, long target,
            java.util.concurrent.CountDownLatch start) throws InterruptedException {
        var user = (HeadroomUser) users.loadUserByUsername(email);
        start.await();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            signIn.deactivate(target);
            return "deactivated";
        } catch (RuleViolation refused) {
            return refused.getMessage().contains("is the only active administrator")
                    ? "refused: the only active administrator" : refused.getMessage();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    private interface Start {
        ConfigurableApplicationContext get();
    }

    private static Start start(String database, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database, "--server.port=0",
                "--headroom.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        args.addAll(List.of(extra));
        return () -> new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static Throwable catchStartFailure(Start start) {
        try (var context = start.get()) {
            throw new AssertionError("Headroom started, but it should have refused: " + context);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable failure) {
            Throwable cause = failure;
            while (!(cause instanceof NoAdministratorException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}

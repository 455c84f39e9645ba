package com.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.headroom.DemoAccounts;
import com.headroom.HeadroomTest;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierService;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Sign-in through Spring Security's real filter chain, as the login form posts it. */
@HeadroomTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    PasswordLinkService passwordLinks;

    @Autowired
    TeamService teams;

    @Autowired
    TierService tiers;

    @Autowired
    PathMappedEndpoints exposedEndpoints;

    @Test
    void the_demo_admin_signs_in_with_e_mail_and_password() throws Exception {
        signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
            .andExpect(authenticated().withUsername(DemoAccounts.ADMIN).withRoles(AppRoles.ADMIN))
            .andExpect(redirectedUrl("/"));
    }

    @Test
    void the_e_mail_is_not_case_sensitive() throws Exception {
        signIn("Dana@ACME.example", DemoAccounts.PASSWORD).andExpect(authenticated());
    }

    @Test
    void a_manager_gets_the_member_role_too() throws Exception {
        signIn(DemoAccounts.MANAGER_EMEA, DemoAccounts.PASSWORD)
            .andExpect(authenticated().withRoles(AppRoles.MANAGER, AppRoles.MEMBER));
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        signIn(DemoAccounts.ADMIN, "not-the-password-at-all").andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        var session = new MockHttpSession();
        String before = session.getId();
        var result = mvc
            .perform(post("/login").param("username", DemoAccounts.MEMBER_DANA)
                .param("password", DemoAccounts.PASSWORD)
                .with(csrf())
                .session(session))
            .andExpect(authenticated())
            .andReturn();
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        var result = mvc
            .perform(post("/login").param("username", DemoAccounts.MEMBER_DANA)
                .param("password", DemoAccounts.PASSWORD)
                .with(csrf())
                .session(new MockHttpSession()))
            .andExpect(authenticated())
            .andReturn();
        var signedIn = (MockHttpSession) result.getRequest().getSession(false);

        mvc.perform(post("/logout").with(csrf()).session(signedIn))
            .andExpect(unauthenticated())
            .andExpect(status().is3xxRedirection());
        assertThat(signedIn.isInvalid()).isTrue();
    }

    @Test
    void a_deactivated_account_cannot_sign_in_and_its_data_stays() throws Exception {
        var email = newMember("Leaver");
        signIn(email, "a long enough passphrase").andExpect(authenticated());

        long id = idOf(email);
        SystemAuthentication.runAsSystem(() -> signIn.deactivate(id));

        signIn(email, "a long enough passphrase").andExpect(unauthenticated());
        var stored = SystemAuthentication.callAsSystem(() -> accounts.find(id)).orElseThrow();
        assertThat(stored.active()).isFalse();
        assertThat(stored.draft().email()).isEqualTo(email);
        assertThat(stored.draft().tierId()).isNotNull();
    }

    @Test
    void an_invited_account_cannot_sign_in_before_choosing_a_password() throws Exception {
        var team = SystemAuthentication.callAsSystem(() -> teams.choices().getFirst());
        var tier = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().getFirst());
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        SystemAuthentication.runAsSystem(() -> accounts.invite(new AccountDraft("Invited Person", email, Role.MEMBER,
                team.id(), tier.id(), LocalDate.of(2026, 1, 1), null, null, Set.of())));
        signIn(email, "").andExpect(unauthenticated());
        signIn(email, "anything at all here").andExpect(unauthenticated());
    }

    @Test
    void the_health_check_answers_without_sign_in_and_nothing_else_of_actuator_is_open() throws Exception {
        mvc.perform(get("/actuator/health"))
            .andExpect(status().isOk())
            .andExpect(content().string("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"));
        // No other endpoint is exposed at all, whoever asks.
        assertThat(exposedEndpoints.getAllPaths()).containsExactly("/actuator/health");
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()));
    }

    /** Creates an active member with a password and returns the e-mail. */
    private String newMember(String name) {
        var team = SystemAuthentication.callAsSystem(() -> teams.choices().getFirst());
        var tier = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().getFirst());
        String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft(name + " Person", email,
                Role.MEMBER, team.id(), tier.id(), LocalDate.of(2026, 1, 1), null, null, Set.of())));
        passwordLinks.setPassword(link.token(), "a long enough passphrase");
        return email;
    }

    private long idOf(String email) {
        return SystemAuthentication.callAsSystem(
                () -> accounts
                    .page(new com.headroom.team.AccountFilter(email, null, null, true),
                            org.springframework.data.domain.PageRequest.of(0, 1))
                    .getContent()
                    .getFirst()
                    .id());
    }

}

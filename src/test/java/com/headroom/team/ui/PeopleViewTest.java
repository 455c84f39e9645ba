package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.base.AuditLog;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SessionActivityRegistry;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSummary;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamSummary;
import com.headroom.tier.TierDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class PeopleViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionActivityRegistry registry;

    @Autowired
    AuditLog auditLog;

    private TeamSummary team;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = testData.team("People");
    }

    @Test
    void an_admin_invites_a_member_who_then_chooses_a_password_through_the_link() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        String email = TestData.unique("new").replace(' ', '.') + "@acme.example";
        fillIn("Robin Hale", email);
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        var link = _get(TextField.class, spec -> spec.withLabel("One-time link")).getValue();
        assertThat(link).contains("/set-password/");
        assertThat(grid().getDataProvider()).isNotNull();
        var invited = findByEmail(email);
        assertThat(invited.status()).isEqualTo("Invited");
        assertThat(invited.teamName()).isEqualTo(team.name());
        assertThat(invited.tierName()).isEqualTo("Premium Career");

        signOut();
        navigate(link.substring(link.indexOf("set-password/")));
        assertThat(_get(Paragraph.class,
                spec -> spec.withText("Welcome, Robin Hale. Choose a password for " + email + "."))
            .isVisible()).isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "robin's long passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "robin's long passphrase");
        _click(_get(Button.class, spec -> spec.withText("Set password and continue")));

        _get(Paragraph.class, spec -> spec.withText("Your password is set."));
        var user = userDetailsService.loadUserByUsername(email);
        assertThat(passwordEncoder.matches("robin's long passphrase", user.getPassword())).isTrue();
        assertThat(user.isEnabled()).isTrue();
    }

    @Test
    void an_e_mail_that_already_has_an_account_is_refused_with_the_owner() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        fillIn("Someone Else", "DANA@acme.example");
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        var email = _get(TextField.class, spec -> spec.withLabel("E-mail (signs in with it)"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("An account with dana@acme.example already exists (Dana Reyes).");
    }

    @Test
    void a_member_needs_a_team_and_nothing_is_stored_without_one() {
        openAsAdmin();
        long before = count();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "No Team");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail (signs in with it)")), "noteam@acme.example");
        _setValue(tierBox(), tierNamed("Free"));
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        var teamBox = _get(ComboBox.class, spec -> spec.withLabel("Team"));
        assertThat(teamBox.isInvalid()).isTrue();
        assertThat(teamBox.getErrorMessage()).isEqualTo("Members and managers belong to a team");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_address_that_is_not_a_linkedin_profile_is_refused() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        fillIn("Bad Link", "badlink@acme.example");
        var profile = _get(TextField.class, spec -> spec.withLabel("LinkedIn profile"));
        _setValue(profile, "https://www.linkedin.com/company/acme");
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        assertThat(profile.isInvalid()).isTrue();
        assertThat(profile.getErrorMessage()).isEqualTo(
                "That is a company page. Enter a person's profile address, like https://www.linkedin.com/in/dana-reyes.");
    }

    @Test
    void the_profile_address_is_stored_in_its_normalized_form() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        String email = TestData.unique("norm").replace(' ', '.') + "@acme.example";
        fillIn("Norma Lized", email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile")),
                "http://uk.linkedin.com/in/Norma-Lized/?trk=abc");
        _click(_get(Button.class, spec -> spec.withText("Invite")));

        var id = findByEmail(email).id();
        assertThat(
                SystemAuthentication.callAsSystem(() -> accounts.find(id)).orElseThrow().draft().linkedInProfileUrl())
            .isEqualTo("https://www.linkedin.com/in/norma-lized");
    }

    @Test
    void retired_tiers_are_not_offered_for_new_seats() {
        openAsAdmin();
        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        assertThat(ComboBoxKt.getSuggestionItems(tierBox())).extracting(TierDetails::name)
            .contains("Free", "Sales Navigator Core")
            .allSatisfy(name -> assertThat(name).doesNotEndWith("(retired)"));
    }

    @Test
    void an_admin_changes_a_members_tier_and_role() {
        var person = testData.member("Casey Moore", team.id());
        openAsAdmin();
        Grids.click(grid(), a -> a.id() == person.id());
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, Role.MANAGER);
        _setValue(tierBox(), tierNamed("Sales Navigator Advanced"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notificationTexts()).contains("Casey Moore saved.");
        var row = findByEmail(person.email());
        assertThat(row.role()).isEqualTo(Role.MANAGER);
        assertThat(row.tierName()).isEqualTo("Sales Navigator Advanced");
    }

    @Test
    void a_deactivated_person_leaves_the_list_and_shows_with_deactivated_people() {
        var person = testData.member("Jamie Fox", team.id());
        openAsAdmin();
        Grids.click(grid(), a -> a.id() == person.id());
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("Jamie Fox deactivated.");
        assertThat(Grids.items(grid())).noneMatch(a -> a.id() == person.id());
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show deactivated")), true);
        assertThat(Grids.row(grid(), a -> a.id() == person.id())).last().asString().contains("text='Deactivated'");
        assertThat(userDetailsService.loadUserByUsername(person.email()).isEnabled()).isFalse();
    }

    @Test
    void a_link_with_open_shows_that_person_to_an_admin_and_nothing_to_a_manager() {
        var person = testData.member("Linked Person", team.id());
        openAsAdmin();
        navigate("teams");
        openLink(person.id());
        _get(Button.class, spec -> spec.withText("Deactivate"));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle()).isEqualTo("Linked Person");

        navigate("teams");
        openLink(999_999_999L);
        assertThat(notificationTexts()).contains("That account no longer exists.");
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);

        login(DemoAccounts.MANAGER_EMEA);
        openLink(person.id());
        _assertNone(Button.class, spec -> spec.withText("Deactivate"));
    }

    @Test
    void an_admin_signs_a_person_out_of_all_browsers_and_the_audit_log_says_so() {
        var person = testData.member("Lost Laptop", team.id());
        var principal = (HeadroomUser) userDetailsService.loadUserByUsername(person.email());
        String laptop = TestData.unique("laptop").replace(' ', '-');
        String phone = TestData.unique("phone").replace(' ', '-');
        registry.registerNewSession(laptop, principal);
        registry.registerNewSession(phone, principal);
        try {
            openAsAdmin();
            Grids.click(grid(), a -> a.id() == person.id());
            _get(Paragraph.class, spec -> spec.withText("Signed in on 2 browsers now."));
            _click(_get(Button.class, spec -> spec.withText("Sign out of all browsers")));

            assertThat(notificationTexts()).contains("Lost Laptop is signed out of 2 browsers.");
            assertThat(registry.getSessionInformation(laptop).isExpired()).isTrue();
            assertThat(registry.getSessionInformation(phone).isExpired()).isTrue();
            assertThat(userDetailsService.loadUserByUsername(person.email()).isEnabled()).as("they may sign in again")
                .isTrue();
            assertThat(SystemAuthentication.callAsSystem(() -> auditLog.historyOf("Account", person.id())))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("Signed out of all browsers (2 browsers)");
                    assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN);
                });

            Grids.click(grid(), a -> a.id() == person.id());
            _get(Paragraph.class, spec -> spec.withText("Not signed in anywhere now."));
            assertThat(_get(Button.class, spec -> spec.withText("Sign out of all browsers")).isEnabled()).isFalse();
        }
        finally {
            registry.removeSessionInformation(laptop);
            registry.removeSessionInformation(phone);
        }
    }

    @Test
    void an_admin_cannot_deactivate_their_own_account() {
        var admin = testData.person("Second Admin", Role.ADMIN, null, null);
        login(admin.email());
        navigate("people");
        Grids.click(grid(), a -> a.id() == admin.id());
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("You can't deactivate your own account. Ask another administrator.");
        assertThat(userDetailsService.loadUserByUsername(admin.email()).isEnabled()).isTrue();
    }

    @Test
    void a_manager_sees_the_people_of_their_teams_only_and_cannot_invite() {
        var manager = testData.person("Team Lead", Role.MANAGER, team.id(), "Sales Navigator Core");
        var member = testData.member("Their Rep", team.id());
        login(manager.email());
        navigate("people");

        assertThat(Grids.items(grid())).extracting(AccountSummary::id)
            .containsExactlyInAnyOrder(manager.id(), member.id());
        _assertNone(Button.class, spec -> spec.withText("Invite person"));
    }

    @Test
    void the_search_finds_people_by_part_of_their_name_or_e_mail() {
        var person = testData.member("Quentin Zephyr", team.id());
        openAsAdmin();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name or e-mail")), "zephyr");
        assertThat(Grids.items(grid())).extracting(AccountSummary::id).containsExactly(person.id());
    }

    private static void openLink(long accountId) {
        com.vaadin.flow.component.UI.getCurrent()
            .navigate("people", com.vaadin.flow.router.QueryParameters.of("open", Long.toString(accountId)));
    }

    private void openAsAdmin() {
        login(DemoAccounts.ADMIN);
        navigate("people");
        _get(PeopleView.class);
    }

    private void fillIn(String name, String email) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail (signs in with it)")), email);
        @SuppressWarnings("unchecked")
        ComboBox<TeamChoice> teamBox = _get(ComboBox.class, spec -> spec.withLabel("Team"));
        _setValue(teamBox, new TeamChoice(team.id(), team.name()));
        _setValue(tierBox(), tierNamed("Premium Career"));
    }

    private static TierDetails tierNamed(String name) {
        return ComboBoxKt.getSuggestionItems(tierBox())
            .stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TierDetails> tierBox() {
        return _get(ComboBox.class, spec -> spec.withLabel("LinkedIn tier"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> grid() {
        return _get(Grid.class);
    }

    private AccountSummary findByEmail(String email) {
        return SystemAuthentication
            .callAsSystem(() -> accounts.page(new AccountFilter(email, null, null, true), PageRequest.of(0, 1))
                .getContent()
                .getFirst());
    }

    private long count() {
        return SystemAuthentication.callAsSystem(() -> accounts.count(new AccountFilter(null, null, null, true)));
    }

    private static void signOut() {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

}

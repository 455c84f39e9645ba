package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountViewTest extends KaribuTest {

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    private TestData.Person me;

    private TeamSummary team;

    @BeforeEach
    void signedInAsAMember() {
        team = testData.team("Account");
        me = testData.person("Alex Kim", Role.MEMBER, team.id(), "Free");
        login(me.email());
        navigate("account");
    }

    @Test
    void the_page_says_who_is_signed_in() {
        _get(Paragraph.class,
                spec -> spec.withText("Signs in as " + me.email() + " · Member · " + team.name() + " · Free"));
    }

    @Test
    void a_member_changes_their_password_with_the_current_one() {
        change(TestData.PASSWORD, "a brand new long passphrase", "a brand new long passphrase");

        assertThat(notificationTexts()).contains(
                "Password changed. Use the new one next time you sign in; your other" + " browsers are signed out.");
        assertThat(passwordMatches("a brand new long passphrase")).isTrue();
        assertThat(passwordMatches(TestData.PASSWORD)).isFalse();
    }

    @Test
    void a_wrong_current_password_is_refused() {
        change("not my password at all", "a brand new long passphrase", "a brand new long passphrase");

        assertThat(field("Current password").getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(passwordMatches(TestData.PASSWORD)).isTrue();
    }

    @Test
    void a_password_under_12_characters_is_refused() {
        change(TestData.PASSWORD, "short1!", "short1!");

        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters (this one has 7).");
        assertThat(passwordMatches(TestData.PASSWORD)).isTrue();
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        change(TestData.PASSWORD, "Password1234", "Password1234");

        assertThat(field("New password").getErrorMessage())
            .isEqualTo("This password is on the list of passwords attackers try first. Choose another.");
        assertThat(passwordMatches(TestData.PASSWORD)).isTrue();
    }

    @Test
    void two_different_new_passwords_are_refused() {
        change(TestData.PASSWORD, "a brand new long passphrase", "a brand new long passfrase");

        assertThat(field("New password again").getErrorMessage()).isEqualTo("The two new passwords differ");
        assertThat(passwordMatches(TestData.PASSWORD)).isTrue();
    }

    private void change(String current, String next, String repeat) {
        _setValue(field("Current password"), current);
        _setValue(field("New password"), next);
        _setValue(field("New password again"), repeat);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
    }

    private boolean passwordMatches(String password) {
        return passwordEncoder.matches(password, userDetailsService.loadUserByUsername(me.email()).getPassword());
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

}

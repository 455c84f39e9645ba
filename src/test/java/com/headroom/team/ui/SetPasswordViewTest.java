package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The page a one-time link opens, for someone not signed in. */
class SetPasswordViewTest extends KaribuTest {

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_unknown_link_says_it_expired_and_asks_nothing() {
        navigate("set-password/not-a-real-token");
        _get(Paragraph.class, spec -> spec
            .withText("This link has expired or was already used. Ask your Headroom administrator for a new one."));
        _assertNone(PasswordField.class);
    }

    @Test
    void a_new_password_link_replaces_a_forgotten_password_and_works_once() {
        var person = testData.member("Forgetful Rep", testData.team("Links").id());
        var link = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(person.id()));

        navigate(link.path());
        _get(Paragraph.class,
                spec -> spec.withText("Hello, Forgetful Rep. Choose a password for " + person.email() + "."));
        choose("remembered at last, really", "remembered at last, really");
        _get(Paragraph.class, spec -> spec.withText("Your password is set."));
        assertThat(passwordEncoder.matches("remembered at last, really",
                userDetailsService.loadUserByUsername(person.email()).getPassword()))
            .isTrue();

        navigate(link.path());
        _assertNone(PasswordField.class);
    }

    @Test
    void a_weak_password_is_refused_and_the_link_stays_usable() {
        var person = testData.member("Weak Choice", testData.team("Links").id());
        var link = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(person.id()));

        navigate(link.path());
        choose("qwerty123456", "qwerty123456");

        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password")).getErrorMessage())
            .isEqualTo("This password is on the list of passwords attackers try first. Choose another.");
        assertThat(passwordEncoder.matches(TestData.PASSWORD,
                userDetailsService.loadUserByUsername(person.email()).getPassword()))
            .isTrue();
        navigate(link.path());
        _get(PasswordField.class, spec -> spec.withLabel("Password"));
    }

    private static void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), repeat);
        _click(_get(Button.class, spec -> spec.withText("Set password and continue")));
    }

}

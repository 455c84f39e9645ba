package com.headroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_page_asks_for_e_mail_and_password_and_posts_to_spring_security() {
        navigate("login");
        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void a_refused_sign_in_shows_what_to_check() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "3"));
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // The form's texts travel to the browser as its "i18n" property.
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
            .contains("Too many attempts. Try again in 3 minutes.")
            .doesNotContain("Check your e-mail");

        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "1"));
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
            .contains("Too many attempts. Try again in 1 minute.");
    }

    @Test
    void someone_already_signed_in_goes_straight_to_home() {
        login(DemoAccounts.MEMBER_DANA);
        navigate("login");
        _get(H2.class, spec -> spec.withText("Hello, Dana"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

}

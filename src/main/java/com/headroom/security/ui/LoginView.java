package com.headroom.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in page. The form posts to Spring Security's /login; e-mail is the user name. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Headroom")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;

    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        login.setI18n(i18n(null));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var brand = new Div(new H1("Headroom"),
                new Paragraph("Pace your team's LinkedIn outreach under LinkedIn's limits."));
        brand.addClassName("login-brand");
        add(brand, login);
    }

    /**
     * The form's texts; with {@code waitMinutes}, the error says the sign-in throttle
     * refused the try. It says the same whether or not an account has the e-mail typed.
     */
    private static LoginI18n i18n(@Nullable Long waitMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        if (waitMinutes != null) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage()
                .setMessage("Too many attempts. Try again in " + waitMinutes
                        + (waitMinutes == 1 ? " minute." : " minutes."));
            return i18n;
        }
        i18n.getErrorMessage().setTitle("That didn't work");
        i18n.getErrorMessage()
            .setMessage("Check your e-mail and password. If your account was deactivated or your invitation is not"
                    + " yet accepted, ask your Headroom administrator.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Long waitMinutes = waitMinutes(parameters.get("throttled"));
        login.setI18n(i18n(waitMinutes));
        login.setError(waitMinutes != null || parameters.containsKey("error"));
    }

    /**
     * The minutes the throttle asked for, as the address says (1 to 60; anything else
     * reads as 1).
     */
    private static @Nullable Long waitMinutes(java.util.@Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            long minutes = Long.parseLong(values.getFirst());
            return minutes >= 1 && minutes <= 60 ? minutes : 1L;
        }
        catch (NumberFormatException e) {
            return 1L;
        }
    }

}

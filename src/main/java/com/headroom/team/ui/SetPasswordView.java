package com.headroom.team.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.security.PasswordPolicy;
import com.headroom.team.PasswordLink;
import com.headroom.team.PasswordLinkService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Opened from an invitation or new-password link: the person chooses their password. */
@Route(value = PasswordLink.PATH + "/:token", autoLayout = false)
@PageTitle("Choose your password · Headroom")
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordLinkService links;

    private final Div content = new Div();

    private final PasswordField password = new PasswordField("Password");

    private final PasswordField repeat = new PasswordField("Password again");

    private String token;

    SetPasswordView(PasswordLinkService links) {
        this.links = links;
        addClassName("login-view");
        content.addClassName("card");
        content.setWidth("min(28rem, 95vw)");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        content.add(new H1("Headroom"));
        links.holderOf(token).ifPresentOrElse(holder -> {
            content.add(new Paragraph((holder.firstPassword() ? "Welcome, " : "Hello, ") + holder.displayName()
                    + ". Choose a password for " + holder.email() + "."));
            password.setHelperText("At least " + PasswordPolicy.MINIMUM_LENGTH + " characters, not a common one");
            var save = new Button("Set password and continue", e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            var form = new FormLayout(password, repeat);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            content.add(form, save);
        }, () -> content.add(new Paragraph(
                "This link has expired or was already used. Ask your Headroom" + " administrator for a new one."),
                new Anchor("login", "Go to sign-in")));
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ");
            repeat.setInvalid(true);
            return;
        }
        try {
            links.setPassword(token, password.getValue());
            content.removeAll();
            content.add(new H1("Headroom"), new Paragraph("Your password is set."), new Anchor("login", "Sign in"));
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("password", password));
        }
    }

}

package com.headroom.team.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.security.PasswordPolicy;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.MySeat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The signed-in person's own account: who they are, and changing their password. */
@Route("account")
@PageTitle("My account")
@PermitAll
class MyAccountView extends Main {

    private final AccountSignIn signIn;
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeatPassword = new PasswordField("New password again");

    MyAccountView(AccountService accountService, AccountSignIn signIn) {
        this.signIn = signIn;
        addClassName("view");
        MySeat me = accountService.mySeat();

        var who = new Div(new H2(me.displayName()),
                new Paragraph("Signs in as " + me.email() + " · " + me.role().label()
                        + me.teamName().map(t -> " · " + t).orElse("")
                        + me.tier().map(t -> " · " + t.name()).orElse("")));
        who.addClassName("card");

        newPassword.setHelperText("At least " + PasswordPolicy.MINIMUM_LENGTH
                + " characters; a short sentence is easy to remember and hard to guess");
        var change = new Button("Change password", e -> changePassword());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        var password = new Div(new H2("Password"), form, change);
        password.addClassName("card");
        add(who, password);
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage("The two new passwords differ");
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            signIn.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notifications.success("Password changed. Use the new one next time you sign in.");
        } catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
        }
    }
}

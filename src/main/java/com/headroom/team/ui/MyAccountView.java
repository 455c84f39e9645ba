package com.headroom.team.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.TimeZones;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.security.PasswordPolicy;
import com.headroom.security.SignedInSessions.OpenSession;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.MySeat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own account: who they are, changing their password, and the
 * browsers they are signed in on, with a way to sign the others out.
 */
@Route("account")
@PageTitle("My account")
@PermitAll
class MyAccountView extends Main {

    private final AccountSignIn signIn;

    private final PasswordField currentPassword = new PasswordField("Current password");

    private final PasswordField newPassword = new PasswordField("New password");

    private final PasswordField repeatPassword = new PasswordField("New password again");

    private final Grid<OpenSession> sessions = new Grid<>();

    private final Button signOutElsewhere = new Button("Sign out everywhere else", e -> signOutEverywhereElse());

    MyAccountView(AccountService accountService, AccountSignIn signIn, TimeZones timeZones) {
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

        ZoneId zone = timeZones.forAccount(me.accountId());
        sessions.addColumn(s -> s.browser() + (s.thisBrowser() ? " (this browser)" : ""))
            .setHeader("Browser")
            .setKey("browser")
            .setFlexGrow(2);
        sessions.addColumn(s -> Formats.dayTime(s.startedAt(), zone)).setHeader("Signed in").setKey("started");
        sessions.addColumn(s -> Formats.dayTime(s.lastSeenAt(), zone)).setHeader("Last seen").setKey("lastSeen");
        sessions.setAllRowsVisible(true);
        signOutElsewhere.addThemeVariants(ButtonVariant.ERROR);
        var browsers = new Div(
                new H2("Where you are signed in"), new Paragraph("Times in " + zone.getId()
                        + ". Changing your password also signs you out everywhere" + " else."),
                sessions, signOutElsewhere);
        browsers.addClassName("card");
        add(who, password, browsers);
        showSessions();
    }

    private void showSessions() {
        var open = signIn.myOpenSessions(thisSessionId());
        sessions.setItems(open);
        signOutElsewhere.setEnabled(open.stream().anyMatch(s -> !s.thisBrowser()));
    }

    private void signOutEverywhereElse() {
        int ended = signIn.signOutEverywhereElse(thisSessionId());
        Notifications.success(ended == 0 ? "You were signed in only here."
                : "Signed out of " + ended + (ended == 1 ? " other browser." : " other browsers."));
        showSessions();
    }

    /** The HTTP session of this browser: the one that stays signed in. */
    private static @Nullable String thisSessionId() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null : session.getSession().getId();
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
            signIn.changeOwnPassword(currentPassword.getValue(), newPassword.getValue(), thisSessionId());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notifications.success("Password changed. Use the new one next time you sign in; your other browsers"
                    + " are signed out.");
            showSessions();
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
        }
    }

}

package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OverrideRequest;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Where a manager decides on reps' requests to go past a limit once. Each decision needs a reason
 * and goes to the audit log; an approval is used for one action within a week.
 */
@Route("overrides")
@PageTitle("Limit overrides")
@Menu(order = 25, icon = "vaadin:unlock", title = "Limit overrides")
@RolesAllowed(AppRoles.MANAGER)
class OverridesView extends Main {

    private final OutreachService outreach;

    OverridesView(OutreachService outreach) {
        this.outreach = outreach;
        addClassName("view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Requests to go past a limit"));
        var waiting = outreach.overridesToDecide();
        if (waiting.isEmpty()) {
            var empty = new Paragraph("Nothing waits for you. When a rep in your teams is stopped by a limit and asks"
                    + " to go past it, the request shows here.");
            empty.addClassName("empty-state");
            add(empty);
        }
        waiting.forEach(request -> add(card(request)));
        var decided = outreach.overridesDecided();
        if (!decided.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("figure-list");
            for (var r : decided) {
                list.add(new ListItem(Formats.dateTimeUtc(r.decidedAt()) + " · " + r.decidedByName() + " "
                        + r.status().label().toLowerCase(Locale.ROOT) + " " + r.memberName() + "'s "
                        + r.action().label().toLowerCase(Locale.ROOT) + " to " + r.prospectName() + ": \""
                        + r.reason() + "\""));
            }
            add(new H3("Decided lately"), list);
        }
    }

    private Div card(OverrideRequest request) {
        var card = new Div(new H3(request.memberName() + ": " + request.action().label().toLowerCase(Locale.ROOT)
                + " to " + request.prospectName()));
        card.addClassName("card");
        card.add(new Paragraph("Stopped by: " + request.refusal()));
        card.add(new Paragraph("Why it can't wait: \"" + request.memberNote() + "\""));
        card.add(new Paragraph("Asked " + Formats.dateTimeUtc(request.requestedAt())));
        var reason = new TextField("Your reason (goes to the audit log)");
        reason.setWidth("min(32rem, 100%)");
        reason.setMaxLength(500);
        var approve = new Button("Approve once", e -> decide(request, reason, true));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        var decline = new Button("Decline", e -> decide(request, reason, false));
        var row = new Div(reason, approve, decline);
        row.addClassName("toolbar");
        card.add(row);
        return card;
    }

    private void decide(OverrideRequest request, TextField reason, boolean approve) {
        try {
            if (approve) {
                outreach.approveOverride(request.id(), reason.getValue());
                Notifications.success("Approved. " + request.memberName() + " can log it now.");
            } else {
                outreach.declineOverride(request.id(), reason.getValue());
                Notifications.success("Declined. " + request.memberName() + " sees your reason.");
            }
            show();
        } catch (RuleViolation violation) {
            reason.setErrorMessage(violation.getMessage());
            reason.setInvalid(true);
        }
    }
}

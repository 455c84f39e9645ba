package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.OverrideService;
import com.headroom.outreach.OverrideRequest;
import com.headroom.security.AppRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Where a manager decides on reps' requests to go past a limit once (each decision needs
 * a reason and goes to the audit log; an approval is used for one action within a week),
 * and sees what reps logged past a limit without asking, with their reasons.
 */
@Route("overrides")
@PageTitle("Limit overrides")
@Menu(order = 25, icon = "vaadin:unlock", title = "Limit overrides")
@RolesAllowed(AppRoles.MANAGER)
class OverridesView extends Main {

    private final OverrideService overrides;

    OverridesView(OverrideService overrides) {
        this.overrides = overrides;
        addClassName("view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Requests to go past a limit"));
        var waiting = overrides.overridesToDecide();
        if (waiting.isEmpty()) {
            var empty = new Paragraph("Nothing waits for you. When a rep in your teams is stopped by a limit and asks"
                    + " to go past it, the request shows here.");
            empty.addClassName("empty-state");
            add(empty);
        }
        waiting.forEach(request -> add(card(request)));
        add(loggedPastALimit());
        var decided = overrides.overridesDecided();
        if (!decided.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("figure-list");
            decided.forEach(r -> list.add(decidedLine(r)));
            add(new H3("Decided lately"), list);
        }
    }

    /**
     * What reps logged past a limit without asking first: they did it on LinkedIn, and
     * said why.
     */
    private Div loggedPastALimit() {
        var box = new Div(new H3("Logged past a limit in the last 30 days"));
        var entries = overrides.loggedPastALimit();
        if (entries.isEmpty()) {
            var none = new Paragraph("None. When a rep logs something they already did on LinkedIn past a team limit,"
                    + " it shows here with their reason.");
            none.addClassName("hint");
            box.add(none);
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("figure-list");
        for (var e : entries) {
            var item = new ListItem(
                    new Span(Formats.dayTime(e.occurredAt(), e.zone()) + " · " + e.memberName() + ": "
                            + e.type().label().toLowerCase(Locale.ROOT) + " to "),
                    prospect(e.prospectId(), e.prospectName()), new Span(e.undone() ? " (undone later)" : ""));
            item.add(detail(e.memberName().split(" ")[0] + " was told: \"" + e.sentence() + "\""));
            item.add(detail(e.approvedByName() != null ? "Approved beforehand by " + e.approvedByName() + "."
                    : "Reason: \"" + e.reason() + "\""));
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private ListItem decidedLine(OverrideRequest r) {
        String decision = r.status() == OverrideRequest.Status.DECLINED ? "declined" : "approved";
        var item = new ListItem(
                new Span(Formats.dayTime(r.decidedAt(), r.zone()) + " · " + r.decidedByName() + " " + decision + " "
                        + r.memberName() + "'s " + r.action().label().toLowerCase(Locale.ROOT) + " to "),
                prospect(r.prospectId(), r.prospectName()),
                new Span(": \"" + r.reason() + "\""
                        + (r.usedAt() != null
                                ? "; " + r.memberName() + " used it on " + Formats.dayTime(r.usedAt(), r.zone()) : "")
                        + "."));
        return item;
    }

    private static Component prospect(Long id, String name) {
        return id == null ? new Span(name) : new Anchor("prospects?open=" + id, name);
    }

    private static Span detail(String text) {
        var span = new Span(text);
        span.addClassName("entry-text");
        return span;
    }

    private Div card(OverrideRequest request) {
        var card = new Div(new H3(new Span(request.memberName() + " asks to send " + switch (request.action()) {
            case MESSAGE_SENT -> "a message";
            case INMAIL_SENT -> "an InMail";
            default -> "an invitation";
        } + " to "), prospect(request.prospectId(), request.prospectName())));
        card.addClassName("card");
        // The sentence is the one the rep read, so it speaks to them.
        card.add(new Paragraph(request.memberName().split(" ")[0] + " was told: \"" + request.refusal() + "\""));
        card.add(new Paragraph("Why it can't wait: \"" + request.memberNote() + "\""));
        card.add(new Paragraph("Asked " + Formats.dayTime(request.requestedAt(), request.zone())));
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
                overrides.approveOverride(request.id(), reason.getValue());
                Notifications.success("Approved. " + request.memberName() + " can log it now.");
            }
            else {
                overrides.declineOverride(request.id(), reason.getValue());
                Notifications.success("Declined. " + request.memberName() + " sees your reason.");
            }
            show();
        }
        catch (RuleViolation violation) {
            reason.setErrorMessage(violation.getMessage());
            reason.setInvalid(true);
        }
    }

}

package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.OutreachLine;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.ProspectOutreach;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.UUID;

/**
 * What the team logged with a prospect, newest first, in the team's time zone: the rep's
 * own texts and an Undo on what they logged, others' entries by name, and why an entry
 * went past a limit.
 */
class OutreachHistoryList extends Div {

    private final ProspectOutreach state;

    private final OutreachService outreach;

    private final Runnable undone;

    /**
     * @param undone after an entry is undone: the panel reads the prospect's outreach
     * again
     */
    OutreachHistoryList(ProspectOutreach state, OutreachService outreach, Runnable undone) {
        this.state = state;
        this.outreach = outreach;
        this.undone = undone;
        var list = new UnorderedList();
        list.addClassName("outreach-history");
        int shown = 0;
        for (var line : state.history()) {
            if (line.type() == OutreachType.REVERSAL) {
                continue;
            }
            list.add(historyItem(line));
            shown++;
        }
        if (shown == 0) {
            add(OutreachPanel.hint(
                    state.mayLog() ? "Nothing logged yet. Log what you do on LinkedIn here, right" + " after you do it."
                            : "Nothing logged yet."));
        }
        else {
            add(list);
        }
    }

    private ListItem historyItem(OutreachLine line) {
        String text = Formats.dayTime(line.occurredAt(), state.zone()) + " · " + (line.mine() ? "You" : line.byName())
                + ": " + line.type().label() + (line.withNote() ? " with a note" : "")
                + (line.templateName() != null ? " (template \"" + line.templateName() + "\")" : "")
                + (line.undone() ? " — undone" : "");
        var item = new ListItem(new Span(text));
        if (line.undone()) {
            item.addClassName("undone");
        }
        if (line.subject() != null) {
            item.add(detail("Subject: " + line.subject()));
        }
        if (line.text() != null) {
            item.add(detail(line.text()));
        }
        if (line.overrideNote() != null) {
            item.add(detail(line.overrideNote()));
        }
        if (line.mine() && !line.undone() && line.type().loggedByReps()) {
            var undo = new Button("Undo", e -> {
                try {
                    outreach.undo(line.id(), UUID.randomUUID().toString());
                    undone.run();
                    Notifications.success("Undone: " + line.type().label() + ". The stage stays where it is; change it"
                            + " below if it should go back.");
                }
                catch (RuleViolation violation) {
                    Notifications.error(violation.getMessage());
                }
            });
            undo.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            item.add(undo);
        }
        return item;
    }

    private static Span detail(String text) {
        var span = new Span(text);
        span.addClassName("entry-text");
        return span;
    }

}

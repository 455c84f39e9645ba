package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.MyDay;
import com.headroom.outreach.PlaybookService;
import com.headroom.team.PolicyDefaults;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * My day's "Keep in touch": connected prospects and close connections with no exchange in
 * the member's days, at most 5 a day, each with its last exchange, "not now" and, for a
 * connection Headroom cannot log to, "we talked".
 */
final class KeepInTouchCard {

    private KeepInTouchCard() {
    }

    static Div of(MyDay day, PlaybookService playbook, Runnable refresh) {
        var k = day.keepInTouch();
        // The buttons' listeners live as long as the page: they keep the zone and the
        // days, not the day, whose figures hold every invitation of the week.
        var zone = day.zone();
        int afterDays = k.afterDays();
        var card = new Div(new H3("Keep in touch"));
        card.addClassName("card");
        card.addClassName("keep-in-touch");
        var change = new Button("Change", e -> changeDays(playbook, afterDays, refresh));
        change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var intro = new Paragraph("Connected prospects and connections you marked close, with no exchange logged in "
                + k.afterDays() + " days: up to " + PolicyDefaults.KEEP_IN_TOUCH_A_DAY + " a day, oldest first. ");
        intro.addClassName("hint");
        intro.add(change);
        card.add(intro);
        if (k.people().isEmpty()) {
            var empty = new Paragraph(k.due() == 0
                    ? "Nobody has gone quiet for " + k.afterDays() + " days: your relationships are up to date."
                    : "You handled " + k.handledToday() + " today. " + k.due() + " more wait"
                            + (k.due() == 1 ? "s" : "") + " for tomorrow.");
            empty.addClassName("empty-state");
            card.add(empty);
            return card;
        }
        var list = new UnorderedList();
        list.addClassName("todo-list");
        for (var person : k.people()) {
            var item = new ListItem();
            if (person.prospectId().isPresent()) {
                item.add(new Anchor("prospects?open=" + person.prospectId().get(), person.name()));
            }
            else {
                item.add(new Span(person.name()));
            }
            item.add(new Span((person.company() == null || person.company().isBlank() ? "" : " · " + person.company())
                    + " — " + person.what() + " "));
            var notNow = new Button("Not now", e -> {
                var until = playbook.notNow(person.personKey());
                Notifications.success(person.name() + " is off the list until " + Formats.day(until, zone) + ".");
                refresh.run();
            });
            notNow.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            notNow.setTooltipText("Put off for " + PolicyDefaults.KEEP_IN_TOUCH_SNOOZE_DAYS + " days");
            if (person.prospectId().isEmpty()) {
                var talked = new Button("We talked", e -> {
                    playbook.talked(person.personKey());
                    Notifications.success("Noted: you talked with " + person.name() + " today.");
                    refresh.run();
                });
                talked.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                item.add(talked);
            }
            item.add(notNow);
            list.add(item);
        }
        card.add(list);
        if (k.due() > k.people().size()) {
            var more = new Paragraph((k.due() - k.people().size()) + " more wait for the next days.");
            more.addClassName("hint");
            card.add(more);
        }
        return card;
    }

    private static void changeDays(PlaybookService playbook, int current, Runnable refresh) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Keep in touch after");
        var days = new IntegerField("Days without an exchange");
        days.setValue(current);
        days.setMin(PlaybookService.KEEP_IN_TOUCH_FEWEST_DAYS);
        days.setMax(PlaybookService.KEEP_IN_TOUCH_MOST_DAYS);
        days.setStepButtonsVisible(true);
        days.setHelperText("Between " + PlaybookService.KEEP_IN_TOUCH_FEWEST_DAYS + " and "
                + PlaybookService.KEEP_IN_TOUCH_MOST_DAYS + "; " + PolicyDefaults.KEEP_IN_TOUCH_DAYS + " by default");
        var save = new Button("Save", e -> {
            try {
                playbook.setKeepInTouchDays(days.getValue());
                dialog.close();
                Notifications.success("Keep in touch after " + days.getValue() + " days without an exchange.");
                refresh.run();
            }
            catch (RuleViolation violation) {
                days.setErrorMessage(violation.getMessage());
                days.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(days);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

}

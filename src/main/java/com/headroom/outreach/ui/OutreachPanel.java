package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.Logged;
import com.headroom.outreach.MergeValues;
import com.headroom.outreach.OutreachLine;
import com.headroom.outreach.OutreachRefused;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.OverrideRequest;
import com.headroom.outreach.ProspectOutreach;
import com.headroom.outreach.Refusal;
import com.headroom.outreach.Template;
import com.headroom.outreach.TemplateKind;
import com.headroom.outreach.TemplateService;
import com.headroom.outreach.TemplateText;
import com.headroom.prospect.ProspectDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Logging outreach from a prospect's detail: one click for what happened to the person (accepted,
 * replied), two for what the rep sent (open the form, log it). Limits are checked before anything
 * is stored; a refusal says why and lets the rep ask a manager.
 */
class OutreachPanel extends Div {

    private final OutreachService outreach;
    private final TemplateService templates;
    private final ProspectDetails prospect;
    private final Runnable changed;
    private final Clock clock;
    private final Div form = new Div();
    private final Div refusalBox = new Div();
    private final DateTimePicker when = new DateTimePicker("When, if not just now");
    private ProspectOutreach state;
    /** One key per rendering: a double click, or a click repeated after a timeout, logs once. */
    private String key;

    OutreachPanel(OutreachService outreach, TemplateService templates, ProspectDetails prospect, Runnable changed,
            Clock clock) {
        this.clock = clock;
        this.outreach = outreach;
        this.templates = templates;
        this.prospect = prospect;
        this.changed = changed;
        addClassName("outreach-panel");
        render();
    }

    private void render() {
        removeAll();
        state = outreach.forProspect(prospect.id());
        key = UUID.randomUUID().toString();
        add(FormSection.titled("Outreach"));
        if (!state.mayLog()) {
            add(hint(state.whyNot()));
        } else {
            state.headroom().ifPresent(h -> add(headroomLine(h)));
            add(status());
            add(actions());
            state.approvedOverrides().forEach(o -> add(approval(o)));
            state.waiting().forEach(o -> add(hint("Waiting for a manager to approve: " + o.refusal())));
            form.removeAll();
            refusalBox.removeAll();
            add(form, refusalBox);
        }
        add(history());
    }

    // ---- What the rep sees first. ----

    private Paragraph headroomLine(Headroom h) {
        var inv = h.invitations();
        String line = "Invitations: " + inv.left() + " of " + inv.weeklyBudget() + " left this week, "
                + inv.suggestedToday() + " suggested today · Messages: " + h.messages().left() + " of "
                + h.messages().limit() + " left today · InMail: " + credits(h.inMail().balance());
        var p = new Paragraph(line);
        p.addClassName("headroom-line");
        if (h.health() != Headroom.Health.GREEN) {
            var badge = new Span(h.health().label());
            badge.addClassName("health-" + h.health().name().toLowerCase(Locale.ROOT));
            p.addComponentAsFirst(badge);
            p.add(new Span(" — " + h.reasons().getFirst().sentence()));
        }
        return p;
    }

    private Paragraph status() {
        List<String> parts = new ArrayList<>();
        if (state.connected()) {
            parts.add("Connected with you");
        } else if (state.invitationPending()) {
            parts.add("Your invitation is waiting for an answer");
        } else {
            parts.add("Not connected yet");
        }
        if (state.inMailOpen()) {
            parts.add("your InMail is waiting for an answer");
        }
        return hint(String.join("; ", parts) + ".");
    }

    private Div actions() {
        var row = new Div();
        row.addClassName("toolbar");
        if (!state.connected() && !state.invitationPending()) {
            row.add(primary("Invitation sent…", () -> invitationForm(null)));
        }
        if (state.invitationPending()) {
            row.add(oneClick("Accepted", OutreachType.INVITATION_ACCEPTED),
                    oneClick("Declined", OutreachType.INVITATION_DECLINED),
                    oneClick("Withdrawn", OutreachType.INVITATION_WITHDRAWN));
        }
        row.add(state.connected() ? primary("Message sent…", () -> messageForm(null))
                : button("Message sent…", () -> messageForm(null)));
        row.add(oneClick("They replied", OutreachType.MESSAGE_REPLIED));
        row.add(button("InMail sent…", () -> inMailForm(null)));
        if (state.inMailOpen()) {
            row.add(oneClick("InMail answered", OutreachType.INMAIL_REPLIED),
                    oneClick("InMail accepted", OutreachType.INMAIL_ACCEPTED),
                    oneClick("InMail declined", OutreachType.INMAIL_DECLINED));
        }
        var more = new ComboBox<OutreachType>();
        more.setPlaceholder("Something else…");
        more.setAriaLabel("Log something else");
        more.setItems(OutreachType.PROFILE_VIEWED, OutreachType.POST_ENGAGED, OutreachType.EMAIL_SENT,
                OutreachType.EMAIL_REPLIED);
        more.setItemLabelGenerator(OutreachType::label);
        more.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                log(LogRequest.now(prospect.id(), e.getValue(), key));
            }
        });
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setHelperText("Up to 30 days back, in " + state.zone().getId() + " time");
        // The picker shows the team's local time; the service stores instants.
        var local = LocalDateTime.ofInstant(clock.instant(), state.zone());
        when.setMax(local);
        when.setMin(local.minusDays(30));
        row.add(more, when);
        return row;
    }

    private Div approval(OverrideRequest approved) {
        var box = new Div();
        box.addClassName("approval-box");
        box.add(new Paragraph(approved.decidedByName() + " approved going past the limit for this "
                + approved.action().label().toLowerCase(Locale.ROOT) + ": \"" + approved.reason() + "\""));
        Runnable use = switch (approved.action()) {
            case INVITATION_SENT -> () -> invitationForm(approved.id());
            case MESSAGE_SENT -> () -> messageForm(approved.id());
            default -> () -> inMailForm(approved.id());
        };
        box.add(button("Log it with this approval", use));
        return box;
    }

    // ---- The forms for what the rep sent. ----

    private void invitationForm(Long overrideId) {
        var note = new TextArea("Note (leave empty to send the invitation without one)");
        note.setWidthFull();
        openForm(TemplateKind.CONNECTION_NOTE, null, note, state.noteLimit(), "Log invitation",
                () -> new LogRequest(prospect.id(), OutreachType.INVITATION_SENT, instant(), null, note.getValue(),
                        null, key, overrideId));
    }

    private void messageForm(Long overrideId) {
        var text = new TextArea("Message (paste what you sent, or leave empty)");
        text.setWidthFull();
        openForm(TemplateKind.MESSAGE, null, text, state.messageLimit(), "Log message",
                () -> new LogRequest(prospect.id(), OutreachType.MESSAGE_SENT, instant(), null, text.getValue(), null,
                        key, overrideId));
    }

    private void inMailForm(Long overrideId) {
        var subject = new TextField("Subject");
        subject.setWidthFull();
        var body = new TextArea("InMail");
        body.setWidthFull();
        openForm(TemplateKind.INMAIL, subject, body, state.inMailBodyLimit(), "Log InMail",
                () -> new LogRequest(prospect.id(), OutreachType.INMAIL_SENT, instant(), subject.getValue(),
                        body.getValue(), null, key, overrideId));
    }

    /**
     * A send form: an optional template, merge values for what Headroom cannot know, the text
     * with its live counter against the rep's tier, the spam lint, and the button that logs.
     */
    private void openForm(TemplateKind kind, TextField subject, TextArea text, int limit, String action,
            Supplier<LogRequest> request) {
        form.removeAll();
        refusalBox.removeAll();
        var template = new ComboBox<Template>("Template");
        template.setItems(templates.choices(prospect.teamId(), kind));
        template.setItemLabelGenerator(Template::name);
        template.setClearButtonVisible(true);
        template.setPlaceholder("None: write your own");
        var mutual = new TextField("[Mutual connection]");
        var topic = new TextField("[Topic]");
        var event = new TextField("[Event]");
        var extras = new Div(mutual, topic, event);
        extras.addClassName("toolbar");
        extras.setVisible(false);
        var counter = new Span();
        counter.addClassName("char-counter");
        var warnings = new UnorderedList();
        warnings.addClassName("lint-warnings");

        Runnable fill = () -> {
            var chosen = template.getValue();
            if (chosen == null) {
                return;
            }
            var values = new MergeValues(mutual.getValue(), topic.getValue(), event.getValue());
            var d = prospect.draft();
            text.setValue(TemplateText.merge(chosen.body(), d.firstName(), d.company(), d.headline(), values));
            if (subject != null && chosen.subject() != null) {
                subject.setValue(TemplateText.merge(chosen.subject(), d.firstName(), d.company(), d.headline(),
                        values));
            }
        };
        Runnable count = () -> {
            int length = TemplateText.length(text.getValue());
            counter.setText(Formats.number(length) + " of " + Formats.number(limit) + " characters"
                    + (length > limit ? ": " + Formats.number(length - limit) + " too many" : ""));
            counter.getElement().getClassList().set("over", length > limit);
            warnings.removeAll();
            var unfilled = TemplateText.unfilled((subject == null ? "" : subject.getValue()) + " " + text.getValue());
            if (!unfilled.isEmpty()) {
                warnings.add(new ListItem("Fill in " + String.join(", ", unfilled) + " before you send it."));
            }
            TemplateText.lint((subject == null ? "" : subject.getValue() + "\n") + text.getValue())
                    .forEach(w -> warnings.add(new ListItem(w)));
        };
        template.addValueChangeListener(e -> {
            var chosen = e.getValue();
            String body = chosen == null ? "" : chosen.body() + " " + (chosen.subject() == null ? "" : chosen.subject());
            mutual.setVisible(body.contains("[Mutual connection]"));
            topic.setVisible(body.contains("[Topic]"));
            event.setVisible(body.contains("[Event]"));
            extras.setVisible(mutual.isVisible() || topic.isVisible() || event.isVisible());
            fill.run();
        });
        for (var field : List.of(mutual, topic, event)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> fill.run());
        }
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> count.run());
        if (subject != null) {
            subject.setValueChangeMode(ValueChangeMode.EAGER);
            subject.addValueChangeListener(e -> count.run());
        }
        count.run();

        var log = new Button(action, e -> {
            var r = request.get();
            var withTemplate = new LogRequest(r.prospectId(), r.type(), r.occurredAt(), r.subject(), r.text(),
                    template.getValue() == null ? null : template.getValue().id(), r.idempotencyKey(),
                    r.overrideId());
            log(withTemplate);
        });
        log.addThemeVariants(ButtonVariant.PRIMARY);
        log.setDisableOnClick(true);
        var cancel = new Button("Cancel", e -> {
            form.removeAll();
            refusalBox.removeAll();
        });
        form.add(template, extras);
        if (subject != null) {
            form.add(subject);
        }
        form.add(text, counter, warnings);
        var buttons = new Div(log, cancel);
        buttons.addClassName("toolbar");
        form.add(buttons);
        form.addClassName("outreach-form");
        // A click re-enabled after a refusal, so the rep can fix the text and try again.
        log.addClickListener(e -> log.setEnabled(true));
    }

    // ---- Logging. ----

    private Button oneClick(String label, OutreachType type) {
        var button = new Button(label, e -> log(new LogRequest(prospect.id(), type, instant(), null, null, null, key,
                null)));
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }

    private void log(LogRequest request) {
        try {
            Logged logged = outreach.log(request);
            changed.run();
            render();
            Notifications.success(done(logged));
        } catch (OutreachRefused refused) {
            showRefusal(refused.refusal(), request.type());
        } catch (RuleViolation violation) {
            refusalBox.removeAll();
            var p = new Paragraph(violation.getMessage());
            p.addClassName("error-text");
            refusalBox.add(p);
        }
    }

    private String done(Logged logged) {
        String what = "Logged: " + logged.type().label() + (logged.alreadyLogged() ? " (it was already logged)" : "")
                + ".";
        var h = state.headroom();
        if (h.isEmpty()) {
            return what;
        }
        return switch (logged.type()) {
            case INVITATION_SENT -> what + " " + h.get().invitations().left() + " of "
                    + h.get().invitations().weeklyBudget() + " invitations left this week.";
            case INMAIL_SENT -> what + " " + credits(h.get().inMail().balance()) + " left.";
            case MESSAGE_SENT -> what + " " + h.get().messages().left() + " of " + h.get().messages().limit()
                    + " messages left today.";
            default -> what + (logged.stage() != null ? " " + prospect.draft().firstName() + " is now "
                    + logged.stage().label().toLowerCase(Locale.ROOT) + "." : "");
        };
    }

    private void showRefusal(Refusal refusal, OutreachType type) {
        refusalBox.removeAll();
        var sentence = new Paragraph(refusal.sentence());
        sentence.addClassName("error-text");
        refusalBox.add(sentence);
        boolean alreadyAsked = state.waiting().stream().anyMatch(o -> o.action() == type);
        if (refusal.overridable() && alreadyAsked) {
            refusalBox.add(hint("You already asked your managers to approve this; their answer shows here."));
        } else if (refusal.overridable()) {
            var why = new TextArea("Why can't this wait? Your manager reads this");
            why.setWidthFull();
            why.setMaxLength(500);
            var ask = new Button("Ask a manager to approve", e -> {
                try {
                    outreach.requestOverride(prospect.id(), type, why.getValue());
                    Notifications.success("Sent to your team's managers. You'll see their answer here and on My day.");
                    render();
                } catch (RuleViolation violation) {
                    why.setErrorMessage(violation.getMessage());
                    why.setInvalid(true);
                }
            });
            refusalBox.add(why, ask);
        }
    }

    // ---- History. ----

    private Div history() {
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
        var box = new Div();
        if (shown == 0) {
            box.add(hint(state.mayLog() ? "Nothing logged yet. Log what you do on LinkedIn here, right after you do"
                    + " it." : "Nothing logged yet."));
        } else {
            box.add(list);
        }
        return box;
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
                    changed.run();
                    render();
                    Notifications.success("Undone: " + line.type().label() + ". The stage stays where it is; change it"
                            + " below if it should go back.");
                } catch (RuleViolation violation) {
                    Notifications.error(violation.getMessage());
                }
            });
            undo.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            item.add(undo);
        }
        return item;
    }

    // ---- Small parts. ----

    private Instant instant() {
        var local = when.getValue();
        return local == null ? null : local.atZone(state.zone()).toInstant();
    }

    private static String credits(int balance) {
        return balance + (balance == 1 ? " credit" : " credits");
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    private static Span detail(String text) {
        var span = new Span(text);
        span.addClassName("entry-text");
        return span;
    }

    private static Button button(String label, Runnable action) {
        return new Button(label, e -> action.run());
    }

    private static Button primary(String label, Runnable action) {
        var b = button(label, action);
        b.addThemeVariants(ButtonVariant.PRIMARY);
        return b;
    }
}

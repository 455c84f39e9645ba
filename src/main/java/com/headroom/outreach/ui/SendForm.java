package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.ActionCheck;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.Logged;
import com.headroom.outreach.MergeValues;
import com.headroom.outreach.OutreachRefused;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.OverrideService;
import com.headroom.outreach.PastLimitNeedsReason;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the rep sent, logged in one form: an optional template, merge values for what
 * Headroom cannot know, the text with its live counter against the rep's tier, the spam
 * lint, and before anything is sent what is left ("You may send 12 more today") or which
 * team limit it would go past. Past a limit the rep either asks a manager first or, when
 * it is already sent on LinkedIn, logs it with their reason: the ledger keeps every fact.
 */
class SendForm extends Div {

    private final OutreachService outreach;

    private final OverrideService overrides;

    private final ProspectDetails prospect;

    private final ProspectOutreach state;

    private final OutreachType type;

    private final Long overrideId;

    private final Supplier<Instant> when;

    private final String key;

    private final Consumer<Logged> onLogged;

    private final Runnable onAsked;

    private final TextField subject;

    private final TextArea text;

    /**
     * How the name of the template for someone met at an event starts: "Event follow-up"
     * (shipped note), "Event follow-up message".
     */
    static final String EVENT_FOLLOW_UP = "event follow-up";

    private final ComboBox<Template> template = new ComboBox<>("Template");

    private final Div limits = new Div();

    private final TextArea reason = new TextArea("Why does this one go past the limit? Your managers read this");

    private final Button log = new Button();

    private final Button ask = new Button("Not sent yet? Ask a manager first");

    private final Paragraph error = new Paragraph();

    /** The server found the approval does not cover what the action now goes past. */
    private boolean approvalRefused;

    SendForm(OutreachService outreach, OverrideService overrides, TemplateService templates, ProspectDetails prospect,
            ProspectOutreach state, OutreachType type, Long overrideId, Supplier<Instant> when, String key,
            Consumer<Logged> onLogged, Runnable onAsked, Runnable onCancel) {
        this.outreach = outreach;
        this.overrides = overrides;
        this.prospect = prospect;
        this.state = state;
        this.type = type;
        this.overrideId = overrideId;
        this.when = when;
        this.key = key;
        this.onLogged = onLogged;
        this.onAsked = onAsked;
        addClassName("outreach-form");
        var kind = switch (type) {
            case INVITATION_SENT -> TemplateKind.CONNECTION_NOTE;
            case MESSAGE_SENT -> TemplateKind.MESSAGE;
            default -> TemplateKind.INMAIL;
        };
        int limit = switch (type) {
            case INVITATION_SENT -> state.noteLimit();
            case MESSAGE_SENT -> state.messageLimit();
            default -> state.inMailBodyLimit();
        };
        subject = type == OutreachType.INMAIL_SENT ? new TextField("Subject") : null;
        text = new TextArea(switch (type) {
            case INVITATION_SENT -> "Note (leave empty to send the invitation without one)";
            case MESSAGE_SENT -> "Message (paste what you sent, or leave empty)";
            default -> "InMail";
        });
        text.setWidthFull();

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
                subject
                    .setValue(TemplateText.merge(chosen.subject(), d.firstName(), d.company(), d.headline(), values));
            }
        };
        Runnable count = () -> {
            int length = TemplateText.length(text.getValue());
            counter.setText(Formats.number(length) + " of " + Formats.number(limit) + " characters"
                    + (length > limit ? ": " + Formats.number(length - limit) + " too many" : ""));
            counter.getElement().getClassList().set("over", length > limit);
            warnings.removeAll();
            var unfilled = TemplateText.unfilled(subjectText() + " " + text.getValue());
            if (!unfilled.isEmpty()) {
                warnings.add(new ListItem("Fill in " + String.join(", ", unfilled) + " before you send it."));
            }
            TemplateText.lint((subject == null ? "" : subject.getValue() + "\n") + text.getValue())
                .forEach(w -> warnings.add(new ListItem(w)));
        };
        template.addValueChangeListener(e -> {
            var chosen = e.getValue();
            String body = chosen == null ? ""
                    : chosen.body() + " " + (chosen.subject() == null ? "" : chosen.subject());
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
        if ((type == OutreachType.MESSAGE_SENT || type == OutreachType.INVITATION_SENT)
                && prospect.origin().source().followsUpAnEvent()) {
            // Met at an event: the follow-up template of this kind (Headroom ships the
            // note; a team writes its message), with the event filled in; none if absent.
            event.setValue(prospect.origin().name() == null ? "" : prospect.origin().name());
            template.getListDataView()
                .getItems()
                .filter(t -> t.name().toLowerCase(java.util.Locale.ROOT).startsWith(EVENT_FOLLOW_UP))
                .findFirst()
                .ifPresent(template::setValue);
        }
        if (subject != null) {
            subject.setWidthFull();
            subject.setValueChangeMode(ValueChangeMode.EAGER);
            subject.addValueChangeListener(e -> count.run());
        }
        count.run();

        reason.setWidthFull();
        reason.setMaxLength(500);
        log.addThemeVariants(ButtonVariant.PRIMARY);
        log.setDisableOnClick(true);
        log.addClickListener(e -> {
            submit();
            log.setEnabled(true);
        });
        ask.addClickListener(e -> askManager());
        error.addClassName("error-text");
        var cancel = new Button("Cancel", e -> onCancel.run());
        add(limits, template, extras);
        if (subject != null) {
            add(subject);
        }
        add(text, counter, warnings, reason, error);
        var buttons = new Div(log, ask, cancel);
        buttons.addClassName("toolbar");
        add(buttons);
        recheck();
    }

    /** Says again what the action would meet, for the time the rep picked. */
    void recheck() {
        try {
            showCheck(outreach.check(prospect.id(), type, when.get(), null, null));
        }
        catch (RuleViolation violation) {
            showCheck(new ActionCheck(java.util.Optional.empty(), List.of(), java.util.Optional.empty(), ""));
            error.setText(violation.getMessage());
        }
    }

    /**
     * Says before sending what is left, or what the action would go past and what to do
     * about it.
     */
    private void showCheck(ActionCheck check) {
        limits.removeAll();
        error.setText("");
        boolean past = !check.pastLimits().isEmpty();
        boolean approved = overrideId != null && !approvalRefused;
        check.refused().ifPresent(r -> limits.add(line(r.sentence(), "error-text")));
        if (past) {
            var box = new Div();
            box.addClassName("past-limit-box");
            check.pastLimits().forEach(r -> box.add(line(r.sentence(), "past-limit")));
            box.add(line(approved ? "A manager approved going past it once: log it with the approval."
                    : "Already sent it on LinkedIn? Log it with your reason: it is stored past the limit, your account"
                            + " health turns red and your managers see it.",
                    "hint"));
            limits.add(box);
        }
        check.countOff().ifPresent(r -> limits.add(line(r.sentence(), "past-limit")));
        if (check.clear() && !check.allowance().isBlank()) {
            limits.add(line(check.allowance(), "allowance"));
        }
        reason.setVisible(past && !approved);
        boolean alreadyAsked = state.waiting().stream().anyMatch(o -> o.action() == type);
        ask.setVisible(
                past && !approved && !alreadyAsked && check.pastLimits().stream().allMatch(Refusal::overridable));
        if (past && !approved && alreadyAsked) {
            limits.add(line("You already asked your managers to approve this; their answer shows here.", "hint"));
        }
        log.setText((past && !approved ? "Log it past the limit" : switch (type) {
            case INVITATION_SENT -> "Log invitation";
            case MESSAGE_SENT -> "Log message";
            default -> "Log InMail";
        }));
    }

    private void submit() {
        try {
            var request = new LogRequest(prospect.id(), type, when.get(), subject == null ? null : subject.getValue(),
                    text.getValue(), template.getValue() == null ? null : template.getValue().id(), key,
                    approvalRefused ? null : overrideId, reason.isVisible() ? reason.getValue() : null);
            onLogged.accept(outreach.log(request));
        }
        catch (PastLimitNeedsReason needsReason) {
            // Also when the rep's approval does not cover every limit the action now goes
            // past.
            approvalRefused = overrideId != null;
            showCheck(needsReason.check());
            reason.setErrorMessage("Say why you went past the limit, or ask a manager first if it isn't sent yet.");
            reason.setInvalid(true);
        }
        catch (OutreachRefused refused) {
            error.setText(refused.refusal().sentence());
        }
        catch (RuleViolation violation) {
            if (violation.field().filter(PastLimitNeedsReason.FIELD::equals).isPresent()) {
                reason.setErrorMessage(violation.getMessage());
                reason.setInvalid(true);
            }
            else {
                error.setText(violation.getMessage());
            }
        }
    }

    private void askManager() {
        try {
            overrides.requestOverride(prospect.id(), type, reason.getValue());
            Notifications.success("Sent to your team's managers. You'll see their answer here and on My day.");
            onAsked.run();
        }
        catch (RuleViolation violation) {
            reason.setErrorMessage(violation.getMessage());
            reason.setInvalid(true);
        }
    }

    private String subjectText() {
        return subject == null ? "" : subject.getValue();
    }

    private static Paragraph line(String text, String className) {
        var p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

}

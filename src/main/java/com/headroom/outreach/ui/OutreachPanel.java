package com.headroom.outreach.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.Headroom;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.Logged;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.outreach.OverrideRequest;
import com.headroom.outreach.OverrideService;
import com.headroom.outreach.PlaybookService;
import com.headroom.outreach.ProspectOutreach;
import com.headroom.outreach.ProspectOutreachService;
import com.headroom.outreach.TemplateService;
import com.headroom.prospect.ProspectDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Logging outreach from a prospect's detail: one click for what happened to the person
 * (accepted, replied), two for what the rep sent (open the form, log it). The form says
 * before sending what is left and which team limit an action would go past; what already
 * happened is always stored.
 */
class OutreachPanel extends Div {

    private final OutreachService outreach;

    private final ProspectOutreachService prospectOutreach;

    private final OverrideService overrides;

    private final TemplateService templates;

    private final ProspectDetails prospect;

    private final Runnable changed;

    private final Clock clock;

    private final Div form = new Div();

    private final Div errorBox = new Div();

    private final DateTimePicker when = Pickers.dateTime("When, if not just now");

    private ProspectOutreach state;

    private SendForm openForm;

    /** Both halves or neither: a day without a time is not "now". */
    static final String INCOMPLETE = Pickers.INCOMPLETE + ", or leave both empty for just now.";

    /**
     * One key per rendering: a double click, or a click repeated after a timeout, logs
     * once.
     */
    private String key;

    private final PlaybookService playbook;

    OutreachPanel(OutreachService outreach, ProspectOutreachService prospectOutreach, OverrideService overrides,
            TemplateService templates, ProspectDetails prospect, Runnable changed, Clock clock,
            PlaybookService playbook) {
        this.playbook = playbook;
        this.outreach = outreach;
        this.prospectOutreach = prospectOutreach;
        this.overrides = overrides;
        this.templates = templates;
        this.prospect = prospect;
        this.changed = changed;
        this.clock = clock;
        addClassName("outreach-panel");
        render();
    }

    private void render() {
        removeAll();
        state = prospectOutreach.forProspect(prospect.id());
        key = UUID.randomUUID().toString();
        add(FormSection.titled("Outreach"));
        if (!state.mayLog()) {
            add(hint(state.whyNot()));
        }
        else {
            state.headroom().ifPresent(h -> add(headroomLine(h)));
            add(status());
            add(actions());
            state.approvedOverrides().forEach(o -> add(approval(o)));
            state.waiting().forEach(o -> add(hint("Waiting for a manager to approve: " + o.refusal())));
            form.removeAll();
            openForm = null;
            errorBox.removeAll();
            add(form, errorBox);
        }
        add(new OutreachHistoryList(state, outreach, () -> {
            changed.run();
            render();
        }));
    }

    // ---- What the rep sees first. ----

    private Paragraph headroomLine(Headroom h) {
        var inv = h.invitations();
        String invitations = inv.pausedUntil()
            .map(t -> "Invitations paused until " + Formats.dayTime(t, state.zone()))
            .orElse("Invitations: " + inv.left() + " of " + inv.weeklyBudget() + " left this week, "
                    + inv.mayStillSendToday() + " more today");
        String line = invitations + " · Messages: " + h.messages().left() + " of " + h.messages().limit()
                + " left today · InMail: " + credits(h.inMail().balance());
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
        }
        else if (state.connectedByStage()) {
            parts.add("Connected, as the stage says (no accepted invitation is logged here)");
        }
        else if (state.invitationPending()) {
            parts.add("Your invitation is waiting for an answer");
        }
        else if (state.reinviteLockedUntil().isPresent()) {
            parts.add("You withdrew your invitation; LinkedIn lets you invite " + state.firstName() + " again from "
                    + Formats.dayTime(state.reinviteLockedUntil().get(), state.zone()));
        }
        else {
            parts.add("Not connected yet");
        }
        if (state.inMailOpen()) {
            parts.add("your InMail is waiting for an answer");
        }
        return hint(String.join("; ", parts) + ".");
    }

    private boolean connected() {
        return state.connected() || state.connectedByStage();
    }

    private Div actions() {
        var row = new Div();
        row.addClassName("toolbar");
        if (!connected() && !state.invitationPending() && state.reinviteLockedUntil().isEmpty()) {
            row.add(primary("Invitation sent…", () -> openForm(OutreachType.INVITATION_SENT, null)));
        }
        if (state.invitationPending()) {
            row.add(oneClick("Accepted", OutreachType.INVITATION_ACCEPTED),
                    oneClick("Declined", OutreachType.INVITATION_DECLINED),
                    oneClick("Withdrawn", OutreachType.INVITATION_WITHDRAWN),
                    // LinkedIn drops unanswered invitations after months; unlike a
                    // withdrawal, no lockout.
                    oneClick("Expired", OutreachType.INVITATION_EXPIRED));
        }
        row.add(connected() ? primary("Message sent…", () -> openForm(OutreachType.MESSAGE_SENT, null))
                : button("Message sent…", () -> openForm(OutreachType.MESSAGE_SENT, null)));
        row.add(oneClick("They replied", OutreachType.MESSAGE_REPLIED));
        row.add(button("InMail sent…", () -> openForm(OutreachType.INMAIL_SENT, null)));
        if (state.inMailOpen()) {
            row.add(oneClick("InMail answered", OutreachType.INMAIL_REPLIED),
                    oneClick("InMail accepted", OutreachType.INMAIL_ACCEPTED),
                    oneClick("InMail declined", OutreachType.INMAIL_DECLINED));
        }
        var more = new ComboBox<OutreachType>();
        more.setPlaceholder("Something else…");
        more.setAriaLabel("Log something else");
        more.setItems(OutreachType.PROFILE_VIEWED, OutreachType.POST_ENGAGED, OutreachType.EMAIL_SENT,
                OutreachType.EMAIL_REPLIED, OutreachType.EMAIL_BOUNCED);
        more.setItemLabelGenerator(OutreachType::label);
        more.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var type = e.getValue();
                log(() -> new LogRequest(prospect.id(), type, instant(), null, null, null, key, null));
            }
        });
        when.addValueChangeListener(e -> {
            if (openForm != null) {
                openForm.recheck();
            }
        });
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setDatePlaceholder("Today");
        when.setTimePlaceholder("Now");
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
        box.add(button("Log it with this approval", () -> openForm(approved.action(), approved.id())));
        return box;
    }

    private void openForm(OutreachType type, Long overrideId) {
        form.removeAll();
        errorBox.removeAll();
        if (type == OutreachType.INVITATION_SENT) {
            // Engage before inviting: the form says when the person is still cold.
            playbook.warmth(prospect.id()).ifPresent(note -> {
                var line = new Paragraph(note.sentence());
                line.addClassName(note.warmth().warmed() ? "warmed" : "cold");
                line.addClassName("warmth");
                form.add(line);
            });
        }
        openForm = new SendForm(outreach, overrides, templates, prospect, state, type, overrideId, this::instant, key,
                this::logged, this::render, () -> {
                    form.removeAll();
                    openForm = null;
                });
        form.add(openForm);
    }

    // ---- Logging. ----

    private Button oneClick(String label, OutreachType type) {
        var button = new Button(label,
                e -> log(() -> new LogRequest(prospect.id(), type, instant(), null, null, null, key, null)));
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }

    private void log(java.util.function.Supplier<LogRequest> request) {
        try {
            logged(outreach.log(request.get()));
        }
        catch (RuleViolation violation) {
            errorBox.removeAll();
            var p = new Paragraph(violation.getMessage());
            p.addClassName("error-text");
            errorBox.add(p);
        }
    }

    private void logged(Logged logged) {
        changed.run();
        render();
        Notifications.success(done(logged));
        if (logged.countOff()) {
            errorBox.add(new BalancePrompt(outreach, () -> {
                changed.run();
                render();
            }));
        }
    }

    /**
     * The confirmation: what was logged, and what is left now (never a count a pause
     * makes untrue).
     */
    private String done(Logged logged) {
        String what = (logged.pastLimits().isEmpty() ? "Logged: " : "Logged past the limit: ") + logged.type().label()
                + (logged.alreadyLogged() ? " (it was already logged)" : "") + ".";
        if (!logged.pastLimits().isEmpty()) {
            what += " Your managers see it.";
        }
        var h = state.headroom();
        if (h.isEmpty()) {
            return what;
        }
        var inv = h.get().invitations();
        return switch (logged.type()) {
            case INVITATION_SENT -> what + " "
                    + inv.pausedUntil()
                        .map(t -> "Invitations are paused until " + Formats.dayTime(t, state.zone()) + ".")
                        .orElse(inv.left() + " of " + inv.weeklyBudget() + " invitations left this week; "
                                + inv.mayStillSendToday() + " more today.");
            case INMAIL_SENT -> what + " " + credits(h.get().inMail().balance()) + " left.";
            case MESSAGE_SENT ->
                what + " " + h.get().messages().left() + " of " + h.get().messages().limit() + " messages left today.";
            case INVITATION_WITHDRAWN -> what + state.reinviteLockedUntil()
                .map(t -> " LinkedIn lets you invite " + state.firstName() + " again from "
                        + Formats.dayTime(t, state.zone()) + ".")
                .orElse("");
            default -> what + (logged.stageMoved() && logged.stage() != null
                    ? " " + state.firstName() + " is now " + logged.stage().label().toLowerCase(Locale.ROOT) + "."
                    : "");
        };
    }

    // ---- Small parts. ----

    /**
     * When it happened: null for now; a picker with only its day or only its time is
     * refused.
     */
    private Instant instant() {
        var local = when.getValue();
        if (local == null && (when.isInvalid() || Pickers.halfFilled(when))) {
            throw new RuleViolation("occurredAt", INCOMPLETE);
        }
        return local == null ? null : local.atZone(state.zone()).toInstant();
    }

    private static String credits(int balance) {
        return balance + (balance == 1 ? " credit" : " credits");
    }

    static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
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

package com.headroom.warmintro.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.ProspectDetails;
import com.headroom.security.CurrentUser;
import com.headroom.warmintro.IntroRequest;
import com.headroom.warmintro.IntroService.PathAsked;
import com.headroom.warmintro.IntroService;
import com.headroom.warmintro.WarmIntroService;
import com.headroom.warmintro.WarmPath;
import com.headroom.warmintro.WarmPaths;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * "Warm paths" on a prospect's detail: teammates who know the prospect and teammates who
 * know the prospect's colleagues, in one list in the order to try them (a direct path
 * first unless a path through a colleague is far stronger), each with the sentence behind
 * its score and place, and a "Request intro" button.
 */
@Order(15)
@org.springframework.stereotype.Component
class WarmPathsSection implements ProspectDetailSection {

    private final WarmIntroService warmIntros;

    private final IntroService intros;

    private final CurrentUser currentUser;

    WarmPathsSection(WarmIntroService warmIntros, IntroService intros, CurrentUser currentUser) {
        this.warmIntros = warmIntros;
        this.intros = intros;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(ProspectDetails prospect, Runnable changed) {
        var box = new Div();
        box.addClassName("warm-paths");
        fill(box, prospect.id());
        return Optional.of(box);
    }

    private void fill(Div box, long prospectId) {
        box.removeAll();
        box.add(FormSection.titled("Warm paths"));
        WarmPaths paths = warmIntros.forProspect(prospectId);
        Map<String, PathAsked> asked = new HashMap<>();
        // One open request per teammate and prospect (the service's rule), whichever path
        // it went along.
        Set<Long> askedByMe = new HashSet<>();
        long me = currentUser.require().accountId();
        for (var r : intros.aboutProspect(prospectId)) {
            asked.putIfAbsent(r.introducerId() + ":" + r.viaPersonId(), r);
            if (r.requesterId() == me && r.outcome() == null
                    && (r.status() == IntroRequest.Status.ASKED || r.status() == IntroRequest.Status.ACCEPTED)) {
                askedByMe.add(r.introducerId());
            }
        }
        boolean mayAsk = !paths.doNotContact();
        if (paths.doNotContact()) {
            var dnc = new Paragraph("This person is on the do-not-contact list, so no introduction can be asked for.");
            dnc.addClassName("hint");
            box.add(dnc);
        }
        if (paths.none()) {
            var none = new Paragraph(paths.company() == null || paths.company().isBlank()
                    ? "Nobody in your team who shares their network knows " + paths.prospectName()
                            + ". Add the company to see who knows their colleagues."
                    : "Nobody in your team who shares their network knows " + paths.prospectName() + " or anyone at "
                            + paths.company() + ".");
            none.addClassName("hint");
            box.add(none);
        }
        // One list, in the order to try them: direct paths first unless a colleague path
        // is far stronger.
        paths.paths()
            .forEach(p -> box
                .add(row(box, prospectId, paths, p, asked, mayAsk && !askedByMe.contains(p.introducerId()))));
        int colleaguesShown = paths.colleagues().size();
        if (paths.colleaguesFound() > colleaguesShown) {
            var more = new Paragraph("Through people at " + paths.company() + ": the strongest " + colleaguesShown
                    + " of " + paths.colleaguesFound()
                    + (paths.moreColleagues() ? " most senior; search \"Who knows whom\" for everyone." : "."));
            more.addClassName("hint");
            box.add(more);
        }
        var footnote = new StringBuilder();
        if (!paths.withoutImport().isEmpty()) {
            footnote.append("Not imported yet: ").append(String.join(", ", paths.withoutImport())).append(". ");
        }
        if (!paths.notSharing().isEmpty()) {
            footnote.append("Not sharing their network: ").append(String.join(", ", paths.notSharing())).append(". ");
        }
        if (!footnote.isEmpty()) {
            var note = new Paragraph(footnote.toString().strip());
            note.addClassName("hint");
            box.add(note);
        }
        var own = new Anchor("network",
                paths.youImported() ? "Update your own connections"
                        : "You haven't imported your LinkedIn connections yet: import them so your team can find paths"
                                + " through you");
        own.addClassName("hint");
        box.add(own);
    }

    private Div row(Div box, long prospectId, WarmPaths paths, WarmPath path, Map<String, PathAsked> asked,
            boolean mayAsk) {
        var score = new Span(Integer.toString(path.score()));
        score.addClassName("strength");
        score.addClassName(path.score() >= 60 ? "strong" : path.score() >= 35 ? "medium" : "weak");
        score.getElement().setAttribute("title", "Strength, 0 to 100");
        String introducer = path.mine() ? "You" : path.introducerName();
        String who = path.direct()
                ? introducer + (path.mine() ? " know " : " knows ") + paths.prospectName() + " directly"
                : introducer + " → " + path.personName() + ", " + describe(path);
        var title = new Span(who);
        title.addClassName("path-title");
        var why = new Span(path.explanation());
        why.addClassName("path-why");
        var text = new Div(title, why);
        text.addClassName("path-text");
        var row = new Div(score, text);
        row.addClassName("warm-path");
        var previous = asked.get(path.introducerId() + ":" + (path.direct() ? null : path.personId()));
        if (previous != null) {
            var state = new Span("Asked " + (previous.outcome() != null ? "· " + previous.outcome().label()
                    : "· " + previous.status().label()));
            state.addClassName("path-asked");
            text.add(state);
        }
        if (!path.mine() && mayAsk) {
            var request = new Button("Request intro", e -> ask(box, row, prospectId, path));
            request.addThemeVariants(ButtonVariant.SMALL);
            row.add(request);
        }
        return row;
    }

    private static String describe(WarmPath path) {
        String position = path.position().isBlank() ? path.seniority().label() : path.position();
        return position + " (" + path.seniority().label() + ")";
    }

    private void ask(Div box, Div row, long prospectId, WarmPath path) {
        var note = new TextArea("Note to " + path.introducerName());
        note.setPlaceholder(path.direct() ? "Why you would like to meet them, in a sentence or two"
                : "What you would ask " + path.personName() + ", and why");
        note.setMaxLength(1000);
        note.setWidthFull();
        var send = new Button("Send request", e -> {
            try {
                intros.request(prospectId, path.introducerId(), path.direct() ? null : path.personId(),
                        note.getValue());
                Notifications.success("Asked " + path.introducerName() + ". They see it under \"Intro requests\".");
                fill(box, prospectId);
            }
            catch (RuleViolation refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", e -> fill(box, prospectId));
        var form = new Div(note, new Div(send, cancel));
        form.addClassName("intro-form");
        box.getChildren().filter(c -> c.hasClassName("intro-form")).toList().forEach(box::remove);
        // Right under the path it asks along.
        box.addComponentAtIndex(box.indexOf(row) + 1, form);
        note.focus();
    }

}

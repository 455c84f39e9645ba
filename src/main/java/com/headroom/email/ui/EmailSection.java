package com.headroom.email.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.email.AddressSuggestions;
import com.headroom.email.AddressCandidates.Candidate;
import com.headroom.email.StoredCheck;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * E-mail on a prospect's detail: the address and what its check found, or suggestions
 * with their evidence when there is none; and which e-mail tools the prospect went to.
 */
// After outreach logging: the second channel.
@org.springframework.core.annotation.Order(15)
@org.springframework.stereotype.Component
class EmailSection implements ProspectDetailSection {

    private final AddressSuggestions suggestions;

    private final ProspectService prospects;

    private final TeamService teams;

    EmailSection(AddressSuggestions suggestions, ProspectService prospects, TeamService teams) {
        this.suggestions = suggestions;
        this.prospects = prospects;
        this.teams = teams;
    }

    @Override
    public Optional<Component> create(ProspectDetails prospect, Runnable changed) {
        var box = new Div();
        box.addClassName("email-section");
        var zone = ZoneId.of(teams.pacing(prospect.teamId()).timeZone());
        fill(box, prospect, changed, zone);
        return Optional.of(box);
    }

    private void fill(Div box, ProspectDetails prospect, Runnable changed, ZoneId zone) {
        box.removeAll();
        box.add(FormSection.titled("E-mail"));
        String address = prospect.draft().email();
        var status = prospect.draft().emailStatus();
        if (address != null && !address.isBlank()) {
            var line = new Paragraph(address + " · " + status.label().toLowerCase(Locale.ROOT));
            line.addClassName("email-address");
            box.add(line);
            suggestions.lastCheck(prospect.id()).ifPresentOrElse(c -> box.add(checkLine(c, zone)), () -> {
                var none = new Paragraph("Not checked yet. Checking looks at the address and the domain's mail"
                        + " servers; Headroom sends nothing.");
                none.addClassName("hint");
                box.add(none);
            });
            if (prospect.mayEdit()) {
                var check = new Button("Check address", e -> {
                    try {
                        var result = suggestions.check(prospect.id());
                        Notifications.success(result.summary());
                        fill(box, prospect, changed, zone);
                    }
                    catch (RuleViolation violation) {
                        Notifications.error(violation.getMessage());
                    }
                });
                check.addThemeVariants(ButtonVariant.TERTIARY);
                box.add(check);
            }
        }
        if ((address == null || address.isBlank() || !status.usable()) && prospect.mayEdit()) {
            var suggest = new Button(status.name().equals("BOUNCED") ? "Suggest another address" : "Suggest an address",
                    e -> showSuggestions(box, prospect, changed, zone));
            suggest.addClassName("suggest-address");
            box.add(suggest);
        }
        var exports = suggestions.exports(prospect.id());
        if (!exports.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("figure-list");
            exports.forEach(x -> list.add(new ListItem(
                    "Exported to " + x.tool().label() + " on " + Formats.day(x.at(), zone) + " by " + x.by())));
            box.add(list);
        }
    }

    private static Paragraph checkLine(StoredCheck c, ZoneId zone) {
        var line = new Paragraph(
                "Checked " + Formats.day(c.checkedAt(), zone) + " by " + c.checkedBy() + ": " + c.summary());
        line.addClassName(c.usable() ? "check-usable" : "check-problem");
        line.addClassName("email-check");
        return line;
    }

    private void showSuggestions(Div box, ProspectDetails prospect, Runnable changed, ZoneId zone) {
        var found = suggestions.suggest(prospect.id());
        var panel = new Div();
        panel.addClassName("email-suggestions");
        if (!found.domains().isEmpty()) {
            var evidence = new UnorderedList();
            evidence.addClassName("figure-list");
            found.domains().forEach(d -> evidence.add(new ListItem(d)));
            panel.add(new Paragraph("What the team's addresses at " + found.company() + " show:"), evidence);
        }
        if (found.candidates().isEmpty()) {
            var none = new Paragraph(found.whyNone());
            none.addClassName("empty-state");
            panel.add(none);
        }
        else {
            var list = new UnorderedList();
            list.addClassName("candidate-list");
            for (Candidate c : found.candidates()) {
                var use = new Button("Use this", e -> {
                    try {
                        var after = suggestions.pick(prospect.id(), prospect.version(), c.address());
                        Notifications.success(c.address() + " saved as guessed and checked.");
                        changed.run();
                        fill(box, prospects.details(after.id()), changed, zone);
                    }
                    catch (RuleViolation violation) {
                        Notifications.error(violation.getMessage());
                    }
                });
                use.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                var evidence = new Span(" — " + c.evidence());
                evidence.addClassName("hint");
                list.add(new ListItem(new Span(c.address()), evidence, use));
            }
            panel.add(list);
        }
        box.getChildren()
            .filter(child -> child.getElement().getClassList().contains("email-suggestions")
                    || child.getElement().getClassList().contains("suggest-address"))
            .toList()
            .forEach(box::remove);
        box.add(panel);
    }

}

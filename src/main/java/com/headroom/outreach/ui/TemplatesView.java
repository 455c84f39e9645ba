package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.MergeValues;
import com.headroom.outreach.Template;
import com.headroom.outreach.TemplateComparison;
import com.headroom.outreach.TemplateDraft;
import com.headroom.outreach.TemplateKind;
import com.headroom.outreach.TemplateService;
import com.headroom.outreach.TemplateStats;
import com.headroom.outreach.TemplateText;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The team's template library: what each template says, how it does (sent, accepted,
 * replied), and whether one really does better than another.
 */
@Route("templates")
@PageTitle("Templates")
@Menu(order = 15, icon = "vaadin:file-text-o", title = "Templates")
@RolesAllowed(AppRoles.MEMBER)
class TemplatesView extends Main {

    private final TemplateService templates;

    private final ProspectService prospects;

    private final Grid<Template> grid = new Grid<>();

    private final ComboBox<TeamChoice> team;

    private final Checkbox showArchived = new Checkbox("Show archived");

    private final ComboBox<TemplateStats> first = new ComboBox<>("Compare");

    private final ComboBox<TemplateStats> second = new ComboBox<>("with");

    private final Paragraph verdict = new Paragraph();

    private Map<Long, TemplateStats> stats = Map.of();

    TemplatesView(TemplateService templates, ProspectService prospects, TeamService teams, AccountService accounts) {
        this.templates = templates;
        this.prospects = prospects;
        addClassName("view");
        setSizeFull();

        List<TeamChoice> myTeams = teams.choices();
        team = TeamPicker.create(myTeams, accounts);

        var add = new Button("New template", VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new Div(team, add, showArchived);
        toolbar.addClassName("toolbar");

        grid.addComponentColumn(this::nameCell).setHeader("Template").setAutoWidth(true).setFlexGrow(3);
        grid.addColumn(t -> t.kind().label()).setHeader("For").setAutoWidth(true);
        grid.addColumn(t -> stat(t).sent()).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(t -> stat(t).accepted()).setHeader("Accepted").setAutoWidth(true);
        grid.addColumn(t -> stat(t).replied()).setHeader("Replied").setAutoWidth(true);
        grid.addColumn(t -> stat(t).successPercent().map(p -> p + "% " + t.kind().successNoun()).orElse("not used yet"))
            .setHeader("Success")
            .setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setEmptyStateText("No templates yet. Write one with \"New template\".");
        grid.setHeight("22rem");

        first.setItemLabelGenerator(s -> s.name() + " (" + s.sent() + " sent)");
        second.setItemLabelGenerator(s -> s.name() + " (" + s.sent() + " sent)");
        var compare = new Button("Compare", e -> compare());
        var compareRow = new Div(first, second, compare);
        compareRow.addClassName("toolbar");
        var compareCard = new Div(new H3("Does one template do better?"), new Paragraph("Compares how often each is"
                + " accepted (connection notes) or answered (messages, InMails), and says whether the difference"
                + " could be chance."), compareRow, verdict);
        compareCard.addClassName("card");

        team.addValueChangeListener(e -> refresh());
        showArchived.addValueChangeListener(e -> refresh());
        add(toolbar, grid, compareCard);
        refresh();
    }

    private void refresh() {
        if (team.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        long teamId = team.getValue().id();
        var all = templates.stats(teamId);
        stats = all.stream().collect(Collectors.toMap(TemplateStats::templateId, Function.identity()));
        boolean archived = showArchived.getValue();
        grid.setItems(query -> templates.page(teamId, archived, query.getOffset(), query.getLimit()).stream(),
                query -> templates.count(teamId, archived));
        first.setItems(all);
        second.setItems(all);
        verdict.setText("");
    }

    private TemplateStats stat(Template t) {
        return stats.getOrDefault(t.id(), new TemplateStats(t.id(), t.name(), t.kind(), 0, 0, 0, 0));
    }

    private Div nameCell(Template t) {
        var cell = new Div(new Span(t.name()));
        if (t.shipped()) {
            var badge = new Span("built in");
            badge.addClassName("badge-stage");
            cell.add(new Span(" "), badge);
        }
        if (t.archived()) {
            var badge = new Span("archived");
            badge.addClassName("badge-dnc");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    private void compare() {
        if (first.getValue() == null || second.getValue() == null) {
            verdict.setText("Choose two templates to compare.");
            return;
        }
        try {
            TemplateComparison result = templates.compare(team.getValue().id(), first.getValue().templateId(),
                    second.getValue().templateId());
            verdict.setText(result.verdict());
        }
        catch (RuleViolation violation) {
            verdict.setText(violation.getMessage());
        }
    }

    /**
     * The editor: kind, name, text with merge fields, and a live preview on one of the
     * team's prospects.
     */
    private void edit(Template existing) {
        var dialog = new Dialog();
        dialog.setWidth("min(52rem, 96vw)");
        boolean shipped = existing != null && existing.shipped();
        dialog.setHeaderTitle(existing == null ? "New template"
                : shipped ? existing.name() + " (comes with Headroom)" : existing.name());
        var kind = new Select<TemplateKind>();
        kind.setLabel("For");
        kind.setItems(TemplateKind.values());
        kind.setItemLabelGenerator(TemplateKind::label);
        var name = new TextField("Name");
        name.setMaxLength(80);
        // No browser maxlength on the texts: it counts UTF-16 units and would cut off
        // emoji the counter and
        // the server count as one character each.
        var subject = new TextField("InMail subject");
        subject.setWidthFull();
        var body = new TextArea("Text");
        body.setWidthFull();
        body.setHelperText("Merge fields: " + String.join(" ", TemplateText.FIELDS));
        var fields = new Div();
        fields.addClassName("toolbar");
        for (String field : TemplateText.FIELDS) {
            var insert = new Button(field, e -> body.setValue(body.getValue() + field));
            insert.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            fields.add(insert);
        }
        var tryOn = new ComboBox<ProspectRow>("Try it on");
        tryOn.setPlaceholder("Search a prospect of your team");
        tryOn.setItemLabelGenerator(r -> r.fullName() + (r.company() == null ? "" : " · " + r.company()));
        long teamId = team.getValue().id();
        tryOn.setItems(
                query -> prospects
                    .search(ProspectFilter.team(teamId).withText(query.getFilter().orElse("")),
                            PageRequest.of(query.getPage(), query.getPageSize()))
                    .stream());
        var mutual = new TextField("[Mutual connection]");
        var topic = new TextField("[Topic]");
        var event = new TextField("[Event]");
        var extras = new Div(tryOn, mutual, topic, event);
        extras.addClassName("toolbar");
        var preview = new Paragraph();
        preview.addClassName("template-preview");
        var counter = new Span();
        counter.addClassName("char-counter");
        var warnings = new UnorderedList();
        warnings.addClassName("lint-warnings");

        Runnable update = () -> {
            subject.setVisible(kind.getValue() == TemplateKind.INMAIL);
            if (kind.getValue() == null) {
                return;
            }
            var merged = templates.preview(kind.getValue(), subject.getValue(), body.getValue(),
                    tryOn.getValue() == null ? null : tryOn.getValue().id(),
                    new MergeValues(mutual.getValue(), topic.getValue(), event.getValue()));
            preview.setText((merged.subject() == null || merged.subject().isBlank() ? "" : merged.subject() + " — ")
                    + merged.text());
            counter.setText(merged.counter()
                    + (tryOn.getValue() == null ? " before merging; try it on a prospect" + " to count the real length"
                            : " for " + tryOn.getValue().firstName()));
            counter.getElement().getClassList().set("over", !merged.fits());
            warnings.removeAll();
            if (!merged.unfilled().isEmpty() && tryOn.getValue() != null) {
                warnings.add(new ListItem("Still to fill: " + String.join(", ", merged.unfilled()) + "."));
            }
            merged.warnings().forEach(w -> warnings.add(new ListItem(w)));
        };
        kind.addValueChangeListener(e -> update.run());
        for (var field : List.of(subject, mutual, topic, event)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> update.run());
        }
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> update.run());
        tryOn.addValueChangeListener(e -> update.run());

        kind.setValue(existing == null ? TemplateKind.CONNECTION_NOTE : existing.kind());
        name.setValue(existing == null ? "" : shipped ? existing.name() + " (our version)" : existing.name());
        subject.setValue(existing == null || existing.subject() == null ? "" : existing.subject());
        body.setValue(existing == null ? "" : existing.body());
        update.run();

        var previewBox = new Div(new H3("Preview"), preview, counter, warnings);
        previewBox.addClassName("card");
        dialog.add(new Div(kind, name), subject, body, fields, extras, previewBox);

        Map<String, com.vaadin.flow.component.HasValidation> byProperty = Map.of("kind", kind, "name", name, "subject",
                subject, "body", body, "subjectShortEnough", subject, "bodyShortEnough", body);
        var save = new Button(existing == null || shipped ? "Save to the team's library" : "Save", e -> {
            var draft = new TemplateDraft(kind.getValue(), name.getValue(), subject.getValue(), body.getValue());
            try {
                if (existing == null || shipped) {
                    templates.create(teamId, draft);
                }
                else {
                    templates.update(existing.id(), existing.version(), draft);
                }
                dialog.close();
                Notifications.success("Saved \"" + name.getValue().strip() + "\".");
                refresh();
            }
            catch (RuleViolation violation) {
                FieldErrors.show(violation, byProperty);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        if (existing != null && !shipped) {
            var archive = new Button(existing.archived() ? "Restore" : "Archive", e -> {
                try {
                    templates.archive(existing.id(), !existing.archived());
                    dialog.close();
                    Notifications.success(existing.archived() ? "Restored \"" + existing.name() + "\"."
                            : "Archived \"" + existing.name() + "\": it no longer shows when logging.");
                    refresh();
                }
                catch (RuleViolation violation) {
                    Notifications.error(violation.getMessage());
                }
            });
            dialog.getFooter().add(archive);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

}

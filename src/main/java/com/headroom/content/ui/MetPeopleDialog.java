package com.headroom.content.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Notifications;
import com.headroom.base.ui.Pickers;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentType;
import com.headroom.prospect.MetPeople;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectSource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * "Log people you met" on an event or Live item: the rep pastes one person a line, sees
 * which lines would be left out and why, and adds the rest as prospects met there.
 */
class MetPeopleDialog extends Dialog {

    private final MetPeople metPeople;

    private final long teamId;

    private final ProspectSource source;

    private final TextField name = new TextField("Met at");

    private final DatePicker day = Pickers.date("Day");

    private final TextArea people = new TextArea("People you met");

    private final Paragraph verdict = new Paragraph();

    private final UnorderedList leftOut = new UnorderedList();

    private final Button add = new Button("Add them");

    MetPeopleDialog(MetPeople metPeople, ContentItem item, ZoneId zone) {
        this.metPeople = metPeople;
        this.teamId = item.teamId();
        this.source = item.type() == ContentType.LIVE_VIDEO ? ProspectSource.LIVE : ProspectSource.EVENT;
        setHeaderTitle("Log people you met");
        setWidth("min(48rem, 96vw)");
        name.setValue(item.title() == null ? "" : item.title());
        name.setWidthFull();
        var when = item.publishedAt() != null ? item.publishedAt() : item.plannedAt();
        day.setValue(when == null ? null : LocalDate.ofInstant(when, zone));
        var how = new Paragraph("One person a line: the name first, then the company, the title and the LinkedIn"
                + " profile address, separated by commas or tabs (a copy from a spreadsheet works). They become your"
                + " prospects, met at " + (source == ProspectSource.LIVE ? "this Live" : "this event")
                + ", and their invitation and first message start from the \"Event follow-up\" templates.");
        how.addClassName("hint");
        people.setWidthFull();
        people.setMinHeight("10rem");
        people.setPlaceholder("Amélie Dubois, Initech GmbH, Head of Sales, https://www.linkedin.com/in/amelie-dubois");
        verdict.addClassName("summary");
        leftOut.addClassName("lint-warnings");
        var check = new Button("Check the lines", e -> preview());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> save());
        var row = new Div(name, day);
        row.addClassName("toolbar");
        add(how, row, people, check, verdict, leftOut);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    /** Says what would be added and names every line left out, with why. */
    private void preview() {
        try {
            var preview = metPeople.preview(teamId, people.getValue());
            people.setInvalid(false);
            show(preview.kept().size() + " of " + preview.lines().size() + " lines will be added.", preview);
        }
        catch (RuleViolation violation) {
            people.setErrorMessage(violation.getMessage());
            people.setInvalid(true);
        }
    }

    private void show(String summary, MetPeople.Preview preview) {
        verdict.setText(summary);
        leftOut.removeAll();
        for (var line : preview.lines()) {
            if (!line.kept()) {
                leftOut.add(new ListItem("Line " + line.number() + " (" + line.text() + "): " + line.problem()));
            }
            else if (line.warning() != null) {
                leftOut.add(new ListItem("Line " + line.number() + ": " + line.warning()));
            }
        }
    }

    private void save() {
        try {
            var origin = new ProspectOrigin(source, name.getValue(), day.getValue());
            var done = metPeople.add(teamId, origin, people.getValue());
            int n = done.added().size();
            Notifications.success((n == 1 ? "1 person" : n + " people") + " added as met at " + name.getValue().strip()
                    + (done.leftOut().isEmpty() ? "." : "; " + done.leftOut().size()
                            + (done.leftOut().size() == 1 ? " line" : " lines") + " left out."));
            if (done.leftOut().isEmpty()) {
                close();
            }
            else {
                // The left-out lines stay, with why, so the rep can fix and add them.
                people.setValue(String.join("\n", done.leftOut().stream().map(MetPeople.Line::text).toList()));
                preview();
            }
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, Map.of("sourceName", name, "sourceDate", day, "people", people));
        }
    }

}

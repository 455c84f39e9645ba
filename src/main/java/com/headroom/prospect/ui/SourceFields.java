package com.headroom.prospect.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectSource;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the rep met the person: by hand, or an event, LinkedIn group, webinar or Live
 * with its name and day (the day in the app's format). A CSV import stays one.
 */
class SourceFields extends Div {

    private final Select<ProspectSource> source = new Select<>();

    private final TextField name = new TextField("Name");

    private final DatePicker date = Pickers.date("Day");

    SourceFields() {
        addClassName("toolbar");
        source.setLabel("Where you met them");
        source.setItemLabelGenerator(ProspectSource::label);
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        source.addValueChangeListener(e -> relabel());
        add(source, name, date);
    }

    void read(ProspectOrigin origin) {
        List<ProspectSource> choices = new ArrayList<>();
        for (var s : ProspectSource.values()) {
            if (s != ProspectSource.CSV_IMPORT || origin.source() == ProspectSource.CSV_IMPORT) {
                choices.add(s);
            }
        }
        source.setItems(choices);
        source.setValue(origin.source());
        name.setValue(origin.name() == null ? "" : origin.name());
        date.setValue(origin.date());
        relabel();
    }

    /** What the rep picked, as typed; the service checks it. */
    ProspectOrigin value() {
        return new ProspectOrigin(source.getValue(), name.getValue(), date.getValue());
    }

    void setReadOnly(boolean readOnly) {
        source.setReadOnly(readOnly);
        name.setReadOnly(readOnly);
        date.setReadOnly(readOnly);
    }

    Map<String, HasValidation> fields() {
        return Map.of("source", source, "sourceName", name, "sourceDate", date);
    }

    private void relabel() {
        var picked = source.getValue();
        boolean named = picked != null && picked.named();
        name.setVisible(named);
        date.setVisible(named);
        if (named) {
            String what = picked.inSentence();
            name.setLabel("Name of the " + what);
            date.setLabel(
                    picked == ProspectSource.LINKEDIN_GROUP ? "Day you met there (optional)" : "Day of the " + what);
        }
    }

}

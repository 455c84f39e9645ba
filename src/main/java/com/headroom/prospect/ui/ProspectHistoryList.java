package com.headroom.prospect.ui;

import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.prospect.ProspectDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;

/** A prospect's latest 30 history lines, newest first, in the team's zone. */
final class ProspectHistoryList {

    private ProspectHistoryList() {
    }

    static Div of(ProspectDetails details, ZoneId zone) {
        var list = new UnorderedList();
        list.addClassName("figure-list");
        details.history()
            .stream()
            .limit(30)
            .forEach(event -> list.add(new ListItem(
                    Formats.dayTime(event.occurredAt(), zone) + " · " + event.actorName() + ": " + event.describe())));
        return new Div(FormSection.titled("History"), list);
    }

}

package com.headroom.dashboard.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A column header that says what its column counts, on two lines so wide tables stay
 * narrow. The second line is drawn from an attribute (styles.css) rather than a span and
 * a text of its own: a manager's overview has a dozen such headers in every open tab.
 */
final class ColumnHeader {

    private ColumnHeader() {
    }

    static Div of(String title, String counts) {
        var header = new Div(title);
        header.addClassName("column-header");
        header.getElement().setAttribute("data-counts", counts);
        return header;
    }

}

package com.headroom.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A column header that says what its column counts, on two lines so wide tables stay
 * narrow.
 */
final class ColumnHeader {

    private ColumnHeader() {
    }

    static Div of(String title, String counts) {
        var hint = new Span(counts);
        hint.addClassName("header-hint");
        var header = new Div(new Span(title), hint);
        header.addClassName("column-header");
        return header;
    }

}

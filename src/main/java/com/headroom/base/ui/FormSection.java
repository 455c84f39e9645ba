package com.headroom.base.ui;

import com.vaadin.flow.component.html.H3;

/** A heading that groups the fields of a long form ("Invitations", "InMail", ...). */
public final class FormSection {

    private FormSection() {
    }

    public static H3 titled(String title) {
        var heading = new H3(title);
        heading.addClassName("form-section");
        return heading;
    }

}

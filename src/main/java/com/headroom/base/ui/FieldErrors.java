package com.headroom.base.ui;

import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's refusal on the form field it names, or as a toast when it names none. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(RuleViolation violation, Map<String, ? extends HasValidation> fieldsByProperty) {
        var field = violation.field().map(fieldsByProperty::get).orElse(null);
        if (field != null) {
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        } else {
            Notifications.error(violation.getMessage());
        }
    }
}

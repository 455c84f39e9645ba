package com.headroom.base.ui;

import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's refusal on the form field it names, or as a toast when it names none. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows each problem on its field; problems no field stands for go to one toast.
     *
     * @return whether there was anything to show
     */
    public static boolean showAll(Map<String, String> problems, Map<String, ? extends HasValidation> fieldsByProperty) {
        var unplaced = new StringBuilder();
        problems.forEach((property, message) -> {
            var field = fieldsByProperty.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message).append('.');
            }
        });
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.toString());
        }
        return !problems.isEmpty();
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

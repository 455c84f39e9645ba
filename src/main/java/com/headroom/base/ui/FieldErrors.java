package com.headroom.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * Shows a service's refusal on the form field it names, or as a toast when it names none.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows each problem on its field; problems no field stands for go to one toast.
     * @return whether there was anything to show
     */
    public static boolean showAll(Map<String, String> problems, Map<String, ? extends HasValidation> fieldsByProperty) {
        var unplaced = new StringBuilder();
        problems.forEach((property, message) -> {
            var field = fieldsByProperty.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            else {
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
        }
        else {
            Notifications.error(violation.getMessage());
        }
    }

    /**
     * The form's fields by property, from the binder itself: each bound property's field,
     * and for each rule that spans fields (an {@code @AssertTrue} method's name) the
     * field of the property it names in {@code ruleFields}.
     */
    public static Map<String, HasValidation> fieldsOf(Binder<?> binder, Map<String, String> ruleFields) {
        return new java.util.AbstractMap<>() {
            @Override
            public HasValidation get(Object name) {
                String property = ruleFields.getOrDefault(String.valueOf(name), String.valueOf(name));
                return binder.getBinding(property)
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast)
                    .orElse(null);
            }

            @Override
            public java.util.Set<Entry<String, HasValidation>> entrySet() {
                throw new UnsupportedOperationException("Look fields up by property");
            }
        };
    }

}

package com.headroom.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shows a service's refusal on the form field it names, or as a toast when it names none.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Which field stands for a property (or for a rule spanning fields); null for none.
     */
    @FunctionalInterface
    public interface Fields {

        @Nullable HasValidation of(String property);

    }

    /**
     * Shows each problem on its field; problems no field stands for go to one toast.
     * @return whether there was anything to show
     */
    public static boolean showAll(Map<String, String> problems, Map<String, ? extends HasValidation> fieldsByProperty) {
        return showAll(problems, fieldsByProperty::get);
    }

    /**
     * As {@link #showAll(Map, Map)}, for fields found by lookup (see {@link #fieldsOf}).
     */
    public static boolean showAll(Map<String, String> problems, Fields fields) {
        var unplaced = new StringBuilder();
        problems.forEach((property, message) -> {
            var field = fields.of(property);
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
        show(violation, fieldsByProperty::get);
    }

    public static void show(RuleViolation violation, Fields fields) {
        var field = violation.field().map(fields::of).orElse(null);
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
    public static Fields fieldsOf(Binder<?> binder, Map<String, String> ruleFields) {
        return name -> binder.getBinding(ruleFields.getOrDefault(name, name))
            .map(Binder.Binding::getField)
            .filter(HasValidation.class::isInstance)
            .map(HasValidation.class::cast)
            .orElse(null);
    }

}

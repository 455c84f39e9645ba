package com.headroom.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Checks a service's input against its Jakarta constraints, whatever the caller (a view's
 * binder has usually checked it already; an import or another service may not have).
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * Every problem with the input, by property ("weeklyInvitationBudget", or the name of
     * a cross-field rule like "maxBalanceAtLeastMonthlyGrant"), for a form to show on its
     * fields.
     */
    public <T> Map<String, String> problems(T input) {
        Map<String, String> problems = new TreeMap<>();
        for (var violation : validator.validate(input)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return problems;
    }

    /**
     * Throws a {@link RuleViolation} naming one offending field (the first by name, so
     * the choice is stable).
     */
    public <T> void check(T input) {
        var violations = validator.validate(input);
        violations.stream()
            .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
            .ifPresent(v -> {
                throw new RuleViolation(v.getPropertyPath().toString(), v.getMessage());
            });
    }

}

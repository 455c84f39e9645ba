package com.headroom.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Checks a service's input against its Jakarta constraints, whatever the caller (a view's binder
 * has usually checked it already; an import or another service may not have).
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws a {@link RuleViolation} naming the first offending field (in field order). */
    public <T> void check(T input) {
        var violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new RuleViolation(v.getPropertyPath().toString(), v.getMessage());
                });
    }
}

package com.headroom.base;

import java.util.Optional;

/**
 * A request the business rules refuse. The message is a sentence for the user ("An
 * account with dana@acme.example already exists."); the field, when there is one, is the
 * form field to mark.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String message) {
        this(null, message);
    }

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

}

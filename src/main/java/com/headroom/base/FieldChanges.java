package com.headroom.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields that differ between the stored and the submitted version of a
 * record.
 */
public final class FieldChanges {

    private final List<FieldChange> changes = new ArrayList<>();

    public FieldChanges compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, show(before), show(after)));
        }
        return this;
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** How the audit log shows a value: dates as everywhere else ("Thu 10 Dec 2026"). */
    private static String show(Object value) {
        return value == null ? null : value instanceof java.time.LocalDate date ? Dates.day(date) : value.toString();
    }

}

package com.headroom.base;

/** One field's old and new value, as the audit log shows it. */
public record FieldChange(String field, String oldValue, String newValue) {
}

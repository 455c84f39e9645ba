package com.headroom.base;

import java.time.Instant;

/**
 * One line of the audit log: who changed what, when, from which value to which, and from
 * which client address (null where the line was written outside a web request, e.g. by a
 * job).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String subjectType, String subjectLabel,
        String action, String field, String oldValue, String newValue, String clientAddress) {
}

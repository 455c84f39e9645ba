package com.headroom.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_entry")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    private Long actorAccountId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String subjectType;

    private String subjectId;

    private String subjectLabel;

    @Column(nullable = false)
    private String action;

    private String field;

    private String oldValue;

    private String newValue;

    private String clientAddress;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, Long actorAccountId, String actor, String subjectType, String subjectId,
            String subjectLabel, String action, String field, String oldValue, String newValue, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actor = clip(actor, 254);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = clip(subjectLabel, 200);
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue, 2000);
        this.newValue = clip(newValue, 2000);
        this.clientAddress = clip(clientAddress, 64);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, subjectType, subjectLabel, action, field, oldValue, newValue,
                clientAddress);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

}

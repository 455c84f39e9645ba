package com.headroom.base;

import com.headroom.security.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the security filters' sign-in events to the audit log (security may not depend
 * on base).
 */
@Component
class SignInAudit {

    private final AuditLog auditLog;

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(SignInEvent event) {
        auditLog.recordSignIn(event);
    }

}

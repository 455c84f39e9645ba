package com.headroom.outreach;

import java.time.Instant;

/**
 * One action a rep logs on a prospect.
 *
 * @param occurredAt     when it happened on LinkedIn; null for now. Up to 30 days back, because
 *                       reps log after the fact
 * @param subject        an InMail's subject
 * @param text           the connection note, message or InMail body, as sent (merge fields filled)
 * @param templateId     the template it came from, for the template statistics
 * @param idempotencyKey made once per form: a double click or a retried request logs once
 * @param overrideId     a manager's approval to go past a limit, when the rep uses one
 */
public record LogRequest(long prospectId, OutreachType type, Instant occurredAt, String subject, String text,
        Long templateId, String idempotencyKey, Long overrideId) {

    public static LogRequest now(long prospectId, OutreachType type, String idempotencyKey) {
        return new LogRequest(prospectId, type, null, null, null, null, idempotencyKey, null);
    }
}

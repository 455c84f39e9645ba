package com.headroom.outreach;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One action a rep logs on a prospect.
 *
 * @param occurredAt when it happened on LinkedIn; null for now. Up to 30 days back,
 * because reps log after the fact
 * @param subject an InMail's subject
 * @param text the connection note, message or InMail body, as sent (merge fields filled)
 * @param templateId the template it came from, for the template statistics
 * @param idempotencyKey made once per form: a double click or a retried request logs once
 * @param overrideId a manager's approval to go past a limit, when the rep uses one
 * @param pastLimitReason why the rep went past a team limit without an approval (stored
 * with it)
 */
public record LogRequest(long prospectId, OutreachType type, @Nullable Instant occurredAt, String subject, String text,
        Long templateId, String idempotencyKey, Long overrideId, String pastLimitReason) {

    public LogRequest(long prospectId, OutreachType type, Instant occurredAt, String subject, String text,
            Long templateId, String idempotencyKey, Long overrideId) {
        this(prospectId, type, occurredAt, subject, text, templateId, idempotencyKey, overrideId, null);
    }

    public static LogRequest now(long prospectId, OutreachType type, String idempotencyKey) {
        return new LogRequest(prospectId, type, null, null, null, null, idempotencyKey, null, null);
    }

    public LogRequest withReason(String reason) {
        return new LogRequest(prospectId, type, occurredAt, subject, text, templateId, idempotencyKey, overrideId,
                reason);
    }
}

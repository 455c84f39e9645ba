package com.headroom.outreach;

import java.time.Instant;

/**
 * One line of a prospect's outreach as its detail shows it.
 *
 * @param byName who logged it (a teammate, or "Headroom" for a job)
 * @param mine logged by the signed-in person: only they see its text and may undo it
 * @param undone a later entry reversed it
 * @param overrideNote for an entry logged past a limit: whose approval, and why
 */
public record OutreachLine(long id, OutreachType type, Instant occurredAt, Instant loggedAt, String byName,
        boolean mine, boolean undone, boolean withNote, String templateName, String subject, String text,
        String overrideNote) {
}

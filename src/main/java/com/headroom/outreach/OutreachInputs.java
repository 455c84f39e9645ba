package com.headroom.outreach;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectDetails;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The checks every outreach write makes of what the rep typed and of who they are. */
final class OutreachInputs {

    /**
     * Reps log after the fact, but a month is as far back as memory of a LinkedIn action
     * goes.
     */
    static final Duration BACKDATING_LIMIT = Duration.ofDays(30);

    /** Clocks of phones and laptops drift; a few minutes ahead is still "now". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private OutreachInputs() {
    }

    static void requireOwner(ProspectDetails prospect) {
        if (!prospect.owner()) {
            throw new RuleViolation("Only the owner logs outreach on " + prospect.draft().fullName()
                    + ". Ask them to hand the prospect over to you first.");
        }
    }

    /** When it happened: now when not given, up to 30 days back, never in the future. */
    static Instant when(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new RuleViolation("occurredAt", "That time is in the future. Log what you have already done.");
        }
        if (requested.isBefore(now.minus(BACKDATING_LIMIT))) {
            throw new RuleViolation("occurredAt", "You can log actions of the last 30 days; this one is older.");
        }
        return requested.isAfter(now) ? now : requested;
    }

    /** Trimmed text, or null for nothing typed. */
    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The most a reason (a rep's, a manager's) holds: the column's size. */
    static final int REASON_LENGTH = 500;

    /**
     * A reason someone must give: trimmed, or the sentence naming the field when it is
     * missing or too long.
     */
    static String reason(String typed, String field, String whenMissing) {
        String why = clean(typed);
        if (why == null) {
            throw new RuleViolation(field, whenMissing);
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation(field, "Keep it under " + REASON_LENGTH + " characters.");
        }
        return why;
    }

    static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 80) {
            throw new IllegalArgumentException("Every logged action needs an idempotency key of up to 80 characters");
        }
    }

}

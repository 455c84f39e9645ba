package com.headroom.outreach;

import com.headroom.prospect.Stage;
import java.time.Instant;

/**
 * What logging did.
 *
 * @param alreadyLogged the same key was logged before: nothing new was written
 * @param stage         the prospect's stage afterwards (null for entries about the account)
 */
public record Logged(long entryId, OutreachType type, Instant occurredAt, boolean alreadyLogged, Stage stage) {
}

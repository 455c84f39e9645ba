package com.headroom.outreach;

import com.headroom.prospect.Stage;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What logging did.
 *
 * @param alreadyLogged the same key was logged before: nothing new was written
 * @param stage the prospect's stage afterwards (null for entries about the account)
 * @param stageMoved logging moved the prospect's stage forward
 * @param pastLimits the team limits the entry went past (stored all the same)
 * @param countOff Headroom's own count said it could not have happened (no InMail credit
 * left): the rep should set the balance to LinkedIn's figure
 */
public record Logged(long entryId, OutreachType type, Instant occurredAt, boolean alreadyLogged, @Nullable Stage stage,
        boolean stageMoved, List<Refusal> pastLimits, boolean countOff) {

    public Logged {
        pastLimits = List.copyOf(pastLimits);
    }

    static Logged plain(long entryId, OutreachType type, Instant occurredAt, boolean alreadyLogged, Stage stage) {
        return new Logged(entryId, type, occurredAt, alreadyLogged, stage, false, List.of(), false);
    }
}

package com.headroom.prospect;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A prospect as its detail shows it to the signed-in person.
 *
 * @param privateNote the signed-in person's own private note, and only while they own the
 * prospect
 * @param mayEdit the owner, or a manager of the team
 * @param origin where the prospect came from, with the event's (group's …) name and day
 * @param deal what the opportunity is worth; kept once won or lost
 */
public record ProspectDetails(long id, long teamId, ProspectDraft draft, String profileUrl, ProspectSource source,
        long ownerId, Stage stage, boolean doNotContact, String doNotContactReason, Instant createdAt,
        Instant lastActivityAt, Optional<String> privateNote, boolean mayEdit, boolean owner,
        List<ProspectEvent> history, long version, ProspectOrigin origin, DealValue deal) {
}

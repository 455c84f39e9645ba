package com.headroom.email;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an activity file held. Every data row read is counted once, in exactly one of: a
 * row that gave activities, {@code rejected}, or {@code skippedRows}, so {@code rowsRead}
 * is their sum.
 *
 * @param activities the events read, in file order, each {@link EmailActivity#rowKey()}
 * once
 * @param rejected the rows left out, with the reason
 * @param rowsRead the data rows (not the header, not blank lines)
 * @param recognisedTool the tool whose export this is, or null for a file laid out by
 * hand or by another tool
 * @param skippedRows rows that name no event Headroom reads: a step it does not log
 * ("delivered", "processed"), a lemlist LinkedIn or manual step, or a contact with no
 * e-mail activity yet
 */
public record ActivityFile(List<EmailActivity> activities, List<RejectedActivityRow> rejected, int rowsRead,
        @Nullable EmailTool recognisedTool, int skippedRows) {

    public ActivityFile {
        activities = List.copyOf(activities);
        rejected = List.copyOf(rejected);
    }

    /** How many of the activities are of this event. */
    public long count(EmailEvent event) {
        return activities.stream().filter(a -> a.event() == event).count();
    }

}

package com.headroom.email;

import java.util.Objects;

/**
 * A row of an activity file that was left out.
 *
 * @param rowNumber the row's line in the file (1 is the header row)
 * @param reason one sentence for the user that starts with the row and names the column,
 * e.g. "Row 9: “Date” 31/31/2026 is not a date"
 * @param rawLine the row as written, cut at 500 characters
 */
public record RejectedActivityRow(int rowNumber, String reason, String rawLine) {

    public RejectedActivityRow {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawLine, "rawLine");
    }

}

package com.headroom.email;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail event read from a tool's activity file.
 *
 * @param rowNumber the line of the file the event was read from (1 is the header row), as
 * a spreadsheet or text editor shows it
 * @param address the recipient's address, trimmed and in lower case, to match prospects
 * by
 * @param event what happened
 * @param at when, or null when the row gives no usable date: the caller then uses the
 * time of the import
 * @param rowKey the same for the same event whichever file or row it is read from, so
 * that importing a file twice logs nothing twice (see {@link EmailActivityCsv})
 */
public record EmailActivity(int rowNumber, String address, EmailEvent event, @Nullable Instant at, String rowKey) {

    public EmailActivity {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(rowKey, "rowKey");
    }

}

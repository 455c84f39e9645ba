package com.headroom.email;

import java.util.List;

/**
 * What reading an e-mail tool's activity back did, row by row.
 *
 * @param tool the tool whose layout the file has, or empty for a file laid out by hand
 * @param rowsRead data rows in the file
 * @param sent e-mails logged as sent
 * @param replied replies logged
 * @param bounced bounces logged (each marks the prospect's address bounced)
 * @param alreadyImported rows read back before: nothing changed for them
 * @param opens opens, which Headroom does not log (opens are unreliable: mail apps load
 * images, or block them)
 * @param rejected every row that was not logged, with why
 */
public record ActivityReport(String tool, int rowsRead, int sent, int replied, int bounced, int alreadyImported,
        int opens, List<RejectedRow> rejected) {

    /** A row not logged: its number in the file and what to fix. */
    public record RejectedRow(int rowNumber, String reason) {
    }

    public int logged() {
        return sent + replied + bounced;
    }

}

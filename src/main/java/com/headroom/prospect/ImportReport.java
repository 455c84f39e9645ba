package com.headroom.prospect;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, row by row: every row is counted once, as added, filled in, unchanged or
 * rejected. The lists hold the first {@value #SHOWN} of each kind for the page; every rejected row
 * is in the CSV file the import wrote, with its row number (the header is row 1) and reason.
 *
 * @param rejectedCsv every rejected row, with the file's own columns; null when none was rejected
 * @param keptValues fields the file would have changed: existing values are never overwritten
 * @param ownedByOthers known people the importer may not change (owned by a teammate)
 */
public record ImportReport(int rows, int added, int filledIn, int unchanged, int rejectedCount,
        List<RejectedRow> rejected, Path rejectedCsv, int doNotContactCount, List<FlaggedRow> doNotContact,
        int keptCount, List<KeptValue> keptValues, int ownedByOthersCount, List<OwnedRow> ownedByOthers) {

    /** How many rows of each list a report carries to the page. */
    public static final int SHOWN = 500;

    public record RejectedRow(int rowNumber, String reason, List<String> values) {
    }

    public record FlaggedRow(int rowNumber, String name, String reason) {
    }

    public record KeptValue(int rowNumber, String name, String field, String kept, String inFile) {
    }

    public record OwnedRow(int rowNumber, String name, String owner) {
    }
}

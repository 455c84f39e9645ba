package com.headroom.prospect;

import java.util.List;

/**
 * What an import did, row by row: every row is counted once, as added, filled in, unchanged or
 * rejected. Do-not-contact matches are stored and marked, and listed too.
 *
 * @param rejected rows not stored, with their number in the file (the header is row 1) and why
 * @param keptValues fields the file would have changed: existing values are never overwritten
 */
public record ImportReport(int rows, int added, int filledIn, int unchanged, List<RejectedRow> rejected,
        List<FlaggedRow> doNotContact, List<KeptValue> keptValues, List<String> headers) {

    public record RejectedRow(int rowNumber, String reason, List<String> values) {
    }

    public record FlaggedRow(int rowNumber, String name, String reason) {
    }

    public record KeptValue(int rowNumber, String name, String field, String kept, String inFile) {
    }

    public int stored() {
        return added + filledIn + unchanged;
    }
}

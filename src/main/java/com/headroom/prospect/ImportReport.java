package com.headroom.prospect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, row by row: every row is counted once, as added, filled in,
 * unchanged, merged into an earlier row of the same person, or rejected. The lists hold
 * the first {@value #SHOWN} of each kind for the page; every rejected row is in the CSV
 * file the import wrote, with its row number (the header is row 1) and reason.
 *
 * @param rejectedCsv every rejected row, with the file's own columns; null when none was
 * rejected
 * @param keptValues fields the file would have changed: existing values are never
 * overwritten
 * @param ownedByOthers known people the importer may not change (owned by a teammate)
 * @param merged later rows of a person an earlier row of the file already named
 */
public record ImportReport(int rows, int added, int filledIn, int unchanged, int rejectedCount,
        List<RejectedRow> rejected, @Nullable Path rejectedCsv, int doNotContactCount, List<FlaggedRow> doNotContact,
        int keptCount, List<KeptValue> keptValues, int ownedByOthersCount, List<OwnedRow> ownedByOthers,
        int mergedCount, List<MergedRow> merged) {

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

    /**
     * A row naming a person an earlier row of the same file named: merged into that
     * person as a known prospect is (empty fields filled in, differing values kept and
     * listed).
     *
     * @param ownedBy the teammate who owns the person when the importer may not change
     * them, else null
     */
    public record MergedRow(int rowNumber, int sameAsRow, String name, List<String> filledIn, List<KeptValue> kept,
            @Nullable String ownedBy) {

        /**
         * For example "Same person as row 12; filled in e-mail; kept 'Berlin' over
         * 'Munich' for location."
         */
        public String describe() {
            List<String> parts = new ArrayList<>(List.of("Same person as row " + sameAsRow));
            if (ownedBy != null) {
                parts.add("owned by " + ownedBy + ", so left as it is");
            }
            if (!filledIn.isEmpty()) {
                parts.add("filled in " + listed(filledIn.stream().map(MergedRow::lower).toList()));
            }
            for (var k : kept) {
                parts.add("kept '" + clip(k.kept()) + "' over '" + clip(k.inFile()) + "' for " + lower(k.field()));
            }
            if (parts.size() == 1) {
                parts.add("nothing new");
            }
            return String.join("; ", parts) + ".";
        }

        private static String lower(String field) {
            return field.substring(0, 1).toLowerCase(Locale.ROOT) + field.substring(1);
        }

        private static String listed(List<String> items) {
            return items.size() == 1 ? items.getFirst()
                    : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
        }

        private static String clip(String value) {
            return value.length() <= 60 ? value : value.substring(0, 59) + "…";
        }
    }
}

package com.headroom.prospect;

import com.headroom.base.Hashes;
import com.headroom.base.InputValidator;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The row checks of an import: a row of the file, read through the member's mapping, as a
 * prospect draft, or a sentence saying why it can't be one. A row must have as many cells
 * as the header (after {@link ImportTable} dropped the empty ones a spreadsheet writes
 * past the last column): with more or fewer, which cell belongs to which column is a
 * guess, and guesses are not stored.
 */
final class ImportRows {

    /** A row that passed the checks, with the person's profile key and its hash. */
    record Candidate(int rowNumber, List<String> raw, ProspectDraft draft, LinkedInProfileUrl profile, String hash) {
    }

    private final int headerCells;

    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);

    private final InputValidator validator;

    ImportRows(int headerCells, List<ImportField> mapping, InputValidator validator) {
        this.headerCells = headerCells;
        this.validator = validator;
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != ImportField.IGNORE) {
                columns.put(mapping.get(i), i);
            }
        }
    }

    /**
     * The row as a candidate prospect.
     * @throws RuleViolation with the sentence the report shows for the row
     */
    Candidate read(ImportTable.Row row) {
        if (row.cells().size() != headerCells) {
            throw new RuleViolation("Row " + row.number() + " has " + cells(row.cells().size()) + "; the header has "
                    + headerCells + ".");
        }
        var raw = row.cells();
        String fullName = value(raw, ImportField.FULL_NAME);
        String first = value(raw, ImportField.FIRST_NAME);
        String last = value(raw, ImportField.LAST_NAME);
        if (first.isEmpty() && !fullName.isEmpty()) {
            int space = fullName.lastIndexOf(' ');
            first = space < 0 ? fullName : fullName.substring(0, space).strip();
            last = space < 0 ? last : fullName.substring(space + 1).strip();
        }
        Integer fit = null;
        String fitText = value(raw, ImportField.ICP_FIT);
        if (!fitText.isEmpty()) {
            try {
                fit = Integer.valueOf(fitText);
            }
            catch (NumberFormatException e) {
                throw new RuleViolation("icpFit", "The fit \"" + fitText + "\" is not a number from 1 to 5.");
            }
        }
        EmailStatus status = EmailStatus.UNKNOWN;
        String statusText = value(raw, ImportField.EMAIL_STATUS);
        if (!statusText.isEmpty()) {
            status = Arrays.stream(EmailStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(statusText) || s.label().equalsIgnoreCase(statusText))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("emailStatus",
                        "The e-mail status \"" + statusText + "\" is not one of unknown, found, verified, bounced."));
        }
        Set<String> tags = Arrays.stream(value(raw, ImportField.TAGS).split("[;,]"))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
        var draft = new ProspectDraft(first, last, value(raw, ImportField.HEADLINE), value(raw, ImportField.COMPANY),
                value(raw, ImportField.PROFILE_URL), value(raw, ImportField.EMAIL), status,
                value(raw, ImportField.LOCATION), value(raw, ImportField.INDUSTRY), fit, tags,
                value(raw, ImportField.NOTES));
        var problems = validator.problems(draft);
        if (!problems.isEmpty()) {
            throw new RuleViolation(String.join("; ", new LinkedHashSet<>(problems.values())) + ".");
        }
        var profile = LinkedInProfileUrl.parse(draft.profileUrl());
        return new Candidate(row.number(), raw, draft, profile, Hashes.sha256(profile.key()));
    }

    private String value(List<String> raw, ImportField field) {
        Integer column = columns.get(field);
        if (column == null || column >= raw.size()) {
            return "";
        }
        return raw.get(column) == null ? "" : raw.get(column).strip();
    }

    private static String cells(int count) {
        return count == 1 ? "1 cell" : count + " cells";
    }

}

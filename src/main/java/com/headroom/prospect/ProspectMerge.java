package com.headroom.prospect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * How an import row meets a prospect Headroom already has (stored, or named by an earlier
 * row of the same file): the row fills the fields the prospect has empty, and every value
 * that differs is kept and listed. Nothing is overwritten, so the same row merged twice
 * changes nothing.
 */
final class ProspectMerge {

    /** A value the prospect keeps although the row says otherwise. */
    record Kept(String field, String kept, String inFile) {
    }

    /**
     * What one row did to the prospect: the fields it filled in and the values that were
     * kept.
     */
    record Result(List<String> filledIn, List<Kept> kept) {

        boolean changed() {
            return !filledIn.isEmpty();
        }
    }

    private final Prospect target;

    private final List<String> filledIn = new ArrayList<>();

    private final List<Kept> kept = new ArrayList<>();

    private ProspectMerge(Prospect target) {
        this.target = target;
    }

    static Result into(Prospect target, ProspectDraft row) {
        var merge = new ProspectMerge(target);
        merge.apply(row);
        return new Result(List.copyOf(merge.filledIn), List.copyOf(merge.kept));
    }

    private void apply(ProspectDraft row) {
        compare("First name", target.firstName(), row.firstName());
        fill("Last name", target.lastName(), row.lastName(), target::fillLastName);
        fill("Headline", target.headline(), row.headline(), target::fillHeadline);
        fill("Company", target.company(), row.company(), target::setCompany);
        if (fill("E-mail", target.email(), row.email(), target::setEmail)
                && target.emailStatus() == EmailStatus.UNKNOWN) {
            target.fillEmailStatus(row.emailStatus()); // the status the file gives
                                                       // belongs to that address
        }
        fill("Location", target.location(), row.location(), target::fillLocation);
        fill("Industry", target.industry(), row.industry(), target::fillIndustry);
        fill("Team notes", target.sharedNotes(), row.sharedNotes(), target::setSharedNotes);
        if (row.icpFit() != null) {
            if (target.icpFit() == null) {
                target.fillIcpFit(row.icpFit());
                filledIn.add("Fit");
            }
            else {
                compare("Fit", target.icpFit().toString(), row.icpFit().toString());
            }
        }
        if (!row.tags().isEmpty()) { // a stored prospect's tags load lazily: only look
                                     // when the row has some
            var rowTags = Prospect.normalizeTags(row.tags());
            if (target.tags().isEmpty()) {
                target.fillTags(rowTags);
                filledIn.add("Tags");
            }
            else if (!target.tags().equals(rowTags)) {
                compare("Tags", String.join("; ", new TreeSet<>(target.tags())), String.join("; ", rowTags));
            }
        }
    }

    private boolean fill(String field, String stored, String inRow, Consumer<String> setter) {
        if (inRow == null || inRow.isBlank()) {
            return false;
        }
        if (stored == null || stored.isBlank()) {
            setter.accept(inRow);
            filledIn.add(field);
            return true;
        }
        compare(field, stored, inRow);
        return false;
    }

    /** A value the row has and the prospect keeps: listed, never silently dropped. */
    private void compare(String field, String stored, String inRow) {
        if (inRow != null && !inRow.isBlank() && stored != null && !stored.strip().equalsIgnoreCase(inRow.strip())) {
            kept.add(new Kept(field, stored, inRow.strip()));
        }
    }

}

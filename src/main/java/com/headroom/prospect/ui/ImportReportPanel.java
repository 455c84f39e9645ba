package com.headroom.prospect.ui;

import com.headroom.base.ui.Downloads;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.FormSection;
import com.headroom.prospect.ImportReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * What an import did: the counts, then one list per kind of row that needs a look (not
 * imported, marked do not contact, owned by a teammate, merged into an earlier row,
 * values kept), each with its row numbers. The rows not imported also download as CSV.
 */
class ImportReportPanel extends Div {

    private static final int ALL_ROWS_UP_TO = 15;

    ImportReportPanel(ImportReport report) {
        add(FormSection.titled("Import finished"));
        var summary = new Paragraph(
                Formats.number(report.rows()) + (report.rows() == 1 ? " row: " : " rows: ")
                        + Formats.number(report.added()) + " added, " + Formats.number(report.filledIn())
                        + " already known and filled in, " + Formats.number(report.unchanged())
                        + " already known and unchanged, "
                        + (report.mergedCount() > 0 ? Formats.number(report.mergedCount())
                                + " merged into an earlier row of the same person, " : "")
                        + Formats.number(report.rejectedCount()) + " not imported.");
        summary.addClassName("import-summary");
        add(summary);

        if (report.rejectedCount() > 0) {
            var download = Downloads.button("Download the rows not imported (CSV)",
                    Downloads.file(report.rejectedCsv(), "rows-not-imported.csv", "text/csv"));
            download.addClassName("rejected-rows-download");
            var grid = grid(report.rejected(), "rejected-rows", "24rem");
            grid.addColumn(ImportReport.RejectedRow::rowNumber).setHeader("Row").setAutoWidth(true);
            grid.addColumn(ImportReport.RejectedRow::reason).setHeader("Why it was not imported").setFlexGrow(3);
            grid.addColumn(r -> String.join(", ", r.values().stream().filter(v -> !v.isBlank()).limit(3).toList()))
                .setHeader("Row starts with")
                .setFlexGrow(2);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            add(FormSection.titled("Not imported: fix these rows and import them again"), download,
                    shownOf(report.rejected().size(), report.rejectedCount()), grid);
        }
        if (report.doNotContactCount() > 0) {
            var grid = grid(report.doNotContact(), "do-not-contact-rows", "20rem");
            grid.addColumn(ImportReport.FlaggedRow::rowNumber).setHeader("Row").setAutoWidth(true);
            grid.addColumn(ImportReport.FlaggedRow::name).setHeader("Person").setAutoWidth(true);
            grid.addColumn(ImportReport.FlaggedRow::reason).setHeader("Do not contact because").setFlexGrow(2);
            add(FormSection.titled("Stored, but marked do not contact"),
                    shownOf(report.doNotContact().size(), report.doNotContactCount()), grid);
        }
        if (report.ownedByOthersCount() > 0) {
            var grid = grid(report.ownedByOthers(), "owned-rows", "20rem");
            grid.addColumn(ImportReport.OwnedRow::rowNumber).setHeader("Row").setAutoWidth(true);
            grid.addColumn(ImportReport.OwnedRow::name).setHeader("Person").setAutoWidth(true);
            grid.addColumn(ImportReport.OwnedRow::owner).setHeader("Owned by").setFlexGrow(1);
            add(FormSection.titled("Already in the team and owned by a teammate: left as they are"),
                    new Paragraph("Only the owner or a manager fills in their empty fields."),
                    shownOf(report.ownedByOthers().size(), report.ownedByOthersCount()), grid);
        }
        if (report.mergedCount() > 0) {
            var grid = grid(report.merged(), "merged-rows", "20rem");
            grid.addColumn(ImportReport.MergedRow::rowNumber).setHeader("Row").setAutoWidth(true);
            grid.addColumn(ImportReport.MergedRow::name).setHeader("Person").setAutoWidth(true);
            grid.addColumn(ImportReport.MergedRow::describe).setHeader("What it added").setFlexGrow(3);
            add(FormSection.titled("The same person as an earlier row: merged into it"),
                    new Paragraph("Empty fields were filled in from the later row; values that differ were kept"
                            + " from the earlier one."),
                    shownOf(report.merged().size(), report.mergedCount()), grid);
        }
        if (report.keptCount() > 0) {
            var grid = grid(report.keptValues(), "kept-values", "20rem");
            grid.addColumn(ImportReport.KeptValue::rowNumber).setHeader("Row").setAutoWidth(true);
            grid.addColumn(ImportReport.KeptValue::name).setHeader("Person").setAutoWidth(true);
            grid.addColumn(ImportReport.KeptValue::field).setHeader("Field").setAutoWidth(true);
            grid.addColumn(ImportReport.KeptValue::kept).setHeader("Kept").setFlexGrow(1);
            grid.addColumn(ImportReport.KeptValue::inFile).setHeader("The file says").setFlexGrow(1);
            add(FormSection.titled("Existing values kept (Headroom never overwrites them)"),
                    shownOf(report.keptValues().size(), report.keptCount()), grid);
        }
    }

    private static <T> Grid<T> grid(List<T> rows, String className, String height) {
        var grid = new Grid<T>();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(rows.size() <= ALL_ROWS_UP_TO ? null : height);
        grid.addClassName(className);
        return grid;
    }

    private static Span shownOf(int shown, int total) {
        var note = new Span(shown < total
                ? "Showing the first " + Formats.number(shown) + " of " + Formats.number(total) + "." : "");
        note.addClassName("hint");
        return note;
    }

}

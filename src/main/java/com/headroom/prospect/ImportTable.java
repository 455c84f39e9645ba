package com.headroom.prospect;

import com.headroom.base.CsvText;
import com.headroom.base.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as a header and rows of text, each row with the number a
 * spreadsheet shows for it (the header is row 1; blank rows are skipped but keep their
 * place in the count).
 *
 * <p>
 * Spreadsheets often end every line with a delimiter, or write empty cells past the last
 * column: empty cells after the last named column of the header are not columns, and are
 * dropped from the header and from every row. A row that still has more or fewer cells
 * than the header keeps them as they are, so that the row check can refuse it instead of
 * guessing which cell belongs where.
 */
record ImportTable(List<String> headers, List<Row> rows, char delimiter) {

    /** One data row: its number as a spreadsheet shows it, and its cells as read. */
    record Row(int number, List<String> cells) {
    }

    static ImportTable read(Path file) {
        try {
            if (ProspectImportService.UPLOAD_LIMIT.exceededBy(Files.size(file))) {
                throw new RuleViolation("file", ProspectImportService.UPLOAD_LIMIT.tooLarge());
            }
            byte[] bytes = Files.readAllBytes(file);
            if (CsvText.isWorkbook(bytes)) {
                throw new RuleViolation("file", "This is a spreadsheet workbook, not a CSV file. In your spreadsheet,"
                        + " save it as CSV and upload that.");
            }
            return parse(CsvText.decode(bytes));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportTable parse(String text) {
        char delimiter = CsvText.delimiterOf(text);
        // Empty lines are read (not ignored) so that the rows after them keep their
        // spreadsheet number.
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> values = record.toList();
                if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue; // a blank row, before or after the header
                }
                if (headers == null) {
                    headers = withoutTrailingEmpty(values.stream().map(String::strip).toList(), 0);
                    continue;
                }
                if (rows.size() >= ProspectImportService.MAX_ROWS) {
                    throw new RuleViolation("file",
                            "The file has more than "
                                    + String.format(Locale.ENGLISH, "%,d", ProspectImportService.MAX_ROWS)
                                    + " rows. Split it into smaller files.");
                }
                rows.add(new Row(number, withoutTrailingEmpty(values, headers.size())));
            }
        }
        catch (UncheckedIOException | IllegalStateException | IOException broken) {
            throw new RuleViolation("file", "The file is not valid CSV (" + broken.getMessage()
                    + "). Save it again as CSV from your spreadsheet.");
        }
        if (headers == null || headers.isEmpty()) {
            throw new RuleViolation("file", "The file is empty. It needs a header row, then one row per person.");
        }
        return new ImportTable(headers, rows, delimiter);
    }

    /** The cells without the empty ones at the end, but never fewer than {@code keep}. */
    private static List<String> withoutTrailingEmpty(List<String> cells, int keep) {
        int end = cells.size();
        while (end > keep && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return end == cells.size() ? cells : List.copyOf(cells.subList(0, end));
    }
}

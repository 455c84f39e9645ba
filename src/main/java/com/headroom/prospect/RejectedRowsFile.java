package com.headroom.prospect;

import com.headroom.base.SpreadsheetSafe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import did not store, as a CSV the member fixes and imports again: the row
 * number and the reason, then the row's own cells (formula-like cells neutralised).
 * Created with the first rejected row; UTF-8 with a byte-order mark so that spreadsheets
 * read the accents.
 */
final class RejectedRowsFile implements AutoCloseable {

    private final List<String> headers;

    private Path file;

    private CSVPrinter csv;

    RejectedRowsFile(List<String> headers) {
        this.headers = headers;
    }

    void write(ImportReport.RejectedRow row) throws IOException {
        if (csv == null) {
            file = Files.createTempFile("headroom-rows-not-imported", ".csv");
            var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("Row", "Why it was not imported"));
            header.addAll(headers);
            csv = new CSVPrinter(out, SpreadsheetSafe.csv(header.toArray(String[]::new)));
        }
        List<String> cells = new ArrayList<>(List.of(Integer.toString(row.rowNumber()), row.reason()));
        row.values().forEach(v -> cells.add(SpreadsheetSafe.cell(v)));
        csv.printRecord(cells);
    }

    /** Closes the finished file and hands it over (null when no row was rejected). */
    Path finish() throws IOException {
        if (csv != null) {
            csv.close();
            csv = null;
        }
        var done = file;
        file = null;
        return done;
    }

    /** Closes and deletes a file the import did not finish. */
    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
            csv = null;
        }
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }

}

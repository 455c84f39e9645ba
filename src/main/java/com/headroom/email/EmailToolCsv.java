package com.headroom.email;

import com.headroom.base.SpreadsheetSafe;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prospects as the CSV file an e-mail tool imports. The file is written as every Headroom
 * export is ({@code ProspectExportService}): a UTF-8 byte-order mark first, so that a
 * spreadsheet opened on the way shows the accents; RFC 4180 with every cell quoted
 * ({@link SpreadsheetSafe#csv}); and every cell that a spreadsheet would run as a formula
 * (=, +, -, @ …) written with a leading apostrophe ({@link SpreadsheetSafe#cell}). The
 * tool then imports that apostrophe too: the price of a file that is safe to open.
 */
public final class EmailToolCsv {

    private EmailToolCsv() {
    }

    /**
     * Writes the header and one line per row to {@code out}, which the caller opens as
     * UTF-8 and closes: it is flushed, not closed.
     */
    public static void write(EmailTool tool, Iterable<ExportRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        var csv = new CSVPrinter(out, SpreadsheetSafe.csv(tool.header().toArray(String[]::new)));
        for (ExportRow row : rows) {
            csv.printRecord(tool.cells(row).stream().map(SpreadsheetSafe::cell));
        }
        csv.flush();
    }

}

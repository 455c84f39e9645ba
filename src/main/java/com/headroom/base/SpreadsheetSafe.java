package com.headroom.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the
 * start) are written with a leading apostrophe, which spreadsheets show as text (OWASP's
 * CSV-injection advice).
 *
 * <p>
 * Every CSV Headroom writes quotes every cell ({@link #csv}): a German or French
 * spreadsheet opens a file with {@code ;} as its delimiter, and an unquoted
 * {@code Lyon;+cmd|' /C calc'!A0} would split into a second cell that starts with
 * {@code +} and runs.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The one format of the CSV files Headroom writes: RFC 4180, every cell quoted. */
    public static CSVFormat csv(String... header) {
        return CSVFormat.RFC4180.builder().setHeader(header).setQuoteMode(QuoteMode.ALL).get();
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

}

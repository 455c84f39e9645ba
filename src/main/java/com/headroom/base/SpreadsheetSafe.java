package com.headroom.base;

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) are
 * written with a leading apostrophe, which spreadsheets show as text (OWASP's CSV-injection advice).
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
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

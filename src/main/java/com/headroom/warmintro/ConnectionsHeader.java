package com.headroom.warmintro;

import com.headroom.base.CsvText;
import com.headroom.base.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The layout of a connections file: which row is the header and in which column each
 * field stands, with the parser positioned just after that row. Column numbers are -1 for
 * an optional column the file does not have.
 */
record ConnectionsHeader(CSVParser parser, Iterator<CSVRecord> records, int start, int width, int firstName,
        int lastName, int url, int email, int company, int position, int connectedOn) {

    /** The fewest cells a row needs: up to the last of the name and address columns. */
    int required() {
        return Math.max(url, Math.max(firstName, lastName)) + 1;
    }

    /**
     * The header row: the first row, in the delimiter every import finds (base.CsvText),
     * that names the columns.
     */
    static ConnectionsHeader find(String text) {
        CSVParser parser = open(text, CsvText.delimiterOf(text));
        try {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                ConnectionsHeader found = header(parser, records, record, recordStart(text, record));
                if (found != null) {
                    return found;
                }
            }
        }
        catch (UncheckedIOException | IllegalStateException notCsv) {
            // the same sentence as a file without the header
        }
        close(parser);
        throw new RuleViolation("file", "This is not LinkedIn's Connections.csv: no row with the columns"
                + " First Name, Last Name and URL. " + ConnectionsCsv.WHERE);
    }

    /**
     * Where the record's text begins. The parser reports the position before the empty
     * lines it skipped; a record itself never begins with a line break.
     */
    static int recordStart(String text, CSVRecord record) {
        int at = (int) record.getCharacterPosition();
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The columns this record names, or null when it is not the header row. */
    private static @Nullable ConnectionsHeader header(CSVParser parser, Iterator<CSVRecord> records, CSVRecord record,
            int start) {
        int firstName = -1;
        int lastName = -1;
        int url = -1;
        int email = -1;
        int company = -1;
        int position = -1;
        int connectedOn = -1;
        for (int i = 0; i < record.size(); i++) {
            switch (record.get(i).strip().toLowerCase(Locale.ROOT)) {
                case "first name" -> firstName = firstName < 0 ? i : firstName;
                case "last name" -> lastName = lastName < 0 ? i : lastName;
                case "url" -> url = url < 0 ? i : url;
                case "email address" -> email = email < 0 ? i : email;
                case "company" -> company = company < 0 ? i : company;
                case "position" -> position = position < 0 ? i : position;
                case "connected on" -> connectedOn = connectedOn < 0 ? i : connectedOn;
                default -> {
                    // another column: ignored
                }
            }
        }
        if (firstName < 0 || lastName < 0 || url < 0) {
            return null;
        }
        return new ConnectionsHeader(parser, records, start, record.size(), firstName, lastName, url, email, company,
                position, connectedOn);
    }

    private static CSVParser open(String text, char delimiter) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try {
            return CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        }
        catch (IOException ignored) {
            // a string reader: nothing to release
        }
    }
}

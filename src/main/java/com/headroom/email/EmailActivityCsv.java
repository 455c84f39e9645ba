package com.headroom.email;

import com.headroom.base.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the activity export of an e-mail tool (lemlist, Instantly, Apollo, HubSpot,
 * Salesforce) or any file with an address column and either an event column with a date
 * column, or a column per event. The columns are found by name ({@link ActivityColumns});
 * {@code docs/email-tools.md} lists each tool's layout and where it was learnt.
 *
 * <p>
 * The file as a whole: charset and delimiter are found as for every Headroom import
 * ({@link CsvText}: UTF-8 with or without a byte-order mark, windows-1252 as Excel saves
 * it, UTF-16 with a mark; comma, semicolon or tab). The first row is the header row. A
 * workbook, an empty file, a file that is not valid CSV and a file without an address
 * column or without event columns are refused whole with an
 * {@link IllegalArgumentException} whose message is a sentence for the user.
 *
 * <p>
 * Each row is read or rejected, never guessed at: a row without a valid address, without
 * an event, with an event Headroom does not know, with a date that can't be read (dates:
 * {@link ActivityDates}) or with more filled cells than the header row is rejected with
 * its line and a reason naming the column. A row whose event is a step Headroom does not
 * log is skipped. A row with an empty date still counts; its activity has no time and the
 * caller uses the time of the import.
 *
 * <p>
 * Re-import: each activity's {@link EmailActivity#rowKey()} is a SHA-256 of the tool's
 * own id of the event when the file has an id column ({@code _id}, {@code id}, one event
 * per row), otherwise of the lower-case address, the event and the time to the minute
 * (empty when there is none). The same event read twice, from one file or two, has the
 * same key, so the caller logs it once; a repeat within the file is also rejected here,
 * naming the row it repeats.
 */
public final class EmailActivityCsv {

    /** Longest {@link RejectedActivityRow#rawLine()}. */
    static final int RAW_LIMIT = 500;

    private EmailActivityCsv() {
    }

    /**
     * Reads the file; times without an offset are in {@code teamZone}.
     * @throws IllegalArgumentException with a sentence for the user when the file can't
     * be read as a whole
     */
    public static ActivityFile read(byte[] file, ZoneId teamZone) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(teamZone, "teamZone");
        if (CsvText.isWorkbook(file)) {
            throw new IllegalArgumentException(
                    "This is a spreadsheet workbook, not a CSV file. Save the sheet as CSV, or export CSV from the"
                            + " e-mail tool.");
        }
        String text = CsvText.decode(file);
        if (text.isBlank()) {
            throw new IllegalArgumentException("The file is empty.");
        }
        List<Line> lines = lines(text);
        ActivityColumns columns = ActivityColumns.of(lines.getFirst().record().toList());
        return new ActivityRows(text, columns, teamZone).read(lines.subList(1, lines.size()));
    }

    /** A record of the file with where its text begins and ends. */
    record Line(CSVRecord record, int start, int end) {
    }

    private static List<Line> lines(String text) {
        var format = CSVFormat.DEFAULT.builder()
            .setDelimiter(CsvText.delimiterOf(text))
            .setIgnoreEmptyLines(true)
            .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long nextLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                }
                catch (UncheckedIOException | IllegalStateException broken) {
                    throw new IllegalArgumentException("The file is not valid CSV from line " + nextLine
                            + " on: a value in quotes is not closed properly. Export the file from the e-mail"
                            + " tool again.");
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                int start = start(text, record);
                if (!lines.isEmpty()) {
                    var last = lines.getLast();
                    lines.set(lines.size() - 1, new Line(last.record(), last.start(), start));
                }
                lines.add(new Line(record, start, text.length()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The file is empty.");
        }
        return lines;
    }

    /**
     * Where the record's text begins: the parser reports the position before the empty
     * lines it skipped, and a record never begins with a line break.
     */
    private static int start(String text, CSVRecord record) {
        int at = (int) record.getCharacterPosition();
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

}

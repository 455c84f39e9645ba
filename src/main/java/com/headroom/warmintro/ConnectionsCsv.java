package com.headroom.warmintro;

import com.headroom.tier.LinkedInFigures;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.CsvText;
import com.headroom.base.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the {@code Connections.csv} file of LinkedIn's "Get a copy of your data", as LinkedIn
 * produces it: a few lines of notes, a blank line, then the header row
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On} and one row per
 * connection.
 *
 * <p>The file as a whole:
 * <ul>
 * <li>Everything before the header row is skipped. The header row is the first record whose cells
 * (trimmed, in any case) include {@code First Name}, {@code Last Name} and {@code URL}; the other
 * columns ({@code Email Address}, {@code Company}, {@code Position}, {@code Connected On}) are
 * optional and all columns are found by name, in any order.</li>
 * <li>Charset and delimiter are found as for every import ({@link CsvText}): comma, semicolon or
 * tab (so a file saved again by a spreadsheet is read too); UTF-8, or windows-1252 as Excel on
 * Windows saves it, or UTF-16 with a byte order mark ("Unicode text").</li>
 * <li>Blank lines and rows of empty cells are skipped silently; empty cells after the last column
 * are ignored.</li>
 * <li>A file without such a header row, an empty file, a file that is not valid CSV and a file with
 * more than {@link #MAX_ROWS} rows are refused whole with a {@link RuleViolation}.</li>
 * </ul>
 *
 * <p>Each row is kept or rejected, never guessed at: a row without a profile address, with an
 * address that is not a member's profile, with the same person as an earlier row (compared by
 * {@link LinkedInProfileUrl#key()}), cut short before the name and address columns, or with more
 * filled cells than the header row (a comma without quotes shifts the columns) is rejected with
 * its physical line number and a reason. Cells keep their text as written, with surrounding
 * whitespace stripped.
 *
 * <p>Dates: LinkedIn writes {@code 12 Mar 2024}. Also read are full English month names
 * ({@code 12 March 2024}), {@code Mar 12, 2024}, ISO {@code 2024-03-12}, the spreadsheet forms
 * {@code 12-Mar-24} and {@code 12/03/2024} (also with {@code .} or {@code -}), and a trailing time
 * of day. All-number dates with the year last are read in one order for the whole file, as a
 * spreadsheet wrote them all: month first (M/d/yyyy, US Excel) when some date in the file only makes
 * sense that way ({@code 3/25/2024}) and none only day first; otherwise day first (d/M/yyyy, as
 * Excel writes them outside the US). So in a file that also holds {@code 3/25/2024},
 * {@code 3/12/2024} is 12 March 2024; on its own it is 3 December. Two-digit years are 20yy. A date that can't be read leaves {@code connectedOn}
 * null and counts in {@link Parsed#undatedRows()}; the row is kept.
 */
public final class ConnectionsCsv {

    /** A file holds at most one member's connections: LinkedIn's cap. */
    public static final int MAX_ROWS = LinkedInFigures.MAX_CONNECTIONS;

    /** Longest {@link Rejected#raw()} text. */
    static final int RAW_LIMIT = 500;

    private static final String WHERE = "Download it from LinkedIn: Settings → Data privacy → Get a copy of your data"
            + " → Connections.";

    /**
     * One connection. {@code email}, {@code company} and {@code position} are never null ("" when
     * empty), nor are the names; {@code connectedOn} is null when missing or unreadable.
     */
    public record Row(int line, String firstName, String lastName, LinkedInProfileUrl profile, String email,
            String company, String position, LocalDate connectedOn) {
    }

    /**
     * A row left out: {@code line} is its physical line in the file (1-based, as a text editor
     * shows it), {@code raw} the row as written, cut at 500 characters.
     */
    public record Rejected(int line, String reason, String raw) {
    }

    /** The rows kept, in file order; the rows left out; how many kept rows have no readable date. */
    public record Parsed(List<Row> rows, List<Rejected> rejected, int undatedRows) {

        public Parsed {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    private ConnectionsCsv() {
    }

    /**
     * Reads the file.
     *
     * @throws RuleViolation with a sentence for the user when the file cannot be read as a whole:
     *     empty, not LinkedIn's Connections.csv, not valid CSV, or over {@link #MAX_ROWS} rows
     */
    public static Parsed read(byte[] file) {
        Objects.requireNonNull(file, "file");
        String text = decode(file);
        if (text.isBlank()) {
            throw new RuleViolation("file", "The file is empty. " + WHERE);
        }
        Header header = findHeader(text);
        try (CSVParser parser = header.parser()) {
            return new Reading(text, header).rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- bytes to text

    private static String decode(byte[] bytes) {
        if (CsvText.isWorkbook(bytes)) {
            throw new RuleViolation("file", "This is a spreadsheet workbook, not LinkedIn's Connections.csv. Upload"
                    + " the Connections.csv file itself, or save the sheet as CSV. " + WHERE);
        }
        return CsvText.decode(bytes);
    }

    // ---------------------------------------------------------------- the header row

    /**
     * The header row and the parser positioned just after it. Column numbers are -1 for an
     * optional column the file does not have.
     */
    private record Header(CSVParser parser, Iterator<CSVRecord> records, int start, int width, int firstName,
            int lastName, int url, int email, int company, int position, int connectedOn) {

        /** The fewest cells a row needs: up to the last of the name and address columns. */
        int required() {
            return Math.max(url, Math.max(firstName, lastName)) + 1;
        }
    }

    /** The header row: the first row, in the delimiter every import finds (base.CsvText), that names the columns. */
    private static Header findHeader(String text) {
        CSVParser parser = open(text, CsvText.delimiterOf(text));
        try {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Header found = header(parser, records, record, recordStart(text, record));
                if (found != null) {
                    return found;
                }
            }
        } catch (UncheckedIOException | IllegalStateException notCsv) {
            // the same sentence as a file without the header
        }
        close(parser);
        throw new RuleViolation("file", "This is not LinkedIn's Connections.csv: no row with the columns"
                + " First Name, Last Name and URL. " + WHERE);
    }

    private static Header header(CSVParser parser, Iterator<CSVRecord> records, CSVRecord record, int start) {
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
        return new Header(parser, records, start, record.size(), firstName, lastName, url, email, company, position,
                connectedOn);
    }

    private static CSVParser open(String text, char delimiter) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try {
            return CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException ignored) {
            // a string reader: nothing to release
        }
    }

    /**
     * Where the record's text begins. The parser reports the position before the empty lines it
     * skipped; a record itself never begins with a line break.
     */
    private static int recordStart(String text, CSVRecord record) {
        int at = (int) record.getCharacterPosition();
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    // ---------------------------------------------------------------- the rows

    /** One pass over the rows after the header. */
    private static final class Reading {

        private final String text;
        private final Header header;
        private final List<Row> rows = new ArrayList<>();
        private final List<Pending> rejected = new ArrayList<>();
        private final Map<String, Integer> lineOfPerson = new HashMap<>();
        private int undated;
        private final List<String> writtenDates = new ArrayList<>();
        private boolean monthFirstSeen;
        private boolean dayFirstSeen;
        /** Physical line counting: {@link #countedTo} is on line {@link #countedLine}. */
        private int countedLine = 1;
        private int countedTo;

        Reading(String text, Header header) {
            this.text = text;
            this.header = header;
        }

        Parsed rows() {
            int dataRows = 0;
            long nextLine = header.parser().getCurrentLineNumber() + 1;
            Pending open = null;
            Iterator<CSVRecord> records = header.records();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    throw new RuleViolation("file", "The file is not valid CSV from line " + nextLine + " on: a"
                            + " value in quotes is not closed properly. Upload Connections.csv as LinkedIn sent it. "
                            + WHERE);
                }
                nextLine = header.parser().getCurrentLineNumber() + 1;
                int start = recordStart(text, record);
                if (open != null) {
                    open.end = start;
                    open = null;
                }
                if (blank(record)) {
                    continue;
                }
                dataRows++;
                if (dataRows > MAX_ROWS) {
                    continue; // only counted, for the message
                }
                int line = lineAt(start);
                String reason = row(record, line);
                if (reason != null) {
                    open = new Pending(line, reason, start);
                    rejected.add(open);
                }
            }
            if (open != null) {
                open.end = text.length();
            }
            if (dataRows > MAX_ROWS) {
                throw new RuleViolation("file", String.format(Locale.ENGLISH, "LinkedIn allows at most %,d"
                        + " connections, but this file has %,d rows. Upload Connections.csv as LinkedIn sent it.",
                        MAX_ROWS, dataRows));
            }
            boolean monthFirst = monthFirstSeen && !dayFirstSeen;
            for (int i = 0; i < rows.size(); i++) {
                var r = rows.get(i);
                LocalDate connectedOn = date(writtenDates.get(i), monthFirst);
                if (connectedOn == null) {
                    undated++;
                }
                rows.set(i, new Row(r.line(), r.firstName(), r.lastName(), r.profile(), r.email(), r.company(),
                        r.position(), connectedOn));
            }
            return new Parsed(rows, rejected.stream().map(this::rejected).toList(), undated);
        }

        /** Keeps the row, or returns why not. */
        private String row(CSVRecord record, int line) {
            if (record.size() < header.required()) {
                return "The row is cut short";
            }
            for (int i = header.width(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return "The row has more cells than the header row, so its columns can't be told apart"
                            + " (a comma in a value without quotes around it?)";
                }
            }
            String url = cell(record, header.url());
            if (url.isEmpty()) {
                return "No LinkedIn profile address";
            }
            LinkedInProfileUrl profile;
            try {
                profile = LinkedInProfileUrl.parse(url);
            } catch (LinkedInProfileUrl.InvalidProfileUrl unusable) {
                return unusable.getMessage();
            }
            Integer earlier = lineOfPerson.putIfAbsent(profile.key(), line);
            if (earlier != null) {
                return "Same person as line " + earlier;
            }
            // The date is read once the whole file shows which way round its numbers go.
            String written = cell(record, header.connectedOn());
            writtenDates.add(written);
            int order = numericOrder(written);
            monthFirstSeen |= order > 0;
            dayFirstSeen |= order < 0;
            rows.add(new Row(line, cell(record, header.firstName()), cell(record, header.lastName()), profile,
                    cell(record, header.email()), cell(record, header.company()), cell(record, header.position()),
                    null));
            return null;
        }

        /** The physical line of a text position; positions only move forward. */
        private int lineAt(int position) {
            for (; countedTo < position; countedTo++) {
                char c = text.charAt(countedTo);
                if (c == '\n' || (c == '\r' && (countedTo + 1 >= text.length() || text.charAt(countedTo + 1) != '\n'))) {
                    countedLine++;
                }
            }
            return countedLine;
        }

        private Rejected rejected(Pending pending) {
            int end = pending.end;
            while (end > pending.start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            if (end - pending.start > RAW_LIMIT) {
                end = pending.start + RAW_LIMIT;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
            }
            return new Rejected(pending.line, pending.reason, text.substring(pending.start, end));
        }
    }

    /** A rejected row whose text ends where the next record begins. */
    private static final class Pending {

        final int line;
        final String reason;
        final int start;
        int end;

        Pending(int line, String reason, int start) {
            this.line = line;
            this.reason = reason;
            this.start = start;
        }
    }

    private static boolean blank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, int column) {
        return column < 0 || column >= record.size() ? "" : record.get(column).strip();
    }

    // ---------------------------------------------------------------- dates

    /** The date as LinkedIn or a spreadsheet wrote it, on its own (see the class comment), or null. */
    static LocalDate date(String written) {
        return ConnectedOn.parse(written, false);
    }

    static LocalDate date(String written, boolean monthFirst) {
        return ConnectedOn.parse(written, monthFirst);
    }

    static int numericOrder(String written) {
        return ConnectedOn.numericOrder(written);
    }
}

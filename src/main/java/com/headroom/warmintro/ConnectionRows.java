package com.headroom.warmintro;

import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.warmintro.ConnectionsCsv.Parsed;
import com.headroom.warmintro.ConnectionsCsv.Rejected;
import com.headroom.warmintro.ConnectionsCsv.Row;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One pass over the rows after the header of a connections file: each row's fields read,
 * and the row kept or rejected with its physical line and a reason (the rules are in
 * {@link ConnectionsCsv}'s class comment).
 */
final class ConnectionRows {

    private final String text;

    private final ConnectionsHeader header;

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

    ConnectionRows(String text, ConnectionsHeader header) {
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
            }
            catch (UncheckedIOException | IllegalStateException broken) {
                throw new RuleViolation("file", "The file is not valid CSV from line " + nextLine + " on: a"
                        + " value in quotes is not closed properly. Upload Connections.csv as LinkedIn sent it. "
                        + ConnectionsCsv.WHERE);
            }
            nextLine = header.parser().getCurrentLineNumber() + 1;
            int start = ConnectionsHeader.recordStart(text, record);
            if (open != null) {
                open.end = start;
                open = null;
            }
            if (blank(record)) {
                continue;
            }
            dataRows++;
            if (dataRows > ConnectionsCsv.MAX_ROWS) {
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
        if (dataRows > ConnectionsCsv.MAX_ROWS) {
            throw new RuleViolation("file",
                    String.format(Locale.ENGLISH, "LinkedIn allows at most %,d"
                            + " connections, but this file has %,d rows. Upload Connections.csv as LinkedIn sent it.",
                            ConnectionsCsv.MAX_ROWS, dataRows));
        }
        boolean monthFirst = monthFirstSeen && !dayFirstSeen;
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            LocalDate connectedOn = ConnectedOn.parse(writtenDates.get(i), monthFirst);
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
        }
        catch (LinkedInProfileUrl.InvalidProfileUrl unusable) {
            return unusable.getMessage();
        }
        Integer earlier = lineOfPerson.putIfAbsent(profile.key(), line);
        if (earlier != null) {
            return "Same person as line " + earlier;
        }
        // The date is read once the whole file shows which way round its numbers go.
        String written = cell(record, header.connectedOn());
        writtenDates.add(written);
        int order = ConnectedOn.numericOrder(written);
        monthFirstSeen |= order > 0;
        dayFirstSeen |= order < 0;
        rows.add(new Row(line, cell(record, header.firstName()), cell(record, header.lastName()), profile,
                cell(record, header.email()), cell(record, header.company()), cell(record, header.position()), null));
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
        if (end - pending.start > ConnectionsCsv.RAW_LIMIT) {
            end = pending.start + ConnectionsCsv.RAW_LIMIT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Rejected(pending.line, pending.reason, text.substring(pending.start, end));
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

}

package com.headroom.email;

import com.headroom.base.Hashes;
import com.headroom.email.ActivityDates.Order;
import com.headroom.email.EmailActivityCsv.Line;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the data rows of an activity file: each row read into activities, skipped
 * or rejected (the rules are in {@link EmailActivityCsv}'s class comment).
 */
final class ActivityRows {

    private static final EmailValidator ADDRESSES = JMail.strictValidator();

    private final String text;

    private final ActivityColumns columns;

    private final ZoneId zone;

    private final List<EmailActivity> activities = new ArrayList<>();

    private final List<RejectedActivityRow> rejected = new ArrayList<>();

    private final Map<String, Integer> rowOfKey = new HashMap<>();

    private Order order = Order.MONTH_FIRST;

    private int skipped;

    /** Line counting: {@link #countedTo} is on line {@link #countedLine}. */
    private int countedLine = 1;

    private int countedTo;

    ActivityRows(String text, ActivityColumns columns, ZoneId zone) {
        this.text = text;
        this.columns = columns;
        this.zone = zone;
    }

    ActivityFile read(List<Line> lines) {
        order = order(lines);
        int read = 0;
        for (Line line : lines) {
            if (blank(line.record())) {
                continue;
            }
            read++;
            int row = lineAt(line.start());
            try {
                List<EmailActivity> found = row(line.record(), row);
                if (found.isEmpty()) {
                    skipped++;
                }
                else {
                    keep(found, row);
                }
            }
            catch (Rejected r) {
                rejected.add(new RejectedActivityRow(row, "Row " + row + ": " + r.getMessage(), raw(line)));
            }
        }
        return new ActivityFile(activities, rejected, read, columns.tool(), skipped);
    }

    /** The activities of one row; none when it names nothing Headroom reads. */
    private List<EmailActivity> row(CSVRecord record, int row) {
        for (int i = columns.names().size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                throw new Rejected("the row has more cells than the header row, so its columns can't be told"
                        + " apart (a comma in a value without quotes around it?)");
            }
        }
        String address = address(record);
        return columns.columnPerEvent() ? perEvent(record, row, address) : oneEvent(record, row, address);
    }

    private List<EmailActivity> oneEvent(CSVRecord record, int row, String address) {
        String written = cell(record, columns.event());
        if (written.isEmpty()) {
            throw new Rejected("no event in “" + columns.name(columns.event()) + "”");
        }
        switch (ActivityWords.meaning(written, columns.tool())) {
            case NOT_LOGGED -> {
                return List.of();
            }
            case OPTED_OUT -> throw new Rejected("“" + written + "”: the recipient unsubscribed or reported spam."
                    + " Headroom does not read this: mark the prospect Do not contact.");
            case UNKNOWN -> throw new Rejected("“" + written + "” is not sent, opened, replied or bounced");
            case EVENT -> {
                // read below
            }
        }
        EmailEvent event = ActivityWords.event(written);
        Instant at = date(record, columns.date());
        String id = cell(record, columns.id());
        return List.of(activity(row, address, event, at, id.isEmpty() ? null : id));
    }

    private List<EmailActivity> perEvent(CSVRecord record, int row, String address) {
        List<EmailActivity> found = new ArrayList<>();
        for (EmailEvent event : EmailEvent.values()) {
            boolean happened = event == EmailEvent.BOUNCED && columns.status() >= 0
                    && ActivityWords.bounced(cell(record, columns.status()));
            Instant at = null;
            for (int column : columns.perEvent().getOrDefault(event, List.of())) {
                String written = cell(record, column);
                if (ActivityWords.no(written)) {
                    continue;
                }
                happened = true;
                if (!ActivityWords.yes(written)) {
                    Instant when = date(record, column);
                    at = at == null ? when : at;
                }
            }
            if (happened) {
                found.add(activity(row, address, event, at, null));
            }
        }
        return found;
    }

    /** Keeps the row's new activities, or rejects the row when it only repeats others. */
    private void keep(List<EmailActivity> found, int row) {
        Integer earlier = null;
        boolean kept = false;
        for (var activity : found) {
            Integer first = rowOfKey.putIfAbsent(activity.rowKey(), row);
            if (first == null) {
                activities.add(activity);
                kept = true;
            }
            else if (earlier == null) {
                earlier = first;
            }
        }
        if (!kept) {
            throw new Rejected("the same as row " + earlier + ", which is read once");
        }
    }

    private String address(CSVRecord record) {
        String written = cell(record, columns.address());
        String name = columns.name(columns.address());
        if (written.isEmpty()) {
            throw new Rejected("no e-mail address in “" + name + "”");
        }
        // "Dana Reyes <dana@acme.example>", as some tools write a recipient
        int open = written.lastIndexOf('<');
        String address = open >= 0 && written.endsWith(">") ? written.substring(open + 1, written.length() - 1)
                : written;
        address = address.strip().toLowerCase(Locale.ROOT);
        if (!ADDRESSES.isValid(address)) {
            throw new Rejected("“" + name + "” " + written + " is not an e-mail address");
        }
        return address;
    }

    /** The cell's instant, null when empty. */
    private @Nullable Instant date(CSVRecord record, int column) {
        String written = cell(record, column);
        if (written.isEmpty()) {
            return null;
        }
        var read = ActivityDates.parse(written, order, zone);
        if (read.ambiguous()) {
            throw new Rejected("“" + columns.name(column) + "” " + written + " could be read day first or month"
                    + " first, and this file has dates written both ways");
        }
        if (read.at() == null) {
            throw new Rejected("“" + columns.name(column) + "” " + written + " is not a date");
        }
        return read.at();
    }

    private static EmailActivity activity(int row, String address, EmailEvent event, @Nullable Instant at,
            @Nullable String id) {
        String key = id != null ? "id\n" + id + "\n" + event.name()
                : address + "\n" + event.name() + "\n" + (at == null ? "" : at.truncatedTo(ChronoUnit.MINUTES));
        return new EmailActivity(row, address, event, at, Hashes.sha256(key));
    }

    /** The file's order of all-number dates, from every cell that may hold a date. */
    private Order order(List<Line> lines) {
        List<Integer> dated = new ArrayList<>();
        columns.perEvent().values().forEach(dated::addAll);
        if (columns.date() >= 0) {
            dated.add(columns.date());
        }
        boolean monthFirst = false;
        boolean dayFirst = false;
        for (Line line : lines) {
            for (int column : dated) {
                int o = ActivityDates.numericOrder(cell(line.record(), column));
                monthFirst |= o > 0;
                dayFirst |= o < 0;
            }
        }
        return ActivityDates.order(monthFirst, dayFirst);
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

    private String raw(Line line) {
        int end = line.end();
        while (end > line.start() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        if (end - line.start() > EmailActivityCsv.RAW_LIMIT) {
            end = line.start() + EmailActivityCsv.RAW_LIMIT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        return text.substring(line.start(), end);
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

    /** Why a row is left out; the message follows "Row n: ". */
    private static final class Rejected extends RuntimeException {

        Rejected(String reason) {
            super(reason, null, false, false);
        }

    }

}

package com.headroom.email;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which column of an activity file holds what, found by name: case, spaces and
 * punctuation are ignored ("E-mail", "email", "lead_email" and "Lead Email" are read
 * alike). Column numbers are -1 when the file has no such column.
 *
 * <p>
 * Two layouts: one event per row (a column saying what happened, such as lemlist's
 * {@code type} or HubSpot's {@code type}, and a date column), or one contact per row with
 * a column per event (Instantly's {@code timestamp_last_reply}, Apollo's
 * {@code Replied}), each of which may hold a date, a yes/no or a count. A file with
 * columns per event is read the second way even if it also has a status column. The names
 * and where they come from are in {@code docs/email-tools.md}.
 */
record ActivityColumns(List<String> names, int address, int id, int event, int date, int status,
        Map<EmailEvent, List<Integer>> perEvent, @Nullable EmailTool tool) {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /**
     * The recipient, best first: lemlist writes both its sender's and its lead's address.
     */
    private static final List<String> ADDRESS = List.of("leademail", "recipient", "recipientemail", "email",
            "emailaddress", "contactemail", "workemail", "businessemail", "toemail", "toaddress", "to", "mail");

    /** The tool's own id of the event (lemlist {@code _id}, HubSpot {@code id}). */
    private static final List<String> ID = List.of("activityid", "eventid", "id");

    private static final List<String> EVENT = List.of("eventtype", "event", "activitytype", "activity", "type",
            "status", "action");

    private static final List<String> DATE = List.of("eventdate", "occurredat", "timestamp", "createdat", "created",
            "activitydate", "date", "datetime", "time", "when");

    /** A contact's state in a file with columns per event (Instantly's -1 is Bounced). */
    private static final List<String> STATUS = List.of("status", "leadstatus");

    private static final Map<EmailEvent, List<String>> PER_EVENT = Map.of(
            EmailEvent.SENT, List.of("emailsent", "sent", "sentat", "datesent", "sentdate", "emailssent",
                    "timestamplastcontact", "lastcontacted", "lastcontact", "lastmarketingemailsenddate"),
            EmailEvent.OPENED,
            List.of("emailopen", "emailopened", "opened", "openedat", "dateopened", "firstopened", "emailsopened",
                    "timestamplastopen", "lastopened", "emailopencount", "opens", "timesopened",
                    "lastmarketingemailopendate"),
            EmailEvent.REPLIED,
            List.of("replied", "emailreplied", "repliedat", "replydate", "emailsreplied", "timestamplastreply",
                    "lastreplied", "emailreplycount", "replies", "recentsalesemailreplieddate"),
            EmailEvent.BOUNCED, List.of("bounced", "emailbounced", "bouncedat", "bouncedate", "emailbounceddate",
                    "emailsbounced", "marketingemailsbounced"));

    /**
     * The columns of this header row.
     * @throws IllegalArgumentException naming the columns found and the ones needed, when
     * there is no address column or nothing that says what happened
     */
    static ActivityColumns of(List<String> header) {
        List<String> keys = header.stream().map(ActivityColumns::key).toList();
        int address = first(keys, ADDRESS);
        if (address < 0) {
            throw new IllegalArgumentException("No e-mail address column: found " + found(header)
                    + ". Headroom needs a column named Email (or Email Address, Lead Email, Recipient …).");
        }
        Map<EmailEvent, List<Integer>> perEvent = new EnumMap<>(EmailEvent.class);
        for (EmailEvent e : EmailEvent.values()) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (i != address && PER_EVENT.get(e).contains(keys.get(i))) {
                    columns.add(i);
                }
            }
            if (!columns.isEmpty()) {
                perEvent.put(e, List.copyOf(columns));
            }
        }
        EmailTool tool = tool(Set.copyOf(keys));
        if (!perEvent.isEmpty()) {
            return new ActivityColumns(List.copyOf(header), address, -1, -1, -1, first(keys, STATUS), perEvent, tool);
        }
        int event = first(keys, EVENT);
        int date = first(keys, DATE);
        if (event < 0 || date < 0) {
            throw new IllegalArgumentException("No activity columns: found " + found(header) + ". Headroom needs"
                    + " a column saying what happened (Event, Status or Type) and a Date column, or a column per"
                    + " event (Sent, Opened, Replied, Bounced).");
        }
        return new ActivityColumns(List.copyOf(header), address, first(keys, ID), event, date, -1, Map.of(), tool);
    }

    /** Whether each row is one contact with a column per event. */
    boolean columnPerEvent() {
        return !perEvent.isEmpty();
    }

    /** The column's name as the file writes it. */
    String name(int column) {
        return names.get(column).strip();
    }

    /** A header cell or value with case, spaces and punctuation left out. */
    static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The tool whose export has these columns, from names only that tool writes: the
     * layouts themselves are read the same whichever tool wrote them.
     */
    private static @Nullable EmailTool tool(Set<String> keys) {
        if (keys.contains("leademail") && keys.contains("type")) {
            return EmailTool.LEMLIST;
        }
        if ((keys.contains("recipient") && keys.contains("type")) || keys.contains("lastmarketingemailsenddate")
                || keys.contains("recentsalesemailreplieddate")) {
            return EmailTool.HUBSPOT;
        }
        if (keys.stream().anyMatch(k -> k.startsWith("timestamplast")) || keys.contains("emailreplycount")
                || keys.contains("emailopencount")) {
            return EmailTool.INSTANTLY;
        }
        if ((keys.contains("emailsent") && keys.contains("emailbounced")) || keys.contains("apollocontactid")) {
            return EmailTool.APOLLO;
        }
        if (keys.contains("emailbounceddate") || (keys.contains("datesent")
                && (keys.contains("firstopened") || keys.contains("dateopened") || keys.contains("timesopened")))) {
            return EmailTool.SALESFORCE;
        }
        return null;
    }

    /** The column of the first name in {@code wanted} order that the header has. */
    private static int first(List<String> keys, List<String> wanted) {
        for (String name : wanted) {
            int at = keys.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static String found(List<String> header) {
        var named = header.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return named.isEmpty() ? "no column names"
                : named.stream().map(s -> "“" + s + "”").collect(Collectors.joining(", "));
    }

}

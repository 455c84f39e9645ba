package com.headroom.email;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dates of an activity file, as the tools and spreadsheets write them: ISO-8601 with
 * or without an offset ({@code 2026-12-03T14:05:00Z}, {@code 2026-12-03 14:05}), epoch
 * milliseconds or seconds (HubSpot's {@code created}, Unix timestamps), all-number dates
 * with a 24-hour or AM/PM time ({@code 12/03/2026 2:05 PM}, {@code 03.12.2026 14:05}),
 * and English month names ({@code Dec 3, 2026 2:05 PM}). A time without an offset is in
 * the team's time zone; a date without a time is its start of day there.
 *
 * <p>
 * All-number dates with slashes or dashes are read in one order for the whole file, as
 * {@code ConnectedOn} does for LinkedIn files, but month first by default because the
 * tools are American: day first only when some date in the file only makes sense that way
 * (25/12/2026) and none only month first. When the file has dates that only make sense
 * each way round, a date that could be either is refused rather than guessed. Dates with
 * dots ({@code 03.12.2026}) are always day first, as only European spreadsheets write
 * them.
 */
final class ActivityDates {

    /** Which way round the file writes all-number dates. */
    enum Order {

        MONTH_FIRST, DAY_FIRST, MIXED

    }

    /** A date read, or why not. */
    record Read(@Nullable Instant at, boolean ambiguous) {
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2}|\\d{4})\\b.*");

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart()
        .optionalStart()
        .appendLiteral('T')
        .optionalEnd()
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .append(DateTimeFormatter.ISO_LOCAL_TIME)
        // "+0100" (which the zone parser does not read), else "+01:00", "Z", "UTC",
        // "Europe/Paris"
        .optionalStart()
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .appendOffset("+HHMM", "Z")
        .optionalEnd()
        .optionalStart()
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .appendZoneOrOffsetId()
        .optionalEnd()
        .optionalEnd()
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> MONTH_FIRST = numeric("M", "d");

    private static final List<DateTimeFormatter> DAY_FIRST = numeric("d", "M");

    private static final List<DateTimeFormatter> WORDS = formatters("MMM d uuuu", "MMM d uuuu h:mm[:ss][ ]a",
            "MMM d uuuu H:mm[:ss]", "MMMM d uuuu", "MMMM d uuuu h:mm[:ss][ ]a", "MMMM d uuuu H:mm[:ss]", "d MMM uuuu",
            "d MMM uuuu H:mm[:ss]", "d MMM uuuu h:mm[:ss][ ]a", "d MMMM uuuu", "d MMMM uuuu H:mm[:ss]");

    private ActivityDates() {
    }

    /**
     * +1 when an all-number date only makes sense month first (12/25/2026), -1 when only
     * day first (25/12/2026), 0 when either, neither, or not an all-number date with
     * slashes or dashes.
     */
    static int numericOrder(String written) {
        Matcher m = NUMERIC.matcher(written.strip());
        if (!m.matches() || m.group(2).equals(".")) {
            return 0;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return b > 12 && a <= 12 ? 1 : a > 12 && b <= 12 ? -1 : 0;
    }

    /** The file's order from the orders of its dates (see the class comment). */
    static Order order(boolean monthFirstSeen, boolean dayFirstSeen) {
        return monthFirstSeen && dayFirstSeen ? Order.MIXED : dayFirstSeen ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    /**
     * The instant written, or null with {@code ambiguous} when the file's order can't
     * tell.
     */
    static Read parse(String written, Order order, ZoneId zone) {
        String s = written.strip().replace(",", " ").replaceAll("\\s+", " ");
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            return new Read(s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n), false);
        }
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            boolean dots = numeric.group(2).equals(".");
            String dateAndTime = dots || numeric.group(2).equals("-") ? slashes(s, numeric) : s;
            if (dots) {
                return new Read(first(dateAndTime, DAY_FIRST, zone), false);
            }
            int only = numericOrder(s);
            if (order == Order.MIXED && only == 0 && !numeric.group(1).equals(numeric.group(3))) {
                return new Read(null, true);
            }
            boolean dayFirst = only < 0 || (only == 0 && order == Order.DAY_FIRST);
            return new Read(first(dateAndTime, dayFirst ? DAY_FIRST : MONTH_FIRST, zone), false);
        }
        Instant iso = iso(s, zone);
        return new Read(iso != null ? iso : first(s, WORDS, zone), false);
    }

    private static @Nullable Instant iso(String s, ZoneId zone) {
        try {
            TemporalAccessor t = ISO.parseBest(s, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            return instant(t, zone);
        }
        catch (DateTimeParseException notIso) {
            return null;
        }
    }

    /**
     * The date part's dots or dashes as slashes, so one set of patterns reads them all.
     */
    private static String slashes(String s, Matcher numeric) {
        int end = numeric.end(4);
        return s.substring(0, end).replace(numeric.group(2), "/") + s.substring(end);
    }

    private static @Nullable Instant first(String text, List<DateTimeFormatter> formatters, ZoneId zone) {
        for (var formatter : formatters) {
            try {
                return instant(formatter.parseBest(text, LocalDateTime::from, LocalDate::from), zone);
            }
            catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return null;
    }

    private static Instant instant(TemporalAccessor t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }

    /**
     * All-number forms with the first two numbers in the given order, a 4- or 2-digit
     * year (2-digit years are 20yy) and an optional time.
     */
    private static List<DateTimeFormatter> numeric(String first, String second) {
        String date = first + "/" + second + "/";
        return formatters(date + "uuuu[ H:mm[:ss]]", date + "uuuu h:mm[:ss][ ]a", date + "uu[ H:mm[:ss]]",
                date + "uu h:mm[:ss][ ]a");
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return Arrays.stream(patterns)
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(p)
                .toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT))
            .toList();
    }

}

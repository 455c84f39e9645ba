package com.headroom.warmintro;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The "Connected On" dates of a connections file, as LinkedIn or a spreadsheet wrote them
 * (see {@link ConnectionsCsv}'s class comment for the forms). Java's formatters read each
 * form; the one rule written by hand is the whole file's order of all-number dates (day
 * or month first).
 */
final class ConnectedOn {

    /**
     * Spaces, dashes, slashes, dots and commas all separate a date's parts: read as one
     * space.
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/.,]+");

    private static final Pattern ALL_NUMBERS = Pattern.compile("(\\d{1,2}) (\\d{1,2}) (\\d{2}|\\d{4})");

    private static final List<DateTimeFormatter> WITH_WORDS = formatters("d MMM uuuu", "d MMMM uuuu", "d MMM uu",
            "d MMMM uu", "MMM d uuuu", "MMMM d uuuu", "MMM d uu", "MMMM d uu", "uuuu M d");

    private static final List<DateTimeFormatter> DAY_FIRST = formatters("d M uuuu", "d M uu");

    private static final List<DateTimeFormatter> MONTH_FIRST = formatters("M d uuuu", "M d uu");

    private ConnectedOn() {
    }

    /**
     * The date, or null; {@code monthFirst} when the file's all-number dates are
     * M/d/yyyy.
     */
    static @Nullable LocalDate parse(@Nullable String written, boolean monthFirst) {
        String text = normalized(written);
        if (text == null) {
            return null;
        }
        if (!ALL_NUMBERS.matcher(text).matches()) {
            return first(text, WITH_WORDS);
        }
        if (monthFirst) {
            return first(text, MONTH_FIRST);
        }
        // Day first, as Excel writes them outside the US, unless this date only makes
        // sense month first.
        var dayFirst = first(text, DAY_FIRST);
        return dayFirst != null ? dayFirst : first(text, MONTH_FIRST);
    }

    /**
     * +1 when an all-number date can only be month first (3/25/2024), -1 when only day
     * first (25/3/2024), 0 when either or neither.
     */
    static int numericOrder(String written) {
        String text = normalized(written);
        var numbers = text == null ? null : ALL_NUMBERS.matcher(text);
        if (numbers == null || !numbers.matches()) {
            return 0;
        }
        int a = Integer.parseInt(numbers.group(1));
        int b = Integer.parseInt(numbers.group(2));
        if (a < 1 || b < 1) {
            return 0;
        }
        return b > 12 && a <= 12 ? 1 : a > 12 && b <= 12 ? -1 : 0;
    }

    /**
     * The date's parts separated by single spaces, a time of day after it dropped; null
     * when empty.
     */
    private static @Nullable String normalized(@Nullable String written) {
        String s = written.strip();
        int colon = s.indexOf(':');
        if (colon >= 0) { // a time of day after the date: "2024-03-12 00:00:00",
                          // "2024-03-12T00:00"
            int cut = Math.max(s.lastIndexOf(' ', colon), s.lastIndexOf('T', colon));
            if (cut <= 0) {
                return null;
            }
            s = s.substring(0, cut);
        }
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        // "Sept" is how many write September; Java knows only "Sep".
        s = s.replaceAll("(?i)\\bsept\\b", "Sep");
        return s.isEmpty() ? null : s;
    }

    private static @Nullable LocalDate first(String text, List<DateTimeFormatter> formatters) {
        for (var formatter : formatters) {
            try {
                return LocalDate.parse(text, formatter);
            }
            catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return null;
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return java.util.Arrays.stream(patterns)
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(p)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT))
            .toList();
    }

}

package com.headroom.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every date and time reads in Headroom, on screen and in sentences: "Thu 10 Dec
 * 2026" and "Thu 10 Dec 2026 09:00", always in the team's time zone. Pure, so the limits
 * engine uses it too.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.ENGLISH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    /** "Thu 10 Dec 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "Thu 10 Dec 2026", the day of an instant in a zone. */
    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    /** "Thu 10 Dec 2026 09:00" in a zone. */
    public static String dayTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }

    /** "09:00" in a zone. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

}

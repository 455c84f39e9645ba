package com.headroom.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read on screen: "28 Nov 2026", "28 Nov 2026 14:05 UTC". */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_UTC =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTimeUtc(Instant instant) {
        return instant == null ? "" : DATE_TIME_UTC.format(instant);
    }

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** "Tue 24 Nov 10:02" in a team's zone: how outreach times read to a rep. */
    public static String dayTime(Instant instant, java.time.ZoneId zone) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }

    /** "Tue 24 Nov" in a team's zone. */
    public static String day(Instant instant, java.time.ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    public static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}

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

    public static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}

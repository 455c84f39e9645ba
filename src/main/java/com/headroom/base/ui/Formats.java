package com.headroom.base.ui;

import com.headroom.base.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How dates, times and numbers read on screen: "Thu 10 Dec 2026", "Thu 10 Dec 2026 09:00"
 * in the team's time zone ({@link Dates} holds the patterns), "12,345".
 */
public final class Formats {

    private Formats() {
    }

    /** "Thu 10 Dec 2026". */
    public static String date(LocalDate date) {
        return Dates.day(date);
    }

    /** "Thu 10 Dec 2026 09:00" in a team's zone: how times read to a rep. */
    public static String dayTime(Instant instant, ZoneId zone) {
        return Dates.dayTime(instant, zone);
    }

    /** "Thu 10 Dec 2026" in a team's zone. */
    public static String day(Instant instant, ZoneId zone) {
        return Dates.day(instant, zone);
    }

    public static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

}

package com.headroom.content;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A team's posting rhythm: either each member posts so many times a week, or one kind of
 * content comes on one weekday every so many weeks (a newsletter every other Tuesday).
 */
public record Cadence(long id, Kind kind, Integer perWeek, ContentType type, DayOfWeek weekday, Integer everyWeeks,
        LocalDate startsOn) {

    public enum Kind {

        PER_MEMBER_WEEKLY, RECURRING

    }

    public static Cadence perMember(int perWeek) {
        return new Cadence(0, Kind.PER_MEMBER_WEEKLY, perWeek, null, null, null, null);
    }

    public static Cadence recurring(ContentType type, DayOfWeek weekday, int everyWeeks, LocalDate startsOn) {
        return new Cadence(0, Kind.RECURRING, null, type, weekday, everyWeeks, startsOn);
    }

    public String describe() {
        if (kind == Kind.PER_MEMBER_WEEKLY) {
            return "Each member posts " + (perWeek == 1 ? "once" : perWeek == 2 ? "twice" : perWeek + " times")
                    + " a week";
        }
        String day = weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return type.label()
                + (everyWeeks == 1 ? " every " + day
                        : everyWeeks == 2 ? " every other " + day : " every " + everyWeeks + " weeks on " + day)
                + ", from " + com.headroom.base.Dates.day(startsOn);
    }
}

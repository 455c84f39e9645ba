package com.headroom.dashboard;

import com.headroom.base.Dates;
import com.headroom.base.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The days results cover, both included, in the team's time zone.
 *
 * @param label what the period reads as on screen and in the export ("Last month: Sun 1
 * Nov 2026 – Mon 30 Nov 2026")
 */
public record ResultsPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** The longest custom period: a year of days. */
    static final int MOST_DAYS = 366;

    public enum Kind {

        THIS_WEEK("This week"), LAST_WEEK("Last week"), LAST_FOUR_WEEKS("Last 4 weeks"), LAST_MONTH("Last month"),
        THIS_QUARTER("This quarter"), CUSTOM("Custom");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /** A named period as of today; CUSTOM needs {@link #custom}. */
    public static ResultsPeriod of(Kind kind, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (kind) {
            case THIS_WEEK -> new ResultsPeriod(kind, monday, today);
            case LAST_WEEK -> new ResultsPeriod(kind, monday.minusWeeks(1), monday.minusDays(1));
            case LAST_FOUR_WEEKS -> new ResultsPeriod(kind, today.minusDays(27), today);
            case LAST_MONTH ->
                new ResultsPeriod(kind, today.minusMonths(1).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1));
            case THIS_QUARTER -> new ResultsPeriod(kind, today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case CUSTOM -> throw new IllegalArgumentException("A custom period needs its days");
        };
    }

    /** A period the manager picks; refused with a sentence naming what to fix. */
    public static ResultsPeriod custom(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw new RuleViolation("Pick the first and the last day of the period.");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation(
                    "The last day (" + Dates.day(to) + ") is before the first (" + Dates.day(from) + ").");
        }
        if (from.isAfter(today)) {
            throw new RuleViolation("The period starts after today: nothing has happened in it yet.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            throw new RuleViolation("Pick at most a year (" + MOST_DAYS + " days); this period has "
                    + (ChronoUnit.DAYS.between(from, to) + 1) + ".");
        }
        return new ResultsPeriod(Kind.CUSTOM, from, to.isAfter(today) ? today : to);
    }

    public String label() {
        return kind.label() + ": " + Dates.day(from) + " – " + Dates.day(to);
    }
}

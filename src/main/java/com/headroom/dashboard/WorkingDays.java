package com.headroom.dashboard;

import com.headroom.base.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting a team's working days, the way a manager means "3 working days ago". */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * Whole working days that passed between two days, neither counted: logged on
     * Thursday, it is Tuesday: Friday and Monday passed, so 2.
     */
    public static int between(LocalDate from, LocalDate to, Set<DayOfWeek> working) {
        int count = 0;
        for (var day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (working.contains(day.getDayOfWeek())) {
                count++;
            }
        }
        return count;
    }

    /**
     * "Today", "Yesterday", "3 working days ago" (logged Monday, read Thursday), or the
     * day itself after a month.
     */
    public static String ago(LocalDate day, LocalDate today, Set<DayOfWeek> working) {
        if (!day.isBefore(today)) {
            return "Today";
        }
        if (day.isBefore(today.minusDays(30))) {
            return Dates.day(day);
        }
        int passed = between(day, today, working);
        if (passed == 0) {
            return day.equals(today.minusDays(1)) ? "Yesterday" : "1 working day ago";
        }
        return (passed + 1) + " working days ago";
    }

}

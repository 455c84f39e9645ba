package com.headroom.team;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Working days as people write them: "Mon–Fri", or "Mon, Wed, Thu". */
public final class Days {

    private Days() {
    }

    public static String describe(Collection<DayOfWeek> days) {
        var sorted = days.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none";
        }
        boolean consecutive = sorted.size() > 2
                && sorted.getLast().getValue() - sorted.getFirst().getValue() == sorted.size() - 1;
        if (consecutive) {
            return shortName(sorted.getFirst()) + "–" + shortName(sorted.getLast());
        }
        return sorted.stream().map(Days::shortName).collect(Collectors.joining(", "));
    }

    public static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

}

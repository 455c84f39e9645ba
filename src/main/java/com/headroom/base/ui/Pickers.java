package com.headroom.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers that read like the rest of Headroom, whatever the browser's
 * language: day-month-year ("10 Dec 2026", typed also as 10.12.2026, 10/12/2026 or
 * 2026-12-10), weeks from Monday, a 24-hour clock. A US browser no longer shows
 * 12/10/2026 for 10 December.
 */
public final class Pickers {

    /**
     * The picker's own pattern (date-fns, in the browser); parsing tries the others in
     * turn.
     */
    private static final List<String> FORMATS = List.of("d MMM yyyy", "d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd",
            "d MMMM yyyy", "d-M-yyyy");

    /** British English: day before month, a 24-hour clock, Monday first. */
    private static final Locale DAY_MONTH_YEAR = Locale.UK;

    /** What a date-and-time picker with only one half filled in says. */
    public static final String INCOMPLETE = "Pick both the day and the time";

    private Pickers() {
    }

    public static DatePicker date(String label) {
        return configure(new DatePicker(label));
    }

    public static DateTimePicker dateTime(String label) {
        return configure(new DateTimePicker(label));
    }

    public static DatePicker configure(DatePicker picker) {
        picker.setLocale(DAY_MONTH_YEAR);
        picker.setI18n(i18n());
        return picker;
    }

    public static DateTimePicker configure(DateTimePicker picker) {
        picker.setLocale(DAY_MONTH_YEAR);
        picker.setDatePickerI18n(i18n());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setIncompleteInputErrorMessage(INCOMPLETE + ".")
            .setBadInputErrorMessage("Type the day as 10 Dec 2026 and the time as 09:00."));
        return picker;
    }

    /**
     * Only the day or only the time is filled in: the picker's value is empty then, which
     * would read as "now". The halves are the picker's own date and time pickers, synced
     * from the browser.
     */
    public static boolean halfFilled(DateTimePicker picker) {
        var day = picker.getChildren().filter(DatePicker.class::isInstance).map(DatePicker.class::cast).findFirst();
        var time = picker.getChildren().filter(TimePicker.class::isInstance).map(TimePicker.class::cast).findFirst();
        return day.isPresent() && time.isPresent() && day.get().isEmpty() != time.get().isEmpty();
    }

    private static DatePicker.DatePickerI18n i18n() {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }

}

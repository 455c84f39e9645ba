package com.headroom.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers that read like the rest of Headroom, whatever the browser's language:
 * day-month-year ("10 Dec 2026", typed also as 10.12.2026, 10/12/2026 or 2026-12-10), weeks from
 * Monday, a 24-hour clock. A US browser no longer shows 12/10/2026 for 10 December.
 */
public final class Pickers {

    /** The picker's own pattern (date-fns, in the browser); parsing tries the others in turn. */
    private static final List<String> FORMATS = List.of("d MMM yyyy", "d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd",
            "d MMMM yyyy", "d-M-yyyy");
    /** British English: day before month, a 24-hour clock, Monday first. */
    private static final Locale DAY_MONTH_YEAR = Locale.UK;

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
        return picker;
    }

    private static DatePicker.DatePickerI18n i18n() {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }
}

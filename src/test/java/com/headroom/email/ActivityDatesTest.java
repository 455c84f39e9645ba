package com.headroom.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.email.ActivityDates.Order;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityDatesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-03T14:05:00Z             | MONTH_FIRST | 2026-12-03T14:05:00Z
            2026-12-03T14:05:00.375Z         | MONTH_FIRST | 2026-12-03T14:05:00.375Z
            2026-12-03T14:05:00+01:00        | MONTH_FIRST | 2026-12-03T13:05:00Z
            2026-12-03 14:05:00+0100         | MONTH_FIRST | 2026-12-03T13:05:00Z
            2026-12-03 14:05 UTC             | MONTH_FIRST | 2026-12-03T14:05:00Z
            2026-12-03 14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            2026-12-03T14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            2026-12-03                       | MONTH_FIRST | 2026-12-03T05:00:00Z
            1796306700000                    | MONTH_FIRST | 2026-12-03T14:05:00Z
            1796306700                       | MONTH_FIRST | 2026-12-03T14:05:00Z
            12/03/2026 2:05 PM               | MONTH_FIRST | 2026-12-03T19:05:00Z
            12/3/2026 2:05PM                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            12/3/2026, 2:05:30 pm            | MONTH_FIRST | 2026-12-03T19:05:30Z
            12/03/2026 14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            12/03/26                         | MONTH_FIRST | 2026-12-03T05:00:00Z
            12-03-2026 14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            03/12/2026 14:05                 | DAY_FIRST   | 2026-12-03T19:05:00Z
            25/12/2026 09:00                 | MONTH_FIRST | 2026-12-25T14:00:00Z
            12/25/2026 09:00                 | DAY_FIRST   | 2026-12-25T14:00:00Z
            03.12.2026 14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            Dec 3, 2026 2:05 PM              | MONTH_FIRST | 2026-12-03T19:05:00Z
            December 3, 2026                 | MONTH_FIRST | 2026-12-03T05:00:00Z
            3 Dec 2026 14:05                 | MONTH_FIRST | 2026-12-03T19:05:00Z
            07/04/2026 10:00                 | MONTH_FIRST | 2026-07-04T14:00:00Z
            """)
    void reads_the_forms_the_tools_and_spreadsheets_write(String written, Order order, String expected) {
        var read = ActivityDates.parse(written, order, NEW_YORK);

        assertThat(read.ambiguous()).isFalse();
        assertThat(read.at()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({ "31/31/2026", "13/13/2026", "2026-02-30", "yesterday", "12/03/2026 25:00", "14:05", "2 PM",
            "02/30/2026", "123456" })
    void refuses_what_is_not_a_date(String written) {
        var read = ActivityDates.parse(written, Order.MONTH_FIRST, NEW_YORK);

        assertThat(read.at()).isNull();
        assertThat(read.ambiguous()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "03/12/2026 14:05, true", "12/25/2026, false", "25/12/2026, false", "05/05/2026, false",
            "03.12.2026, false" })
    void in_a_file_with_dates_both_ways_round_refuses_only_the_ones_that_could_be_either(String written,
            boolean ambiguous) {
        var read = ActivityDates.parse(written, Order.MIXED, NEW_YORK);

        assertThat(read.ambiguous()).isEqualTo(ambiguous);
        assertThat(read.at() == null).isEqualTo(ambiguous);
    }

    @ParameterizedTest
    @CsvSource({ "12/25/2026, 1", "25/12/2026, -1", "03/12/2026, 0", "2026-12-25, 0", "25.12.2026, 0",
            "12/25/2026 2:05 PM, 1" })
    void tells_which_order_an_all_number_date_allows(String written, int order) {
        assertThat(ActivityDates.numericOrder(written)).isEqualTo(order);
    }

    @ParameterizedTest
    @CsvSource({ "false, false, MONTH_FIRST", "true, false, MONTH_FIRST", "false, true, DAY_FIRST",
            "true, true, MIXED" })
    void the_file_is_month_first_unless_it_shows_otherwise(boolean monthFirst, boolean dayFirst, Order order) {
        assertThat(ActivityDates.order(monthFirst, dayFirst)).isEqualTo(order);
    }

}

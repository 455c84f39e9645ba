package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")" })
    void cells_starting_like_a_formula_get_a_leading_apostrophe(String cell) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Acme", "1+1", "a=b", "", " =not first", "'quoted" })
    void other_cells_stay_as_they_are(String cell) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(cell);
    }

    @Test
    void a_missing_value_is_an_empty_cell() {
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
    }

}

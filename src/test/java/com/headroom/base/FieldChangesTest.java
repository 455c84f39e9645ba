package com.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the audit log shows as a field's before and after. */
class FieldChangesTest {

    @Test
    void dates_read_as_everywhere_else_not_as_iso() {
        var changes = new FieldChanges()
            .compare("LinkedIn account started", LocalDate.of(2016, 12, 1), LocalDate.of(2026, 11, 23))
            .compare("Name", "Lee", "Lee")
            .list();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("Thu 1 Dec 2016");
            assertThat(c.newValue()).isEqualTo("Mon 23 Nov 2026");
        });
    }

}

package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.prospect.PipelineValue.Sum;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineValueTest {

    @Test
    void euros_and_dollars_are_summed_apart_biggest_first() {
        var value = new PipelineValue(List.of(new Sum(Stage.OPPORTUNITY, "USD", 1, new BigDecimal("8000")),
                new Sum(Stage.OPPORTUNITY, "EUR", 4, new BigDecimal("120000")),
                new Sum(Stage.OPPORTUNITY, null, 2, BigDecimal.ZERO)));

        assertThat(value.sentence(Stage.OPPORTUNITY))
            .isEqualTo("€120,000 in 4 opportunities, $8,000 in 1 opportunity; 2 more without a value");
        assertThat(value.deals(Stage.OPPORTUNITY)).isEqualTo(7);
    }

    @Test
    void a_stage_without_deals_says_so() {
        var value = new PipelineValue(List.of(new Sum(Stage.WON, null, 1, BigDecimal.ZERO)));

        assertThat(value.sentence(Stage.OPPORTUNITY)).isEqualTo("no opportunities");
        assertThat(value.sentence(Stage.WON)).isEqualTo("1 won deal without a value");
        assertThat(value.summary()).isEqualTo("Worth now: Won 1 won deal without a value");
    }

    @Test
    void the_list_line_leaves_out_stages_without_deals_and_is_empty_without_any() {
        var value = new PipelineValue(List.of(new Sum(Stage.LOST, "EUR", 2, new BigDecimal("9000.50")),
                new Sum(Stage.OPPORTUNITY, "EUR", 1, new BigDecimal("5000"))));

        assertThat(value.summary())
            .isEqualTo("Worth now: Opportunity €5,000 in 1 opportunity · Lost €9,000.50 in 2 lost deals");
        assertThat(new PipelineValue(List.of()).summary()).isEmpty();
    }

}

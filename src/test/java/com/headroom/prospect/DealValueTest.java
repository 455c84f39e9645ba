package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.base.RuleViolation;
import com.headroom.team.TeamCurrencies;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DealValueTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    @Test
    void a_value_of_0_is_refused_naming_the_value() {
        assertThatThrownBy(() -> DealValue.of(BigDecimal.ZERO, "EUR", MARCH, "EUR")).isInstanceOf(RuleViolation.class)
            .hasMessage("Enter the opportunity value above 0, or leave it empty.")
            .extracting(e -> ((RuleViolation) e).field().orElseThrow())
            .isEqualTo("dealValue");
    }

    @Test
    void a_negative_value_is_refused() {
        assertThatThrownBy(() -> DealValue.of(new BigDecimal("-1"), "EUR", MARCH, "EUR"))
            .hasMessage("Enter the opportunity value above 0, or leave it empty.");
    }

    @Test
    void one_cent_is_a_value() {
        assertThat(DealValue.of(new BigDecimal("0.01"), "EUR", MARCH, "EUR").amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void a_billion_is_the_most_and_a_cent_more_is_a_typo() {
        assertThat(DealValue.of(new BigDecimal("1000000000"), "EUR", null, "EUR").amount())
            .isEqualByComparingTo("1000000000");
        assertThatThrownBy(() -> DealValue.of(new BigDecimal("1000000000.01"), "EUR", null, "EUR"))
            .hasMessage("An opportunity value above 1,000,000,000 looks like a typo: check the zeros.");
    }

    @Test
    void a_third_decimal_is_refused() {
        assertThatThrownBy(() -> DealValue.of(new BigDecimal("10.005"), "EUR", null, "EUR"))
            .hasMessage("Enter the opportunity value with at most two decimals.");
        assertThat(DealValue.of(new BigDecimal("10.500"), "EUR", null, "EUR").amount()).isEqualByComparingTo("10.5");
    }

    @Test
    void a_missing_currency_is_the_teams_and_a_typed_one_is_cleaned() {
        assertThat(DealValue.of(new BigDecimal("5000"), null, MARCH, "USD").currency()).isEqualTo("USD");
        assertThat(DealValue.of(new BigDecimal("5000"), " ", MARCH, "USD").currency()).isEqualTo("USD");
        assertThat(DealValue.of(new BigDecimal("5000"), " gbp ", MARCH, "USD").currency()).isEqualTo("GBP");
    }

    @Test
    void a_currency_must_be_an_iso_code() {
        for (String code : new String[] { "EURO", "E", "XYZ", "€" }) {
            assertThatThrownBy(() -> DealValue.of(new BigDecimal("5000"), code, MARCH, "EUR"))
                .hasMessage("\"" + code + "\" is not a currency code: use three letters such as EUR, USD or GBP.")
                .extracting(e -> ((RuleViolation) e).field().orElseThrow())
                .isEqualTo("dealCurrency");
        }
    }

    @Test
    void no_value_keeps_the_currency_and_month() {
        var deal = DealValue.of(null, null, MARCH, "EUR");
        assertThat(deal).isEqualTo(new DealValue(null, "EUR", MARCH));
        assertThat(deal.hasAmount()).isFalse();
    }

    @Test
    void money_reads_with_the_currency_sign_and_no_cents_when_whole() {
        assertThat(DealValue.money(new BigDecimal("120000.00"), "EUR")).isEqualTo("€120,000");
        assertThat(DealValue.money(new BigDecimal("8500.5"), "USD")).isEqualTo("$8,500.50");
        assertThat(DealValue.money(new BigDecimal("3000"), "GBP")).isEqualTo("£3,000");
        assertThat(DealValue.money(new BigDecimal("3000"), "CHF")).isEqualTo("CHF 3,000");
    }

    @Test
    void a_teams_currency_is_checked_the_same_way() {
        assertThat(TeamCurrencies.checked(" usd")).isEqualTo("USD");
        assertThatThrownBy(() -> TeamCurrencies.checked("EU"))
            .hasMessage("Choose a currency by its three-letter ISO code, such as EUR, USD or GBP.");
        assertThatThrownBy(() -> TeamCurrencies.checked(null)).isInstanceOf(RuleViolation.class);
    }

}

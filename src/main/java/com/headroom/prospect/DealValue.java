package com.headroom.prospect;

import com.headroom.base.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an opportunity is worth: a value (optional: many reps open one before they know),
 * its ISO 4217 currency and the month it should close. Won and lost deals keep theirs.
 */
public record DealValue(@Nullable BigDecimal amount, @Nullable String currency, @Nullable YearMonth closeMonth) {

    public static final DealValue NONE = new DealValue(null, null, null);

    /** Above this a value is a typo (an extra zero or two), not a deal. */
    public static final BigDecimal MOST = new BigDecimal("1000000000");

    /**
     * A deal as a rep enters it, cleaned: a missing currency is the team's, a currency is
     * a real ISO code, a value is above 0, at most {@link #MOST} and in cents. Refused
     * with a sentence naming the field.
     */
    public static DealValue of(BigDecimal amount, String currency, YearMonth closeMonth, String teamCurrency) {
        String code = currency == null || currency.isBlank() ? teamCurrency : currency.strip().toUpperCase(Locale.ROOT);
        if (!isCurrency(code)) {
            throw new RuleViolation("dealCurrency",
                    "\"" + currency + "\" is not a currency code: use three letters such as EUR, USD or GBP.");
        }
        if (amount == null) {
            return new DealValue(null, code, closeMonth);
        }
        if (amount.signum() <= 0) {
            throw new RuleViolation("dealValue", "Enter the opportunity value above 0, or leave it empty.");
        }
        if (amount.compareTo(MOST) > 0) {
            throw new RuleViolation("dealValue",
                    "An opportunity value above 1,000,000,000 looks like a typo: check the zeros.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("dealValue", "Enter the opportunity value with at most two decimals.");
        }
        return new DealValue(amount.setScale(2, RoundingMode.UNNECESSARY), code, closeMonth);
    }

    /** A three-letter code ISO 4217 knows (EUR, USD, GBP, CHF …). */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        }
        catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** "€120,000", "$8,500.50", "CHF 3,000": the sign where the currency has one. */
    public static String money(BigDecimal amount, String currency) {
        var number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        number.setMinimumFractionDigits(whole ? 0 : 2);
        number.setMaximumFractionDigits(whole ? 0 : 2);
        String sign = Currency.getInstance(currency).getSymbol(Locale.US);
        return (sign.length() > 1 ? sign + " " : sign) + number.format(amount);
    }

    public boolean hasAmount() {
        return amount != null;
    }

}

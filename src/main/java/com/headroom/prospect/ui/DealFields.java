package com.headroom.prospect.ui;

import com.headroom.prospect.DealValue;
import com.headroom.team.TeamCurrencies;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an opportunity is worth, in which currency, and the month it should close; shown
 * from the Opportunity stage on (won and lost deals keep theirs).
 */
class DealFields extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final BigDecimalField amount = new BigDecimalField("Opportunity value");

    private final ComboBox<String> currency = new ComboBox<>("Currency");

    private final Select<YearMonth> closeMonth = new Select<>();

    DealFields() {
        addClassName("toolbar");
        amount.setHelperText("Optional: leave it empty until you know");
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip().toUpperCase(Locale.ROOT);
            var items = new ArrayList<>(TeamCurrencies.COMMON);
            if (!items.contains(typed)) {
                items.add(typed);
            }
            currency.setItems(items);
            currency.setValue(typed);
        });
        closeMonth.setLabel("Expected to close in");
        closeMonth.setEmptySelectionAllowed(true);
        closeMonth.setEmptySelectionCaption("Not known yet");
        closeMonth.setItemLabelGenerator(m -> m == null ? "Not known yet" : MONTH.format(m));
        add(amount, currency, closeMonth);
    }

    /**
     * @param thisMonth the month it is in the team's zone: the choices run two years from
     * it
     */
    void read(DealValue deal, String teamCurrency, YearMonth thisMonth) {
        List<String> codes = new ArrayList<>(TeamCurrencies.COMMON);
        String shown = deal.currency() == null ? teamCurrency : deal.currency();
        if (!codes.contains(shown)) {
            codes.add(shown);
        }
        currency.setItems(codes);
        currency.setValue(shown);
        amount.setValue(deal.amount());
        List<YearMonth> months = new ArrayList<>();
        if (deal.closeMonth() != null && deal.closeMonth().isBefore(thisMonth)) {
            months.add(deal.closeMonth());
        }
        for (int i = 0; i < 24; i++) {
            months.add(thisMonth.plusMonths(i));
        }
        if (deal.closeMonth() != null && !months.contains(deal.closeMonth())) {
            months.add(deal.closeMonth());
        }
        closeMonth.setItems(months);
        closeMonth.setValue(deal.closeMonth());
    }

    /** What the rep typed; the service checks it. */
    DealValue value() {
        return new DealValue(amount.getValue(), currency.getValue(), closeMonth.getValue());
    }

    void setReadOnly(boolean readOnly) {
        amount.setReadOnly(readOnly);
        currency.setReadOnly(readOnly);
        closeMonth.setReadOnly(readOnly);
    }

    Map<String, HasValidation> fields() {
        return Map.of("dealValue", amount, "dealCurrency", currency);
    }

}

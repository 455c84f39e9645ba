package com.headroom.team.ui;

import com.headroom.team.TargetMarket;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A picker of target regions or industries: the team's own prospects' values to choose
 * from, and any other term typed in and confirmed with Enter.
 */
final class TargetPicker {

    private TargetPicker() {
    }

    static MultiSelectComboBox<String> create(String label, String helper) {
        var picker = new MultiSelectComboBox<String>(label);
        picker.setAllowCustomValue(true);
        picker.setHelperText(helper);
        picker.setSelectedItemsOnTop(true);
        picker.setPlaceholder("Anywhere");
        picker.setWidthFull();
        picker.addCustomValueSetListener(e -> {
            String term = e.getDetail() == null ? "" : e.getDetail().strip().replaceAll("\\s+", " ");
            if (term.isEmpty() || term.length() > TargetMarket.TERM_LENGTH) {
                picker.setErrorMessage("A target is 1 to " + TargetMarket.TERM_LENGTH + " characters.");
                picker.setInvalid(true);
                return;
            }
            var items = new LinkedHashSet<String>();
            items.add(term);
            picker.getListDataView().getItems().forEach(items::add);
            Set<String> chosen = new HashSet<>(picker.getValue());
            picker.setItems(items);
            chosen.add(term);
            picker.setValue(chosen);
        });
        return picker;
    }

    /** The team's values to pick from, with the policy's own terms among them. */
    static void offer(MultiSelectComboBox<String> picker, Collection<String> mostCommon, Set<String> current) {
        var own = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        own.addAll(current);
        var items = new LinkedHashSet<String>(own);
        mostCommon.stream().filter(c -> !own.contains(c)).forEach(items::add);
        picker.setItems(items);
    }

}

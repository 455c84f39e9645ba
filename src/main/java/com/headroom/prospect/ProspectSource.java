package com.headroom.prospect;

/** How a prospect came into Headroom. */
public enum ProspectSource {

    MANUAL("Added by hand"), CSV_IMPORT("CSV import");

    private final String label;

    ProspectSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}

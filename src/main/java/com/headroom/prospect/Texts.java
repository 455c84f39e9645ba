package com.headroom.prospect;

/** Small text helpers the prospect code shares. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Cuts a text to a column's length, marking the cut. */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}

package com.headroom.prospect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The first {@value ImportReport#SHOWN} rows of one kind of an import's report, and how
 * many there were.
 */
final class ShownRows<T> {

    private final ToIntFunction<T> rowNumberOf;

    private final List<T> shown = new ArrayList<>();

    private int total;

    private final List<Integer> counted = new ArrayList<>();

    ShownRows(ToIntFunction<T> rowNumberOf) {
        this.rowNumberOf = rowNumberOf;
    }

    void add(T row) {
        total++;
        counted.add(rowNumberOf.applyAsInt(row));
        if (shown.size() < ImportReport.SHOWN) {
            shown.add(row);
        }
    }

    /** Drops what a rolled-back chunk (rows from this number on) added. */
    void forgetFrom(int rowNumber) {
        shown.removeIf(row -> rowNumberOf.applyAsInt(row) >= rowNumber);
        int before = counted.size();
        counted.removeIf(number -> number >= rowNumber);
        total -= before - counted.size();
    }

    List<T> shown() {
        return List.copyOf(shown);
    }

    int total() {
        return total;
    }

}

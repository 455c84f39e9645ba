package com.headroom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Predicate;

/** Grid helpers for Karibu tests: the rows as the user sees them, and clicking one. */
public final class Grids {

    private Grids() {
    }

    public static <T> List<T> items(Grid<T> grid) {
        int size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    public static <T> List<String> row(Grid<T> grid, Predicate<T> which) {
        return GridKt._getFormattedRow(grid, indexOf(grid, which));
    }

    public static <T> void click(Grid<T> grid, Predicate<T> which) {
        GridKt._clickItem(grid, indexOf(grid, which), 0, false, false, false, false);
    }

    /** The component a component column shows in the row (the column needs a key). */
    public static <T> Component cell(Grid<T> grid, Predicate<T> which, String columnKey) {
        return GridKt._getCellComponent(grid, indexOf(grid, which), columnKey);
    }

    private static <T> int indexOf(Grid<T> grid, Predicate<T> which) {
        var rows = items(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (which.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("No such row in the grid; rows: " + rows);
    }

}

package io.xxgk.core.extract;

import io.xxgk.core.source.GridCell;

import java.util.ArrayList;
import java.util.List;

/** The value cells of one template row as read, before they are matched to columns. */
final class RowCells {

    final String rowCode;
    final String rawLabel;
    final List<GridCell> values = new ArrayList<>();
    final GridCell labelCell;

    RowCells(String rowCode, String rawLabel, GridCell labelCell) {
        this.rowCode = rowCode;
        this.rawLabel = rawLabel;
        this.labelCell = labelCell;
    }

    /**
     * Fits the cells read to the number of columns: positions covered by a span go first, then extra empty cells
     * (trailing tabs, merged label columns) from the end, then from the start. Returns false when non-empty cells are left over.
     */
    boolean fitTo(int columns) {
        if (values.size() > columns) {
            values.removeIf(GridCell::covered);
        }
        while (values.size() > columns && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        while (values.size() > columns && values.get(0).isEmpty()) {
            values.remove(0);
        }
        return values.size() <= columns;
    }

    static String clean(String raw) {
        return raw.strip().replaceAll("\\s*\\n\\s*", "");
    }
}

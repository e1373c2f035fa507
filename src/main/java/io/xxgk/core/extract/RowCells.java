package io.xxgk.core.extract;

import io.xxgk.core.source.GridCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The value cells of one template row as read, before they are matched to columns. */
final class RowCells {

    /** A line break inside a cell with the spaces around it (a cell continued on the next line). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

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
        String s = raw.strip();
        return s.indexOf('\n') < 0 ? s : LINE_BREAK.matcher(s).replaceAll("");
    }
}

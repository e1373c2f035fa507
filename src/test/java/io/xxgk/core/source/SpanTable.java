package io.xxgk.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as its author lays it out: cells placed on a grid with rowspan and colspan. The fixture writers turn it
 * into HTML ({@code rowspan}/{@code colspan}) or DOCX ({@code w:gridSpan}/{@code w:vMerge}); a cell's rowspan can
 * grow after it is placed, as a label does when the rows below leave its column empty.
 */
final class SpanTable {

    enum Kind { HEADER, LABEL, VALUE, TEXT }

    static final class Cell {
        final String text;
        final Kind kind;
        final int top;
        final int left;
        int rowspan = 1;
        int colspan;

        Cell(String text, Kind kind, int top, int left, int colspan) {
            this.text = text;
            this.kind = kind;
            this.top = top;
            this.left = left;
            this.colspan = colspan;
        }
    }

    private final List<List<Cell>> grid = new ArrayList<>();
    private int row = -1;
    private int col;

    void newRow() {
        row++;
        col = 0;
        while (grid.size() <= row) {
            grid.add(new ArrayList<>());
        }
        skipOccupied();
    }

    int col() {
        return col;
    }

    /** Places a cell at the next free position of the current row. */
    Cell place(String text, int rowspan, int colspan, Kind kind) {
        skipOccupied();
        Cell cell = new Cell(text, kind, row, col, colspan);
        cell.rowspan = rowspan;
        for (int r = row; r < row + rowspan; r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            for (int c = col; c < col + colspan; c++) {
                set(r, c, cell);
            }
        }
        col += colspan;
        skipOccupied();
        return cell;
    }

    Cell place(String text, int colspan, Kind kind) {
        return place(text, 1, colspan, kind);
    }

    /** The cell above the current position, if it is of the given kind: the one an empty cell here continues. */
    Cell above(Kind kind) {
        if (row == 0 || col >= grid.get(row - 1).size()) {
            return null;
        }
        Cell c = grid.get(row - 1).get(col);
        return c != null && c.kind == kind ? c : null;
    }

    /** Extends the rowspan of the cell above over the current row; the position moves past its columns. */
    void extendAbove(Cell owner) {
        owner.rowspan++;
        for (int c = owner.left; c < owner.left + owner.colspan; c++) {
            set(row, c, owner);
        }
        col = owner.left + owner.colspan;
        skipOccupied();
    }

    /** Widens a cell of the current row by one column (it must end at the current position). */
    void widen(Cell cell) {
        if (cell.top != row || cell.left + cell.colspan != col) {
            throw new IllegalStateException("can only widen the cell just placed: " + cell.text);
        }
        set(row, col, cell);
        cell.colspan++;
        col++;
    }

    int rows() {
        return grid.size();
    }

    int width() {
        return grid.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell covering a position, or null for a gap. */
    Cell at(int r, int c) {
        List<Cell> cells = grid.get(r);
        return c < cells.size() ? cells.get(c) : null;
    }

    private void set(int r, int c, Cell cell) {
        List<Cell> cells = grid.get(r);
        while (cells.size() <= c) {
            cells.add(null);
        }
        if (cells.get(c) != null && cells.get(c) != cell) {
            throw new IllegalStateException("overlapping cells at row " + r + ", column " + c);
        }
        cells.set(c, cell);
    }

    private void skipOccupied() {
        List<Cell> cells = grid.get(row);
        while (col < cells.size() && cells.get(col) != null) {
            col++;
        }
    }
}

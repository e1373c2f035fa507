package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.model.SourceRef;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expands one HTML {@code <table>} into full grid rows: a cell with {@code colspan}/{@code rowspan} fills every
 * position it covers, the covered ones as empty {@link GridCell}s with {@code covered = true} whose source is the
 * covering cell's. Rows come from the table itself and its thead/tbody/tfoot, never from nested tables.
 */
final class HtmlTableGrid {

    /** HTML's own limits for spans (colspan ≤ 1000, rowspan ≤ 65534); larger values are clamped as browsers do. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    /** Expanded positions allowed per document: a report's tables have a few hundred; this bounds memory. */
    private final int maxCells;
    private int cells;

    HtmlTableGrid(int maxCells) {
        this.maxCells = maxCells;
    }

    /**
     * A table is layout, not data, when it holds other tables (page frames built from tables) or is a single cell
     * (a box around text): its content is read as running text and its inner tables as tables.
     */
    static boolean isLayout(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return true;
        }
        List<Element> rows = rows(table);
        return rows.size() <= 1 && (rows.isEmpty() || cellsOf(rows.get(0)).size() <= 1);
    }

    /** The expanded rows of a data table; {@code tableNo} is its 1-based index among all tables of the page. */
    List<DocBlock.Row> expand(Element table, int tableNo) throws ExtractionFailure {
        List<Element> trs = rows(table);
        List<DocBlock.Row> out = new ArrayList<>(trs.size());
        int[] coveredUntil = new int[0];   // per column: last row index a rowspan from above covers
        SourceRef[] coveredBy = new SourceRef[0];
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            List<GridCell> row = new ArrayList<>();
            int col = 0;
            int cellNo = 0;
            for (Element td : cellsOf(tr)) {
                cellNo++;
                while (col < coveredUntil.length && coveredUntil[col] >= r) {
                    row.add(new GridCell("", coveredBy[col], true));
                    col++;
                }
                SourceRef source = new SourceRef(td.sourceRange().start().lineNumber(),
                        "table[" + tableNo + "]/tr[" + (r + 1) + "]/" + td.normalName() + "[" + cellNo + "]");
                int colspan = span(td.attr("colspan"), 1, MAX_COLSPAN);
                int rowspan = span(td.attr("rowspan"), 0, MAX_ROWSPAN);
                int lastRow = rowspan == 0 ? trs.size() - 1 : r + rowspan - 1; // rowspan=0: to the end of the table
                row.add(new GridCell(HtmlText.ofCell(td), source));
                for (int k = 1; k < colspan; k++) {
                    row.add(new GridCell("", source, true));
                }
                if (lastRow > r) {
                    if (coveredUntil.length < col + colspan) {
                        int from = coveredUntil.length;
                        coveredUntil = Arrays.copyOf(coveredUntil, col + colspan);
                        coveredBy = Arrays.copyOf(coveredBy, col + colspan);
                        Arrays.fill(coveredUntil, from, coveredUntil.length, -1);
                    }
                    for (int k = col; k < col + colspan; k++) {
                        coveredUntil[k] = lastRow;
                        coveredBy[k] = source;
                    }
                }
                col += colspan;
            }
            SourceRef rowRef = new SourceRef(tr.sourceRange().start().lineNumber(),
                    "table[" + tableNo + "]/tr[" + (r + 1) + "]");
            col = fillCoveredTail(row, col, r, coveredUntil, coveredBy, rowRef);
            cells += col;
            if (cells > maxCells) {
                throw new ExtractionFailure(Reason.MALFORMED_TABLE, "table[" + tableNo + "] expands to more than "
                        + maxCells + " cells through its rowspan/colspan attributes; not a report table");
            }
            out.add(new DocBlock.Row(List.copyOf(row)));
        }
        return out;
    }

    /** Positions right of the last cell that a rowspan from above still covers (gaps before them stay empty). */
    private static int fillCoveredTail(List<GridCell> row, int col, int r, int[] coveredUntil, SourceRef[] coveredBy,
                                       SourceRef rowRef) {
        int last = -1;
        for (int k = col; k < coveredUntil.length; k++) {
            if (coveredUntil[k] >= r) {
                last = k;
            }
        }
        for (int k = col; k <= last; k++) {
            row.add(coveredUntil[k] >= r ? new GridCell("", coveredBy[k], true)
                    : new GridCell("", rowRef, false));
        }
        return Math.max(col, last + 1);
    }

    private static int span(String attr, int min, int max) {
        String digits = attr.strip();
        int end = 0;
        while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return 1; // missing or unparsable: browsers use 1
        }
        int n = Integer.parseInt(digits.substring(0, end));
        return Math.max(min, Math.min(max, n == 0 && min > 0 ? 1 : n));
    }

    /** The table's own rows, in document order: direct {@code tr} children and those of thead/tbody/tfoot. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(e -> e.normalName().equals("tr")).forEach(rows::add);
                default -> {
                }
            }
        }
        return rows;
    }

    private static List<Element> cellsOf(Element tr) {
        return tr.children().stream().filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
    }
}

package io.xxgk.core.source;

import io.xxgk.core.model.SourceRef;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntSupplier;

/**
 * Expands one Word table into full grid rows. A cell with {@code w:gridSpan} fills the grid columns it spans; a
 * cell continuing a vertical merge ({@code w:vMerge} without "restart") and a legacy horizontally merged cell
 * ({@code w:hMerge}) are positions covered by another cell: empty {@link GridCell}s with {@code covered = true}
 * and the covering cell's source. Columns a row skips ({@code w:gridBefore}/{@code w:gridAfter}) are empty cells.
 */
final class DocxTableGrid {

    /** Word's own grid limit is 63 columns; anything wider is not a real span. */
    private static final int MAX_SPAN = 64;

    private DocxTableGrid() {
    }

    /**
     * @param tableNo  the table's 1-based index among the body's tables
     * @param nextLine hands out the block ordinal used as the line of each row
     */
    static List<DocBlock.Row> expand(XWPFTable table, int tableNo, IntSupplier nextLine) {
        List<DocBlock.Row> out = new ArrayList<>();
        List<GridCell> above = List.of();
        int r = 0;
        for (XWPFTableRow tr : table.getRows()) {
            r++;
            int line = nextLine.getAsInt();
            SourceRef rowRef = new SourceRef(line, "table[" + tableNo + "]/tr[" + r + "]");
            CTTrPr trPr = tr.getCtRow().getTrPr();
            List<GridCell> row = new ArrayList<>();
            addEmpty(row, trPr == null ? 0 : skipped(trPr.getGridBeforeList()), rowRef);
            int c = 0;
            for (XWPFTableCell tc : tr.getTableCells()) {
                c++;
                SourceRef source = new SourceRef(line, rowRef.location() + "/tc[" + c + "]");
                CTTcPr tcPr = tc.getCTTc().getTcPr();
                int span = tcPr != null && tcPr.isSetGridSpan() ? clamp(tcPr.getGridSpan().getVal().intValue()) : 1;
                int col = row.size();
                if (continuesVerticalMerge(tcPr) && col < above.size()) {
                    addCovered(row, span, above.get(col).source()); // the cell above is the owner or covered by it
                } else if (continuesHorizontalMerge(tcPr) && !row.isEmpty()) {
                    addCovered(row, span, row.get(row.size() - 1).source());
                } else {
                    row.add(new GridCell(text(tc), source));
                    addCovered(row, span - 1, source);
                }
            }
            addEmpty(row, trPr == null ? 0 : skipped(trPr.getGridAfterList()), rowRef);
            out.add(new DocBlock.Row(List.copyOf(row)));
            above = row;
        }
        return out;
    }

    /** Paragraphs of the cell, one line each; a nested table's rows as lines of their cells' text. */
    private static String text(XWPFTableCell tc) {
        StringJoiner lines = new StringJoiner("\n");
        for (IBodyElement element : tc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    StringJoiner cells = new StringJoiner(" ");
                    row.getTableCells().forEach(cell -> cells.add(text(cell)));
                    lines.add(cells.toString());
                }
            }
        }
        return CellText.clean(lines.toString());
    }

    private static boolean continuesVerticalMerge(CTTcPr tcPr) {
        return tcPr != null && tcPr.isSetVMerge()
                && (!tcPr.getVMerge().isSetVal() || tcPr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static boolean continuesHorizontalMerge(CTTcPr tcPr) {
        return tcPr != null && tcPr.isSetHMerge()
                && (!tcPr.getHMerge().isSetVal() || tcPr.getHMerge().getVal() == STMerge.CONTINUE);
    }

    private static int skipped(List<CTDecimalNumber> values) {
        return values.isEmpty() ? 0 : clamp(values.get(0).getVal().intValue());
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(MAX_SPAN, span));
    }

    private static void addCovered(List<GridCell> row, int n, SourceRef owner) {
        for (int k = 0; k < n; k++) {
            row.add(new GridCell("", owner, true));
        }
    }

    private static void addEmpty(List<GridCell> row, int n, SourceRef rowRef) {
        for (int k = 0; k < n; k++) {
            row.add(new GridCell("", rowRef));
        }
    }
}

package io.xxgk.core.extract;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * The T2 value cells of one template version laid out once, not once per report: for each cell of the code book
 * (in template order) its row among the distinct rows, its column among {@link T2Parser#COLUMNS} and the column
 * label as printed in the template. Never changed after construction; the arrays are not to be written.
 */
final class T2Grid {

    final List<CellDef> cells;
    /** Distinct row codes in the order they first occur, and the row label of that first cell. */
    final List<String> rowCodes;
    final List<String> rowLabels;
    final int[] rowOf;
    /** -1 for a column code not in {@link T2Parser#COLUMNS}. */
    final int[] columnOf;
    /** The column's own label, the last part of {@code 申请人情况 > 法人或其他组织 > 商业企业}. */
    final String[] rawColumnOf;

    T2Grid(CodeBook codes, TemplateVersion version) {
        cells = codes.cells(version, TableCode.T2);
        rowOf = new int[cells.size()];
        columnOf = new int[cells.size()];
        rawColumnOf = new String[cells.size()];
        List<String> rowCodes = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            CellDef def = cells.get(i);
            int row = rowCodes.indexOf(def.rowCode());
            if (row < 0) {
                row = rowCodes.size();
                rowCodes.add(def.rowCode());
                rowLabels.add(def.rowLabel());
            }
            rowOf[i] = row;
            columnOf[i] = T2Parser.COLUMNS.indexOf(def.colCode());
            String label = def.colLabel();
            rawColumnOf[i] = label.substring(label.lastIndexOf('>') + 1).strip();
        }
        this.rowCodes = List.copyOf(rowCodes);
        this.rowLabels = List.copyOf(rowLabels);
    }
}

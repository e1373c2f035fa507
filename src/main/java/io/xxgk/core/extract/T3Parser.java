package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.core.source.DocBlock;
import io.xxgk.core.source.GridCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads T3 (行政复议、行政诉讼): header rows naming the procedures and the five outcomes, then one row of fifteen
 * values (复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5), possibly split over several physical rows. The table is the
 * same in both templates.
 */
final class T3Parser {

    private static final int VALUES = 15;
    private static final Set<String> OUTCOMES = Set.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");

    private final CodeBook codes;
    private final List<String> issues;

    T3Parser(CodeBook codes, List<String> issues) {
        this.codes = codes;
        this.issues = issues;
    }

    TableResult parse(List<DocBlock.Row> rows, TemplateVersion version) throws ExtractionFailure {
        List<String> outcomeLabels = new ArrayList<>();
        List<String> procedures = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        for (DocBlock.Row row : rows) {
            if (values.size() >= VALUES) {
                break;
            }
            boolean header = false;
            for (GridCell cell : row.cells()) {
                LabelDictionary.Match<String> m = TemplateLabels.T3_LABELS.match(LabelNormalizer.label(cell.text()).core());
                if (m != null) {
                    header = true;
                    (OUTCOMES.contains(m.code()) ? outcomeLabels : procedures).add(RowCells.clean(cell.text()));
                }
            }
            if (header) {
                continue;
            }
            if (!isValueRow(row) || procedures.isEmpty()) {
                if (row.cells().stream().anyMatch(c -> !c.isEmpty())) {
                    issues.add("T3 row not in the template skipped at " + row.source());
                }
                continue;
            }
            row.cells().stream().filter(c -> !c.covered()).forEach(values::add);
        }
        if (procedures.isEmpty()) {
            throw new ExtractionFailure(Reason.TABLES_MISSING,
                    "T3 (行政复议、行政诉讼情况) has no header naming 行政复议 and 行政诉讼");
        }
        while (values.size() > VALUES && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        if (values.size() < VALUES) {
            throw new ExtractionFailure(Reason.ROWS_MISSING, "T3 has " + values.size()
                    + " of 15 value cells (行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5); the table is cut short");
        }
        if (values.size() > VALUES) {
            issues.add("T3 has " + values.size() + " value cells for 15 columns; the first 15 are used");
        }
        if (outcomeLabels.size() != VALUES) {
            issues.add("T3 header shows " + outcomeLabels.size() + " outcome labels instead of 15");
        }
        List<Cell> cells = new ArrayList<>();
        List<CellDef> defs = codes.cells(version, TableCode.T3);
        for (int i = 0; i < defs.size(); i++) {
            CellDef def = defs.get(i);
            String rawCol = outcomeLabels.size() == VALUES ? outcomeLabels.get(i) : "";
            cells.add(CellFactory.read(def, version, def.rowLabel(), rawCol, values.get(i)));
        }
        return new TableResult(version, "T3 is the same in both templates", cells);
    }

    /**
     * After the header, a row without labels holds values, text in a value slot included (见附件, 不详 are
     * NON_NUMERIC cells, not a reason to drop the row). Only a row of nothing but sentences is stray text.
     */
    private static boolean isValueRow(DocBlock.Row row) {
        return row.cells().stream().anyMatch(c -> c.isEmpty() || ValueParser.parse(c.text()).isValueLike()
                || c.text().strip().length() <= MAX_TEXT_VALUE_LENGTH);
    }

    /** Longer text in a value slot is a sentence that strayed into the table, not a cell value. */
    private static final int MAX_TEXT_VALUE_LENGTH = 12;
}

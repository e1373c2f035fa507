package io.xxgk.generate;

import io.xxgk.core.model.TableCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logical rows of the three tables of one report, built from codes.tsv (labels, order, columns) and the
 * report's truth: what every layout prints, before the layout decides how (one cell per line, tab rows, broken
 * cells). Labels already carry the report's {@link LabelStyle}.
 */
final class TableRows {

    /** A T1 block: its 第二十条第（X）项 header, its column labels and its data rows. */
    record T1Block(String code, String header, List<String> columns, List<T1Row> rows) {
    }

    record T1Row(String rowCode, String label, List<TruthCell> values) {
    }

    /**
     * A T2 data row as the template prints it: one label cell per level of its label path, empty where a rowspan
     * of the row above covers the level (三、本年度办理结果, （三）不予公开 …), then seven values.
     */
    record T2Row(String rowCode, List<String> labels, List<TruthCell> values) {
        int level() {
            return labels.size() - 1;
        }
    }

    static final List<String> T3_OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private TableRows() {
    }

    static List<T1Block> t1(ReportTruth truth, LabelStyle style) {
        Map<String, List<TruthCell>> byBlock = new LinkedHashMap<>();
        for (TruthCell c : truth.cells(TableCode.T1)) {
            byBlock.computeIfAbsent(c.def().block(), k -> new ArrayList<>()).add(c);
        }
        List<T1Block> blocks = new ArrayList<>();
        for (List<TruthCell> cells : byBlock.values()) {
            String[] path = cells.get(0).def().rowLabel().split(" > ");
            Map<String, List<TruthCell>> byRow = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>();
            for (TruthCell c : cells) {
                byRow.computeIfAbsent(c.def().rowCode(), k -> new ArrayList<>()).add(c);
                String col = style.t1Column(c.def().colLabel());
                if (!columns.contains(col)) {
                    columns.add(col);
                }
            }
            List<T1Row> rows = new ArrayList<>();
            for (List<TruthCell> rowCells : byRow.values()) {
                String label = rowCells.get(0).def().rowLabel().split(" > ")[1];
                rows.add(new T1Row(rowCells.get(0).def().rowCode(), style.t1Row(label), rowCells));
            }
            blocks.add(new T1Block(cells.get(0).def().block(), style.t1Block(path[0]), columns, rows));
        }
        return blocks;
    }

    static List<T2Row> t2(ReportTruth truth, LabelStyle style) {
        Map<String, List<TruthCell>> byRow = new LinkedHashMap<>();
        for (TruthCell c : truth.cells(TableCode.T2)) {
            byRow.computeIfAbsent(c.def().rowCode(), k -> new ArrayList<>()).add(c);
        }
        List<T2Row> rows = new ArrayList<>();
        String[] previous = new String[0];
        for (Map.Entry<String, List<TruthCell>> e : byRow.entrySet()) {
            String[] path = e.getValue().get(0).def().rowLabel().split(" > ");
            List<String> labels = new ArrayList<>();
            for (int level = 0; level < path.length; level++) {
                boolean coveredBySpan = level < path.length - 1 && level < previous.length
                        && path[level].equals(previous[level]);
                labels.add(coveredBySpan ? "" : style.t2Row(path[level]));
            }
            rows.add(new T2Row(e.getKey(), labels, e.getValue()));
            previous = path;
        }
        return rows;
    }

    static List<TruthCell> t3(ReportTruth truth) {
        return truth.cells(TableCode.T3);
    }

    /** The value texts of some cells, in order. */
    static List<String> raw(List<TruthCell> cells) {
        return cells.stream().map(TruthCell::valueRaw).toList();
    }
}

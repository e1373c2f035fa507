package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.core.source.DocBlock;
import io.xxgk.core.source.GridCell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads T2 (收到和处理政府信息公开申请情况). Each row is identified by its own label, after normalisation; the
 * values are the cells after the row's last label. Group labels (（三）不予公开 …) may sit in the row of their first
 * sub-row, repeat after a page break or be missing: sub-row labels are unique without them, except 3.其他, which
 * needs the （六） group. V2021 is recognised by the three sub-rows under （六）其他处理.
 */
final class T2Parser {

    static final List<String> COLUMNS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL");
    private static final Set<String> GROUPS = Set.of("RESULT", "RESULT.DENY", "RESULT.UNABLE", "RESULT.NOT_PROCESSED");

    private final Map<TemplateVersion, T2Grid> grids;
    private final List<String> issues;

    /** @param grids the T2 cells of each template version, laid out by {@link #grids(CodeBook)} */
    T2Parser(Map<TemplateVersion, T2Grid> grids, List<String> issues) {
        this.grids = grids;
        this.issues = issues;
    }

    /** The T2 layout of every template version, made once per code book and shared by the parsers (read only). */
    static Map<TemplateVersion, T2Grid> grids(CodeBook codes) {
        Map<TemplateVersion, T2Grid> grids = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion v : TemplateVersion.values()) {
            grids.put(v, new T2Grid(codes, v));
        }
        return Collections.unmodifiableMap(grids);
    }

    TableResult parse(List<DocBlock.Row> rows) throws ExtractionFailure {
        Map<String, RowCells> read = readRows(rows);
        boolean v2021 = read.keySet().stream().anyMatch(k -> k.startsWith("RESULT.OTHER."));
        TemplateVersion version = v2021 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        String evidence = v2021 ? "T2 （六）其他处理 has the V2021 sub-rows (逾期不补正 / 未按收费通知缴纳费用 / 其他)"
                : "T2 （六）其他处理 is one row with its own values (V2019)";
        RowCells otherGroup = v2021 ? read.remove("RESULT.OTHER") : null;
        if (otherGroup != null && otherGroup.values.stream().anyMatch(c -> !c.isEmpty())) {
            issues.add("T2 prints values on the V2021 group row （六）其他处理 as well as on its sub-rows; "
                    + "the group row's values are not template cells and were not loaded");
        }
        T2Grid grid = grids.get(version);
        requireAllRows(read, grid);
        RowCells[] gridRows = new RowCells[grid.rowCodes.size()]; // one lookup per row, not one per cell
        for (int r = 0; r < gridRows.length; r++) {
            gridRows[r] = read.get(grid.rowCodes.get(r));
        }
        List<Cell> cells = new ArrayList<>(grid.cells.size());
        for (int i = 0; i < grid.cells.size(); i++) {
            CellDef def = grid.cells.get(i);
            RowCells row = gridRows[grid.rowOf[i]];
            int col = grid.columnOf[i];
            String rawCol = grid.rawColumnOf[i];
            if (col < row.values.size()) {
                cells.add(CellFactory.read(def, version, row.rawLabel, rawCol, row.values.get(col)));
            } else {
                cells.add(CellFactory.missing(def, version, row.rawLabel, rawCol, row.labelCell.source()));
            }
        }
        return new TableResult(version, evidence, cells);
    }

    private Map<String, RowCells> readRows(List<DocBlock.Row> rows) {
        Map<String, RowCells> read = new LinkedHashMap<>();
        String group = "";
        RowCells pending = null;
        for (DocBlock.Row row : rows) {
            List<GridCell> cells = row.cells();
            List<String> rawLabels = new ArrayList<>();
            String leaf = null;
            int lastLabel = -1;
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (leaf != null && !cell.isEmpty() && ValueParser.parse(cell.text()).isValueLike()) {
                    break; // the first value ends the labels
                }
                LabelNormalizer.Label label = LabelNormalizer.label(cell.text());
                if (label.isNumberOnly()) {
                    lastLabel = i;
                    continue;
                }
                String code = matchRow(label, group);
                if (code == null) {
                    continue;
                }
                rawLabels.add(RowCells.clean(cell.text()));
                lastLabel = i;
                leaf = code;
                // 三、本年度办理结果 printed again after a page break [S:004] must not end the （六） group of 3.其他
                boolean repeatedTop = code.equals("RESULT") && group.startsWith("RESULT.");
                if (!repeatedTop && (GROUPS.contains(code) || code.equals("RESULT.OTHER"))) {
                    group = code;
                }
            }
            if (leaf == null) {
                pending = continuePending(pending, cells, read);
                continue;
            }
            List<GridCell> values = cells.subList(lastLabel + 1, cells.size());
            if (GROUPS.contains(leaf)) {
                pending = null;
                continue; // a group label alone on its row
            }
            if (read.containsKey(leaf)) {
                issues.add("T2 row " + String.join(" > ", rawLabels) + " at " + row.source() + " repeats an earlier row; ignored");
                pending = null;
                continue;
            }
            String rawLabel = rawLabels.size() == 1 ? rawLabels.get(0) : String.join(" > ", rawLabels);
            RowCells rc = new RowCells(leaf, rawLabel, cells.get(lastLabel));
            rc.values.addAll(values);
            read.put(leaf, rc);
            pending = rc.values.size() < COLUMNS.size() ? rc : null;
        }
        for (RowCells rc : read.values()) {
            if (!rc.fitTo(COLUMNS.size())) {
                issues.add("T2 row " + rc.rawLabel + " has " + rc.values.size() + " value cells for 7 columns; the first 7 are used");
                rc.values.subList(COLUMNS.size(), rc.values.size()).clear();
            } else if (rc.values.size() < COLUMNS.size()) {
                issues.add("T2 row " + rc.rawLabel + " has only " + rc.values.size() + " of 7 value cells; the rest are BLANK");
            }
        }
        return read;
    }

    /** A row without a label: the rest of a row split across lines, an empty row, or stray text. */
    private RowCells continuePending(RowCells pending, List<GridCell> cells, Map<String, RowCells> read) {
        if (allEmpty(cells)) {
            return pending;
        }
        // the header rows before the first data row are not parsed as values: they could only be skipped
        if (pending != null && !read.isEmpty() && allValueLike(cells)) {
            pending.values.addAll(cells);
            return pending.values.size() < COLUMNS.size() ? pending : null;
        }
        if (!read.isEmpty()) { // text before the first data row is header
            String text = cells.stream().map(c -> RowCells.clean(c.text())).filter(s -> !s.isEmpty())
                    .reduce((a, b) -> a + " | " + b).orElse("");
            issues.add("T2 row not in the template skipped at " + cells.get(0).source() + ": " + abbreviate(text));
        }
        return null;
    }

    private static boolean allEmpty(List<GridCell> cells) {
        for (GridCell c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allValueLike(List<GridCell> cells) {
        for (GridCell c : cells) {
            if (!ValueParser.parse(c.text()).isValueLike()) {
                return false;
            }
        }
        return true;
    }

    /** Row code for a label, using the current group for the one ambiguous sub-label (3.其他 under （六）). */
    static String matchRow(LabelNormalizer.Label label, String group) {
        String core = label.core();
        if (core.equals("其他")) {
            if (label.number().equals("六")) {
                return "RESULT.OTHER";
            }
            return group.equals("RESULT.OTHER") ? "RESULT.OTHER.OTHER" : null;
        }
        if (core.startsWith("属于") && core.length() > 2) {
            LabelDictionary.Match<String> m = TemplateLabels.T2_ROWS.match(core);
            if (m != null) {
                return m.code();
            }
            core = core.substring(2);
        }
        LabelDictionary.Match<String> m = TemplateLabels.T2_ROWS.match(core);
        if (m == null) {
            return null;
        }
        // 总计 is both a row (（七）总计) and a column header; only the numbered one is a row here
        if (m.code().equals("RESULT.TOTAL") && label.number().isEmpty()) {
            return null;
        }
        return m.code();
    }

    private void requireAllRows(Map<String, RowCells> read, T2Grid grid) throws ExtractionFailure {
        Map<String, String> missing = new LinkedHashMap<>();
        for (int r = 0; r < grid.rowCodes.size(); r++) {
            if (!read.containsKey(grid.rowCodes.get(r))) {
                missing.put(grid.rowCodes.get(r), grid.rowLabels.get(r));
            }
        }
        if (read.isEmpty()) {
            throw new ExtractionFailure(Reason.TABLES_MISSING,
                    "T2 (收到和处理政府信息公开申请情况) has a header but no rows that could be read");
        }
        if (!missing.isEmpty()) {
            throw new ExtractionFailure(Reason.ROWS_MISSING, "T2 is missing " + missing.size() + " of "
                    + grid.cells.size() / COLUMNS.size() + " rows: "
                    + String.join("; ", missing.values()));
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads T1 (主动公开政府信息情况), a stack of blocks 第二十条第（X）项, each with a {@code 信息内容} header row and data
 * rows. Columns are identified by their header labels, not by their place in the template: a value belongs to the
 * header cell at the same offset from the end of the row label as it is from the end of {@code 信息内容} (in grids
 * from HTML/DOCX, positions a span covers are skipped as values and inherit the spanning header's label). Header
 * cells split over two physical rows are joined column by column. The template version follows from the column
 * labels.
 */
final class T1Parser {

    private static final Set<String> V2019_COLUMNS = Set.of("NEW_MADE", "NEW_PUBLISHED", "TOTAL_PUBLISHED",
            "PREV_YEAR_ITEMS", "YEAR_CHANGE", "DECISIONS_V2019", "PROJECT_COUNT", "TOTAL_AMOUNT");
    private static final List<String> COLUMN_LABELS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量",
            "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额", "本年制发件数", "本年废止件数",
            "现行有效件数", "本年处理决定数量", "本年收费金额");

    private final CodeBook codes;
    private final Vocabulary vocabulary;
    private final List<String> issues;

    /**
     * What the code book says of T1, worked out once per code book and only read afterwards: the block each row code
     * belongs to (as the first cell with that row code in either version says) and the categories of each version.
     */
    record Vocabulary(Map<String, String> blockOfRow, Map<TemplateVersion, Set<String>> categories,
                      Map<TemplateVersion, Map<String, Set<String>>> columnsOfRow) {

        static Vocabulary of(CodeBook codes) {
            Map<String, String> blockOfRow = new HashMap<>();
            Map<TemplateVersion, Set<String>> categories = new EnumMap<>(TemplateVersion.class);
            for (TemplateVersion v : TemplateVersion.values()) {
                Set<String> ofVersion = new HashSet<>();
                for (CellDef d : codes.cells(v, TableCode.T1)) {
                    blockOfRow.putIfAbsent(d.rowCode(), d.block());
                    ofVersion.add(d.category());
                }
                categories.put(v, Set.copyOf(ofVersion));
            }
            // the same answer by row code: the columns C for which "block.row|C" is a category of the version
            Map<TemplateVersion, Map<String, Set<String>>> columnsOfRow = new EnumMap<>(TemplateVersion.class);
            for (TemplateVersion v : TemplateVersion.values()) {
                Map<String, Set<String>> byRow = new HashMap<>();
                for (Map.Entry<String, String> row : blockOfRow.entrySet()) {
                    String prefix = row.getValue() + "." + row.getKey() + "|";
                    Set<String> columns = new HashSet<>();
                    for (String category : categories.get(v)) {
                        if (category.startsWith(prefix)) {
                            columns.add(category.substring(prefix.length()));
                        }
                    }
                    byRow.put(row.getKey(), Set.copyOf(columns));
                }
                columnsOfRow.put(v, Map.copyOf(byRow));
            }
            return new Vocabulary(Map.copyOf(blockOfRow), Collections.unmodifiableMap(categories),
                    Collections.unmodifiableMap(columnsOfRow));
        }

        /** True when the version has a T1 cell for this row and column (what {@link CodeBook#find} finds). */
        boolean hasCell(TemplateVersion version, String rowCode, String colCode) {
            Set<String> columns = columnsOfRow.get(version).get(rowCode);
            if (columns != null) {
                return columns.contains(colCode);
            }
            return categories.get(version).contains("." + rowCode + "|" + colCode); // a row code of no block
        }
    }

    /** What was read for one data row: row code, raw label, and value cells by column code. */
    private record RowRead(String rowCode, String rawLabel, GridCell labelCell, Map<String, GridCell> byColumn,
                           Map<String, String> rawColumns) {
    }

    T1Parser(CodeBook codes, Vocabulary vocabulary, List<String> issues) {
        this.codes = codes;
        this.vocabulary = vocabulary;
        this.issues = issues;
    }

    TableResult parse(List<DocBlock.Row> rows) throws ExtractionFailure {
        Map<String, RowRead> read = new LinkedHashMap<>();
        Set<String> evidence19 = new LinkedHashSet<>();
        Set<String> evidence21 = new LinkedHashSet<>();
        List<String> header = new ArrayList<>();
        List<String> columnCodes = null; // the header's column codes, resolved once per header, not once per row
        int headerStart = -1;
        boolean headerOpen = false;
        for (DocBlock.Row row : rows) {
            List<GridCell> cells = row.cells();
            String[] normalized = normalized(cells); // once per cell for the block, header and row-label tests
            if (hasBlockHeader(normalized)) {
                header = new ArrayList<>();
                columnCodes = null;
                headerOpen = false;
                continue;
            }
            int first = firstNonEmpty(cells);
            if (first < 0) {
                continue;
            }
            if (normalized[first].equals("信息内容")) {
                header = new ArrayList<>();
                columnCodes = null;
                headerStart = spanEnd(cells, first);
                for (int j = headerStart + 1; j < cells.size(); j++) {
                    GridCell cell = cells.get(j);
                    // a position covered by a header cell's colspan belongs to that header's column
                    boolean spanned = cell.covered() && !header.isEmpty()
                            && cell.source().equals(cells.get(j - 1).source());
                    header.add(spanned ? header.get(header.size() - 1) : cell.text());
                }
                headerOpen = true;
                continue;
            }
            int labelAt = -1;
            String rowCode = null;
            boolean extraRow = false;
            for (int j = 0; j < cells.size() && rowCode == null; j++) {
                String core = LabelNormalizer.labelOfNormalized(normalized[j]).core();
                if (core.startsWith(TemplateLabels.T1_EXTRA_ROW_PREFIX)) {
                    issues.add("T1 non-template row 其他主动公开文件 at " + row.source() + " was not loaded");
                    extraRow = true;
                    break;
                }
                LabelDictionary.Match<String> m = TemplateLabels.T1_ROWS.match(core);
                if (m != null) {
                    rowCode = m.code();
                    labelAt = j;
                    if (core.equals("行政规范性文件")) {
                        evidence21.add("行政规范性文件");
                    } else if (rowCode.equals("OTHER_MGMT_SERVICE") || rowCode.equals("CENTRAL_PROCUREMENT")) {
                        evidence19.add(m.canonical());
                    }
                }
            }
            if (extraRow) {
                continue; // reported once above, not again as an unknown row
            }
            if (rowCode == null) {
                if (headerOpen && cells.stream().noneMatch(c -> ValueParser.parse(c.text()).status().hasValue())) {
                    mergeHeaderContinuation(header, cells, headerStart);
                    columnCodes = null;
                } else if (cells.stream().anyMatch(c -> !c.isEmpty() && !MetadataSentences.isSentence(c.text()))) {
                    issues.add("T1 row not in the template skipped at " + row.source());
                }
                continue;
            }
            headerOpen = false;
            if (read.containsKey(rowCode)) {
                issues.add("T1 row " + RowCells.clean(cells.get(labelAt).text()) + " at " + row.source()
                        + " repeats an earlier row; ignored");
                continue;
            }
            if (columnCodes == null) {
                // resolving again would only add the same labels to the evidence sets again, which changes nothing
                columnCodes = resolveColumns(header, evidence19, evidence21);
            }
            RowRead rr = new RowRead(rowCode, RowCells.clean(cells.get(labelAt).text()), cells.get(labelAt),
                    new LinkedHashMap<>(), new LinkedHashMap<>());
            int labelEnd = spanEnd(cells, labelAt);
            for (int j = labelEnd + 1; j < cells.size(); j++) {
                GridCell cell = cells.get(j);
                if (cell.covered()) {
                    continue; // part of a value's colspan or of a rowspan from above, never a value of its own
                }
                if (MetadataSentences.isSentence(cell.text())) {
                    issues.add("T1 row " + rr.rawLabel() + " holds a sentence where its values should be ("
                            + T2Parser.abbreviate(RowCells.clean(cell.text())) + "); its values are BLANK");
                    continue;
                }
                int k = j - labelEnd - 1;
                String col = k < columnCodes.size() ? columnCodes.get(k) : null;
                if (col == null) {
                    if (!cell.isEmpty()) {
                        issues.add("T1 value '" + cell.text().strip() + "' at " + cell.source() + " has no column header");
                    }
                    continue;
                }
                GridCell earlier = rr.byColumn().get(col);
                if (earlier == null || earlier.isEmpty() && !cell.isEmpty()) { // under a spanning header: first filled
                    rr.byColumn().put(col, cell);
                    rr.rawColumns().put(col, RowCells.clean(header.get(k)));
                }
            }
            read.put(rowCode, rr);
        }
        if (read.isEmpty()) {
            throw new ExtractionFailure(Reason.TABLES_MISSING, "T1 (主动公开政府信息情况) has no rows that could be read");
        }
        TemplateVersion version = evidence21.size() > evidence19.size() ? TemplateVersion.V2021 : TemplateVersion.V2019;
        String evidence = "T1 labels " + String.join(", ", version == TemplateVersion.V2021 ? evidence21 : evidence19)
                + (evidence19.isEmpty() || evidence21.isEmpty() ? "" : " (mixed with "
                + String.join(", ", version == TemplateVersion.V2021 ? evidence19 : evidence21) + ")");
        return new TableResult(version, evidence, cells(read, version));
    }

    private List<Cell> cells(Map<String, RowRead> read, TemplateVersion version) throws ExtractionFailure {
        Map<String, String> missingRows = new LinkedHashMap<>();
        List<Cell> cells = new ArrayList<>();
        for (CellDef def : codes.cells(version, TableCode.T1)) {
            RowRead rr = read.get(def.rowCode());
            if (rr == null) {
                missingRows.putIfAbsent(def.rowCode(), def.rowLabel());
                continue;
            }
            GridCell cell = rr.byColumn().get(def.colCode());
            String rawCol = rr.rawColumns().getOrDefault(def.colCode(), "");
            cells.add(cell != null ? CellFactory.read(def, version, rr.rawLabel(), rawCol, cell)
                    : CellFactory.missing(def, version, rr.rawLabel(), rawCol, rr.labelCell().source()));
        }
        if (!missingRows.isEmpty()) {
            throw new ExtractionFailure(Reason.ROWS_MISSING, "T1 (" + version + ") is missing " + missingRows.size()
                    + (missingRows.size() == 1 ? " row: " : " rows: ") + String.join("; ", missingRows.values()));
        }
        for (RowRead rr : read.values()) {
            for (String col : rr.byColumn().keySet()) {
                if (!vocabulary.hasCell(version, rr.rowCode(), col) && !rr.byColumn().get(col).isEmpty()) {
                    issues.add("T1 row " + rr.rawLabel() + " column " + rr.rawColumns().get(col)
                            + " is not a " + version + " cell (mixed template); not loaded");
                }
            }
        }
        return cells;
    }

    /** Column codes for the header cells; V2019/V2021 share DECISIONS, told apart only for the evidence. */
    private List<String> resolveColumns(List<String> header, Set<String> evidence19, Set<String> evidence21) {
        List<String> out = new ArrayList<>();
        for (String raw : header) {
            String core = LabelNormalizer.label(raw).core();
            LabelDictionary.Match<String> m = TemplateLabels.T1_COLUMNS.match(core);
            String code = m != null ? m.code() : matchFragment(core);
            if (code == null) {
                out.add(null);
                continue;
            }
            String label = RowCells.clean(raw);
            (V2019_COLUMNS.contains(code) ? evidence19 : evidence21).add(label);
            out.add(code.startsWith("DECISIONS") ? "DECISIONS" : code);
        }
        return out;
    }

    /** A header cell cut short by a page or line break: the one column label it begins or ends. */
    private static String matchFragment(String core) {
        if (core.length() < 2) {
            return null;
        }
        String found = null;
        for (String label : COLUMN_LABELS) {
            if (label.startsWith(core) || label.endsWith(core)) {
                if (found != null) {
                    return null;
                }
                found = label;
            }
        }
        return found == null ? null : TemplateLabels.T1_COLUMNS.match(found).code();
    }

    private static void mergeHeaderContinuation(List<String> header, List<GridCell> cells, int headerStart) {
        for (int j = headerStart + 1; j < cells.size(); j++) {
            int k = j - headerStart - 1;
            String text = cells.get(j).text();
            if (text.isBlank()) {
                continue;
            }
            while (header.size() <= k) {
                header.add("");
            }
            header.set(k, header.get(k) + "\n" + text);
        }
    }

    /**
     * The last position of cell {@code i}'s colspan (i itself without one). Offsets count from there, so a label
     * spanning more columns than 信息内容 (a misaligned colspan) does not shift its values into the wrong columns.
     */
    private static int spanEnd(List<GridCell> cells, int i) {
        int end = i;
        while (end + 1 < cells.size() && cells.get(end + 1).covered()
                && cells.get(end + 1).source().equals(cells.get(i).source())) {
            end++;
        }
        return end;
    }

    private static String[] normalized(List<GridCell> cells) {
        String[] normalized = new String[cells.size()];
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = LabelNormalizer.normalize(cells.get(i).text());
        }
        return normalized;
    }

    /** True for a row holding a 第二十条第（X）项 block header. */
    private static boolean hasBlockHeader(String[] normalizedCells) {
        for (String s : normalizedCells) {
            if (TemplateLabels.t1Block(s) != null) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonEmpty(List<GridCell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}

package io.xxgk.cli;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ReportMetadata;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.validate.Finding;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an extracted report the way a person reads the printed tables: one line per template row, one column per
 * template column. Blanks are shown as {@value #BLANK_MARK} so they are never mistaken for zeros.
 */
final class TableView {

    static final String BLANK_MARK = "□";
    private static final int LABEL_WIDTH = 34;

    private final PrintWriter out;

    TableView(PrintWriter out) {
        this.out = out;
    }

    void print(String fileName, String reportId, ReportParser.Parsed parsed, List<Finding> findings) {
        ExtractedReport report = parsed.report();
        ReportMetadata m = report.metadata();
        out.println(fileName + "  (report " + reportId + ", " + parsed.format() + ", " + parsed.charset() + ")");
        out.println("  agency:    " + m.agency() + (m.agency().equals(m.agencyRaw()) ? "" : "  (title: " + m.agencyRaw() + ")"));
        out.println("  year:      " + m.year() + "  (from the " + m.yearSource() + ")");
        out.println("  template:  " + m.template() + " detected, " + m.templateExpected() + " expected for "
                + m.year() + "; tables " + report.tableTemplates());
        m.templateEvidence().forEach(e -> out.println("             - " + e));
        if (m.disclosureTotalCount() != null) {
            out.println("  发布总数量: " + m.disclosureTotalCount().toPlainString());
        }
        if (!m.publicationDate().isEmpty()) {
            out.println("  published: " + m.publicationDate());
        }
        m.notes().forEach(n -> out.println("  注:        " + n));
        for (TableCode table : TableCode.values()) {
            printTable(table, report.cells(table));
        }
        out.println();
        out.println("Legend: " + BLANK_MARK + " blank cell (not zero); '-' '/' as printed are placeholders; "
                + "\"text\" is a non-numeric cell.");
        printFindings(findings);
    }

    /** Findings under the tables: failures first, then what could not be evaluated, then notes. */
    private void printFindings(List<Finding> findings) {
        out.println();
        if (findings.isEmpty()) {
            out.println("Findings: none (every consistency rule holds)");
            return;
        }
        out.println("Findings (" + findings.size() + "):");
        findings.stream()
                .sorted(java.util.Comparator.comparing(Finding::severity))
                .forEach(f -> out.println("  " + pad(f.severity().name(), 6) + pad(f.rule(), 18) + f.message()));
    }

    private void printTable(TableCode table, List<Cell> cells) {
        out.println();
        out.println(table + " " + table.title() + " (" + cells.get(0).template() + ", " + cells.size() + " cells)");
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        for (Cell c : cells) {
            String row = (c.def().block().isEmpty() ? "" : c.def().block() + " ") + c.def().rowLabel();
            byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(c);
        }
        List<String> header = null;
        for (Map.Entry<String, List<Cell>> e : byRow.entrySet()) {
            List<String> cols = e.getValue().stream().map(c -> shortLabel(c.def().colLabel())).toList();
            if (!cols.equals(header)) {
                header = cols;
                out.println("  " + pad("", LABEL_WIDTH) + String.join("", cols.stream().map(h -> pad(h, 14)).toList()));
            }
            StringBuilder line = new StringBuilder("  ").append(pad(shortLabel(e.getKey()), LABEL_WIDTH));
            for (Cell c : e.getValue()) {
                line.append(pad(show(c), 14));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String show(Cell c) {
        if (c.status() == CellStatus.BLANK) {
            return BLANK_MARK;
        }
        if (c.status() == CellStatus.NON_NUMERIC) {
            return "\"" + c.valueRaw() + "\"";
        }
        return c.valueRaw();
    }

    private static String shortLabel(String path) {
        String last = path.substring(path.lastIndexOf('>') + 1).strip();
        return last.length() > 15 ? last.substring(0, 14) + "…" : last;
    }

    /** Pads to a display width, counting CJK characters as two columns. */
    static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w >= width ? s + " " : s + " ".repeat(width - w);
    }
}

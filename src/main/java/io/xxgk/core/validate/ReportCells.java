package io.xxgk.core.validate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A report's cells looked up by template position. Operand lists come from the code book of the template each
 * table is printed in, not from what was extracted, so a cell the extractor failed to emit shows up as a missing
 * operand (NOT_EVALUABLE) instead of silently shrinking a sum.
 *
 * <p>Built once per report (see {@link ReportContext}) and read by several rules, so the operands are made up
 * front, one per template cell, in an array per table by the cell's slot in its {@link TableLayout}.
 */
final class ReportCells {

    /** T2 columns in template order; identical in both templates. */
    static final List<String> T2_COLUMNS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL");
    /** The six applicant columns whose sum is 总计 (R2). */
    static final List<String> APPLICANT_COLUMNS = T2_COLUMNS.subList(0, 6);
    /** {@link #resultLeaves()} of each template, worked out once. */
    private static final Map<TemplateVersion, List<String>> RESULT_LEAVES = resultLeavesByTemplate();

    private final Map<TableCode, TemplateVersion> templates = new EnumMap<>(TableCode.class);
    private final Map<TableCode, TableLayout> layouts = new EnumMap<>(TableCode.class);
    private final Map<TableCode, List<Operand>> operands = new EnumMap<>(TableCode.class);

    ReportCells(ExtractedReport report) {
        Map<TableCode, Cell[]> cells = new EnumMap<>(TableCode.class);
        for (TableCode table : TableCode.values()) {
            TemplateVersion v = report.tableTemplates().get(table);
            TemplateVersion template = v != null ? v : report.metadata().template();
            TableLayout layout = TableLayout.of(template, table);
            templates.put(table, template);
            layouts.put(table, layout);
            cells.put(table, new Cell[layout.size()]);
        }
        // The extractor emits each table's cells in template order, so the next slot is tried before the layout's
        // map. A cell whose category is not in its table's template is never looked up; a repeated category keeps
        // the last cell, as a map keyed by category would.
        int[] nextSlot = new int[TableCode.values().length]; // by table ordinal
        for (Cell c : report.cells()) {
            TableLayout layout = layouts.get(c.table());
            int next = nextSlot[c.table().ordinal()];
            int slot = next < layout.size() && layout.defs().get(next).category().equals(c.category())
                    ? next : layout.slot(c.category());
            if (slot >= 0) {
                cells.get(c.table())[slot] = c;
                nextSlot[c.table().ordinal()] = slot + 1;
            }
        }
        for (TableCode table : TableCode.values()) {
            List<CellDef> defs = layouts.get(table).defs();
            Cell[] bySlot = cells.get(table);
            Operand[] tableOperands = new Operand[bySlot.length];
            for (int slot = 0; slot < tableOperands.length; slot++) {
                tableOperands[slot] = new Operand(defs.get(slot), bySlot[slot]);
            }
            operands.put(table, Arrays.asList(tableOperands));
        }
    }

    /** The template a table is printed in; the report's template where the extractor did not say. */
    TemplateVersion template(TableCode table) {
        return templates.get(table);
    }

    /** The template cells of a table, in template order. */
    List<CellDef> defs(TableCode table) {
        return layouts.get(table).defs();
    }

    /** One operand per template cell of a table, in template order. */
    List<Operand> operands(TableCode table) {
        return operands.get(table);
    }

    /** The operand at a template position; its cell is null when the report has none there. */
    Operand operand(TableCode table, String rowCode, String colCode) {
        int slot = layouts.get(table).slot(rowCode, colCode);
        if (slot < 0) {
            throw new IllegalArgumentException(
                    table + "." + rowCode + "|" + colCode + " is not a " + template(table) + " cell");
        }
        return operands.get(table).get(slot);
    }

    /** T2 row codes of the template T2 is printed in, in template order. */
    List<String> t2Rows() {
        return layouts.get(TableCode.T2).rows();
    }

    /**
     * The result leaves that add up to RESULT.TOTAL: every value row under 三、本年度办理结果 except （七）总计.
     * In V2019 that includes the （六）其他处理 leaf RESULT.OTHER, in V2021 its three sub-rows RESULT.OTHER.*;
     * group rows have no cells in either template, so they never appear.
     */
    List<String> resultLeaves() {
        return RESULT_LEAVES.get(template(TableCode.T2));
    }

    private static Map<TemplateVersion, List<String>> resultLeavesByTemplate() {
        Map<TemplateVersion, List<String>> leaves = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion version : TemplateVersion.values()) {
            leaves.put(version, TableLayout.of(version, TableCode.T2).rows().stream()
                    .filter(r -> r.startsWith("RESULT.") && !r.equals("RESULT.TOTAL")).toList());
        }
        return leaves;
    }
}

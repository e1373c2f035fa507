package io.xxgk.core.validate.legacy;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's cells looked up by template position. Operand lists come from the code book of the template each
 * table is printed in, not from what was extracted, so a cell the extractor failed to emit shows up as a missing
 * operand (NOT_EVALUABLE) instead of silently shrinking a sum.
 */
final class ReportCells {

    /** T2 columns in template order; identical in both templates. */
    static final List<String> T2_COLUMNS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL");
    /** The six applicant columns whose sum is 总计 (R2). */
    static final List<String> APPLICANT_COLUMNS = T2_COLUMNS.subList(0, 6);

    private final ExtractedReport report;
    private final CodeBook codes;
    private final Map<TableCode, Map<String, Cell>> byCategory = new EnumMap<>(TableCode.class);

    ReportCells(ExtractedReport report) {
        this(report, CodeBook.standard());
    }

    ReportCells(ExtractedReport report, CodeBook codes) {
        this.report = report;
        this.codes = codes;
        for (Cell c : report.cells()) {
            byCategory.computeIfAbsent(c.table(), t -> new HashMap<>()).put(c.category(), c);
        }
    }

    /** The template a table is printed in; the report's template where the extractor did not say. */
    TemplateVersion template(TableCode table) {
        TemplateVersion v = report.tableTemplates().get(table);
        return v != null ? v : report.metadata().template();
    }

    /** The template cells of a table, in template order. */
    List<CellDef> defs(TableCode table) {
        return codes.cells(template(table), table);
    }

    /** The operand at a template position; its cell is null when the report has none there. */
    Operand operand(TableCode table, String rowCode, String colCode) {
        String category = rowCode + "|" + colCode;
        CellDef def = codes.find(template(table), table, category);
        if (def == null) {
            throw new IllegalArgumentException(table + "." + category + " is not a " + template(table) + " cell");
        }
        return new Operand(def, byCategory.getOrDefault(table, Map.of()).get(category));
    }

    Operand operand(CellDef def) {
        return new Operand(def, byCategory.getOrDefault(def.table(), Map.of()).get(def.category()));
    }

    /** T2 row codes of the template T2 is printed in, in template order. */
    List<String> t2Rows() {
        return defs(TableCode.T2).stream().map(CellDef::rowCode).distinct().toList();
    }

    /**
     * The result leaves that add up to RESULT.TOTAL: every value row under 三、本年度办理结果 except （七）总计.
     * In V2019 that includes the （六）其他处理 leaf RESULT.OTHER, in V2021 its three sub-rows RESULT.OTHER.*;
     * group rows have no cells in either template, so they never appear.
     */
    List<String> resultLeaves() {
        return t2Rows().stream().filter(r -> r.startsWith("RESULT.") && !r.equals("RESULT.TOTAL")).toList();
    }
}

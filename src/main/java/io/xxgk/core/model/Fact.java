package io.xxgk.core.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the {@code facts} output (output-contract.md): one template value cell of one report, blanks
 * included. Column names and order are the contract; {@link #COLUMNS} is the single place they are spelled.
 */
public record Fact(
        String reportId,
        String agency,
        int year,
        String template,
        String tableCode,
        String category,
        String blockCode,
        String rowCode,
        String colCode,
        String rowLabel,
        String colLabel,
        BigDecimal value,
        String valueRaw,
        String unit,
        String status,
        String sourceFile,
        int sourceLine) {

    public static final List<String> COLUMNS = List.of("report_id", "agency", "year", "template", "table_code",
            "category", "block_code", "row_code", "col_code", "row_label", "col_label", "value", "value_raw", "unit",
            "status", "source_file", "source_line");

    /** Field values in {@link #COLUMNS} order; null stays null (an absent value, never 0). */
    public List<Object> values() {
        return Arrays.asList(reportId, agency, year, template, tableCode, category, blockCode, rowCode, colCode,
                rowLabel, colLabel, value, valueRaw, unit, status, sourceFile, sourceLine);
    }

    /** The facts of one extracted report, in template order. */
    public static List<Fact> of(String reportId, String sourceFile, ExtractedReport report) {
        ReportMetadata m = report.metadata();
        return report.cells().stream().map(c -> new Fact(reportId, m.agency(), m.year(), c.template().name(),
                c.table().name(), c.category(), c.def().block(), c.def().rowCode(), c.def().colCode(),
                c.def().rowLabel(), c.def().colLabel(), c.value(), c.valueRaw(), c.unit(), c.status().name(),
                sourceFile, c.source().line())).toList();
    }
}

package io.xxgk.publish;

import io.xxgk.core.model.Fact;
import io.xxgk.validation.FindingRow;

import java.util.List;

/**
 * The three published tables of output-contract.md: column names, order and types, declared once for CSV headers,
 * Parquet schemas and the SQL that reads them back from H2.
 */
public record OutputTable(String name, List<Column> columns) {

    public enum Type { STRING, INT, LONG, DECIMAL, TIMESTAMP }

    public record Column(String name, Type type) {
    }

    public static final OutputTable FACTS = new OutputTable("facts", List.of(
            str("report_id"), str("agency"), col("year", Type.INT), str("template"), str("table_code"),
            str("category"), str("block_code"), str("row_code"), str("col_code"), str("row_label"), str("col_label"),
            col("value", Type.DECIMAL), str("value_raw"), str("unit"), str("status"), str("source_file"),
            col("source_line", Type.INT)));

    public static final OutputTable REPORTS = new OutputTable("reports", List.of(
            str("report_id"), str("source_file"), str("source_sha256"), col("bytes", Type.LONG), str("format"),
            str("agency"), str("agency_raw"), str("admin_level"), col("year", Type.INT), str("template"),
            str("template_expected"), str("status"), str("reason"), col("cells_expected", Type.INT),
            col("cells_reported", Type.INT), col("cells_blank", Type.INT), col("errors", Type.INT),
            col("warnings", Type.INT), str("parser_version"), col("loaded_at", Type.TIMESTAMP),
            col("job_execution_id", Type.LONG)));

    public static final OutputTable FINDINGS = new OutputTable("findings", List.of(
            str("report_id"), str("rule"), str("severity"), str("table_code"), str("scope"), str("expected"),
            str("actual"), str("message")));

    static {
        // The core model spells the facts and findings columns too; the two must never drift apart.
        if (!FACTS.columnNames().equals(Fact.COLUMNS) || !FINDINGS.columnNames().equals(FindingRow.COLUMNS)) {
            throw new IllegalStateException("published columns differ from Fact.COLUMNS / FindingRow.COLUMNS");
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The columns as a SQL select list; YEAR and VALUE need the URL's NON_KEYWORDS setting. */
    public String selectList() {
        return String.join(", ", columnNames());
    }

    /** The same table without one column: Parquet facts leave {@code year} to the {@code year=YYYY} directory. */
    public OutputTable without(String column) {
        return new OutputTable(name, columns.stream().filter(c -> !c.name().equals(column)).toList());
    }

    public int indexOf(String column) {
        return columnNames().indexOf(column);
    }

    private static Column str(String name) {
        return new Column(name, Type.STRING);
    }

    private static Column col(String name, Type type) {
        return new Column(name, type);
    }
}

package io.xxgk.validation;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the {@code findings} output (output-contract.md): a rule result that is not a pass. Findings never
 * change a value; they sit beside the facts.
 *
 * @param severity {@code ERROR}, {@code WARN} or {@code INFO}
 * @param tableCode {@code T1} {@code T2} {@code T3}, or empty for report-level findings
 * @param scope    the column or row code the rule looked at, empty where it is the whole table or report
 */
public record FindingRow(
        String reportId,
        String rule,
        String severity,
        String tableCode,
        String scope,
        String expected,
        String actual,
        String message) {

    public static final List<String> COLUMNS = List.of("report_id", "rule", "severity", "table_code", "scope",
            "expected", "actual", "message");

    public FindingRow {
        tableCode = tableCode == null ? "" : tableCode;
        scope = scope == null ? "" : scope;
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
    }

    /** Field values in {@link #COLUMNS} order. */
    public List<Object> values() {
        return Arrays.asList(reportId, rule, severity, tableCode, scope, expected, actual, message);
    }
}

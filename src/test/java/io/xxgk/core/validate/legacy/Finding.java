package io.xxgk.core.validate.legacy;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of the {@code findings} output (output-contract.md): a rule result that is not a pass. Findings only
 * flag; they never change a value.
 *
 * <p>How the contract's columns are filled:
 * <ul>
 *   <li>{@code expected} is what the rule derives from the other cells or from the reference it checks against
 *       (the sum of the parts, the table's figure for a narrative check, last year's carry-over); {@code actual} is
 *       the figure the report prints where the rule looks (the printed total, the narrative's number, this year's
 *       carry-in). Either is null where the rule compares no numbers (template, duplicates, parse notes).</li>
 *   <li>{@code table_code} is empty for findings about the whole report (R14, TEMPLATE_MISMATCH,
 *       DUPLICATE_REPORT); {@code scope} is the column code (R1, R3, R6), row code (R2, R4), cell category (R5)
 *       or the table cell a narrative figure was compared with (R11, R12), and empty for table- or report-level
 *       findings.</li>
 *   <li><b>NOT_EVALUABLE</b> is written as severity {@code INFO} with a message starting {@value #NOT_EVALUABLE_PREFIX}
 *       followed by the reason (which operand, where, and what it holds); expected and actual are null. It is
 *       neither a failure nor a pass and does not count as an error or a warning.</li>
 *   <li>{@link Outcome#NOTE} findings (parse notes, mixed templates) are severity {@code INFO}.</li>
 * </ul>
 *
 * @param rule     stable rule id: {@code R1} … {@code R14}, {@code TEMPLATE_MISMATCH}, {@code DUPLICATE_REPORT},
 *                 {@code PARSE_NOTE}
 * @param table    the table the finding is about, null for a report-level finding
 * @param scope    column, row or cell code within the table; empty when the finding is about a whole table or report
 * @param message  for a person: which cells, where, and both numbers
 */
public record Finding(
        String rule,
        Severity severity,
        Outcome outcome,
        TableCode table,
        String scope,
        BigDecimal expected,
        BigDecimal actual,
        String message) {

    /** The findings table's columns, in contract order; {@link #values(String)} follows it. */
    public static final List<String> COLUMNS = List.of(
            "report_id", "rule", "severity", "table_code", "scope", "expected", "actual", "message");

    /** How a NOT_EVALUABLE result starts its message, so the contract's columns alone tell it apart. */
    public static final String NOT_EVALUABLE_PREFIX = "not evaluable: ";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        scope = scope == null ? "" : scope;
        if (outcome == Outcome.NOT_EVALUABLE
                && (severity != Severity.INFO || !message.startsWith(NOT_EVALUABLE_PREFIX))) {
            throw new IllegalArgumentException("a NOT_EVALUABLE finding is INFO and its message starts '"
                    + NOT_EVALUABLE_PREFIX + "': " + message);
        }
    }

    /** A rule evaluated on numbers that does not hold. */
    public static Finding fail(String rule, Severity severity, TableCode table, String scope,
                               BigDecimal expected, BigDecimal actual, String message) {
        return new Finding(rule, severity, Outcome.FAIL, table, scope, expected, actual, message);
    }

    /** A rule that cannot be evaluated; {@code reason} names the operand and what it holds. */
    public static Finding notEvaluable(String rule, TableCode table, String scope, String reason) {
        return new Finding(rule, Severity.INFO, Outcome.NOT_EVALUABLE, table, scope, null, null,
                NOT_EVALUABLE_PREFIX + reason);
    }

    /** Something an analyst should see that is not a rule result. */
    public static Finding note(String rule, TableCode table, String scope, String message) {
        return new Finding(rule, Severity.INFO, Outcome.NOTE, table, scope, null, null, message);
    }

    /** The {@code table_code} column: the table's code, or empty for a report-level finding. */
    public String tableCode() {
        return table == null ? "" : table.name();
    }

    /** Field values in {@link #COLUMNS} order; expected and actual stay null when absent (never 0). */
    public List<Object> values(String reportId) {
        return Arrays.asList(reportId, rule, severity.name(), tableCode(), scope, expected, actual, message);
    }
}

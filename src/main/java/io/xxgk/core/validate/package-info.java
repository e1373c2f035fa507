/**
 * Consistency findings (勾稽关系, spec §8) for extracted reports: pure Java, no Spring.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link io.xxgk.core.validate.Validator#standard()}{@code .validate(ExtractedReport)}: the per-report rules in
 *       rule-id order, R1 R2 R3 R4 R5 R11 R12 R13 R14 TEMPLATE_MISMATCH PARSE_NOTE;</li>
 *   <li>{@link io.xxgk.core.validate.DuplicateReportRule} and {@link io.xxgk.core.validate.CarryInMatchesPreviousCarryOutRule}
 *       (R6): cross-report rules the batch job calls with what the warehouse holds;</li>
 *   <li>{@link io.xxgk.core.validate.Finding#values(String)} in {@link io.xxgk.core.validate.Finding#COLUMNS} order
 *       for the findings table, {@link io.xxgk.core.validate.FindingCounts} for the reports table's errors and
 *       warnings.</li>
 * </ul>
 *
 * <p>Severities: ERROR for R1-R5 (the table contradicts itself or a hard bound); WARN for R6, R11, R12, R13, R14
 * and DUPLICATE_REPORT (an analyst should look); INFO for TEMPLATE_MISMATCH, PARSE_NOTE and every NOT_EVALUABLE
 * result, whose message starts "not evaluable: ". A rule that holds, or has nothing to compare (no figure in the
 * narrative), writes no row. Findings never change a value.
 */
package io.xxgk.core.validate;

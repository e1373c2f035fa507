package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the per-report consistency rules over one extracted report. The standard rule list is written once, here,
 * in rule-id order; findings come back in that order and, within a rule, in template order, so the same report
 * always yields the same list. Cross-report rules (DUPLICATE_REPORT, R6) need the warehouse and live in
 * {@link DuplicateReportRule} and {@link CarryInMatchesPreviousCarryOutRule}. Pure and thread-safe: what the rules
 * share about a report lives in a {@link ReportContext} made per call.
 */
public final class Validator {

    private static final Validator STANDARD = new Validator(List.of(
            new ApplicationBalanceRule(),           // R1
            new ApplicantColumnsSumToTotalRule(),   // R2
            new ResultRowsSumToTotalRule(),         // R3
            new CaseOutcomesSumToTotalRule(),       // R4
            new CountsAreWholeAndNonNegativeRule(), // R5
            new NarrativeApplicationFiguresRule(),  // R11
            new NarrativeCaseFiguresRule(),         // R12
            new CellCompletenessRule(),             // R13
            new TemplateMatchesYearRule(),          // R14
            new TablesShareTemplateRule(),          // TEMPLATE_MISMATCH
            new ParseNotesRule()));                 // PARSE_NOTE

    private final List<ReportRule> rules;

    public Validator(List<ReportRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All per-report rules of spec §8 this project implements, plus TEMPLATE_MISMATCH and PARSE_NOTE. */
    public static Validator standard() {
        return STANDARD;
    }

    public List<ReportRule> rules() {
        return rules;
    }

    /** Every finding for this report: failures, NOT_EVALUABLE results and notes; empty when all rules hold. */
    public List<Finding> validate(ExtractedReport report) {
        ReportContext context = new ReportContext(report);
        List<Finding> findings = new ArrayList<>();
        for (ReportRule rule : rules) {
            findings.addAll(rule.check(context));
        }
        return List.copyOf(findings);
    }
}

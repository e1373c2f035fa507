package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;

import java.util.List;

/** One consistency rule that looks at a single report. A rule that holds returns no findings. */
public interface ReportRule {

    /** Stable id, the {@code rule} column of the findings table. */
    String id();

    /** Severity of this rule's failures (NOT_EVALUABLE results and notes are always INFO). */
    Severity severity();

    /**
     * The findings for this report in template order; empty when the rule holds or does not apply. The
     * {@link Validator} passes one context to all its rules, so what several of them read is read once.
     */
    List<Finding> check(ReportContext context);

    /** {@link #check(ReportContext)} for a rule run on its own. */
    default List<Finding> check(ExtractedReport report) {
        return check(new ReportContext(report));
    }
}

package io.xxgk.validation;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.validate.Finding;
import io.xxgk.core.validate.Validator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The consistency rules of {@code core.validate} (R1–R5, R11–R14, TEMPLATE_MISMATCH, parse notes) as the load
 * job's per-report checks: each finding becomes a findings row of the output contract.
 */
public final class ConsistencyChecks implements ReportChecks {

    private final Validator validator;

    public ConsistencyChecks(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<FindingRow> check(String reportId, ExtractedReport report) {
        return validator.validate(report).stream().map(f -> row(reportId, f)).toList();
    }

    static FindingRow row(String reportId, Finding f) {
        return new FindingRow(reportId, f.rule(), f.severity().name(), f.table() == null ? "" : f.table().name(),
                f.scope(), plain(f.expected()), plain(f.actual()), f.message());
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}

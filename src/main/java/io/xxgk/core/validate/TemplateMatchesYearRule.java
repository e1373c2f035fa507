package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ReportMetadata;

import java.util.List;

/**
 * R14: the template detected from the report's labels ({@link ReportMetadata#template()}) is the one its year
 * should use ({@link ReportMetadata#templateExpected()}: ≤2020 V2019, ≥2021 V2021). Tables printed in different
 * templates within one report are TEMPLATE_MISMATCH's business ({@link TablesShareTemplateRule}).
 */
public final class TemplateMatchesYearRule implements ReportRule {

    public static final String ID = "R14";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARN;
    }

    @Override
    public List<Finding> check(ReportContext context) {
        ExtractedReport report = context.report();
        ReportMetadata m = report.metadata();
        if (m.template() == m.templateExpected()) {
            return List.of();
        }
        return List.of(Finding.fail(ID, severity(), null, "", null, null, ID + ": the tables are printed in template "
                + m.template() + ", but a " + m.year() + " report should use " + m.templateExpected()
                + " (reports up to 2020 use V2019, from 2021 V2021); detected from "
                + String.join("; ", m.templateEvidence())));
    }
}

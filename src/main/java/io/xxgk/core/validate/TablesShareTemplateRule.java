package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.List;

/**
 * TEMPLATE_MISMATCH (output-contract.md, "Mixed reports are real"): T1 and T2 are printed in different templates,
 * e.g. a 2023 report with the 2021 T1 but a T2 whose （六）其他处理 is still one row. Such a report is loaded as
 * printed, each table's cells with its own template's codes, so this is a note (INFO), not an error: mixed is not
 * broken. T3 is identical in both templates and carries no signal of its own.
 */
public final class TablesShareTemplateRule implements ReportRule {

    public static final String ID = "TEMPLATE_MISMATCH";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(ReportContext context) {
        ExtractedReport report = context.report();
        TemplateVersion t1 = report.tableTemplates().get(TableCode.T1);
        TemplateVersion t2 = report.tableTemplates().get(TableCode.T2);
        if (t1 == null || t2 == null || t1 == t2) {
            return List.of();
        }
        String t2Shape = t2 == TemplateVersion.V2019
                ? "（六）其他处理 printed as one row, cells RESULT.OTHER|…"
                : "（六）其他处理 printed with its three sub-rows, cells RESULT.OTHER.*|…";
        return List.of(Finding.note(ID, null, "", ID + ": T1 is printed in " + t1 + ", T2 in " + t2 + " ("
                + t2Shape + "); each table is loaded as printed, with its own template's codes"));
    }
}

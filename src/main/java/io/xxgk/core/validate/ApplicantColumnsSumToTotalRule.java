package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R2: in every T2 data row, 总计 equals the sum of the six applicant columns (自然人 and the five 法人或其他组织
 * columns; the template has no 法人 subtotal). Expected is the sum, actual the printed 总计.
 */
public final class ApplicantColumnsSumToTotalRule implements ReportRule {

    public static final String ID = "R2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(ReportContext context) {
        ReportCells cells = context.cells();
        List<Finding> findings = new ArrayList<>();
        for (String row : cells.t2Rows()) {
            List<Operand> all = new ArrayList<>(ReportCells.APPLICANT_COLUMNS.size() + 1);
            for (String col : ReportCells.APPLICANT_COLUMNS) {
                all.add(cells.operand(TableCode.T2, row, col));
            }
            Operand total = cells.operand(TableCode.T2, row, "TOTAL");
            all.add(total);
            List<Operand> parts = all.subList(0, ReportCells.APPLICANT_COLUMNS.size());
            if (!Operand.allHaveValues(all)) {
                findings.add(Finding.notEvaluable(ID, TableCode.T2, row,
                        where(total, row) + Operand.whyUnusable(all, o -> Labels.column(o.def()))));
                continue;
            }
            BigDecimal sum = Operand.sum(parts);
            if (sum.compareTo(total.value()) != 0) {
                String partList = parts.stream()
                        .map(o -> Labels.column(o.def()) + " " + Labels.number(o.value()))
                        .collect(Collectors.joining(", "));
                findings.add(Finding.fail(ID, severity(), TableCode.T2, row, sum, total.value(), where(total, row)
                        + total.describe("总计") + ", but the six applicant columns sum to " + Labels.number(sum)
                        + " (" + partList + "; " + parts.get(0).cell().source() + " to "
                        + parts.get(parts.size() - 1).cell().source() + ")"));
            }
        }
        return findings;
    }

    /** "R2 row <row label> (<row code>): ", made only for a finding. */
    private static String where(Operand total, String row) {
        return ID + " row " + total.def().rowLabel() + " (" + row + "): ";
    }
}

package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R4: for each T3 procedure (行政复议, 未经复议直接起诉, 复议后起诉), 总计 equals 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结. Expected is the sum, actual the printed 总计.
 */
public final class CaseOutcomesSumToTotalRule implements ReportRule {

    public static final String ID = "R4";

    private static final List<String> PROCEDURES = List.of("RECON", "LIT.DIRECT", "LIT.AFTER_RECON");
    private static final List<String> OUTCOMES = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING");

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
        for (String procedure : PROCEDURES) {
            List<Operand> all = new ArrayList<>(OUTCOMES.size() + 1);
            for (String outcome : OUTCOMES) {
                all.add(cells.operand(TableCode.T3, procedure, outcome));
            }
            Operand total = cells.operand(TableCode.T3, procedure, "TOTAL");
            all.add(total);
            List<Operand> parts = all.subList(0, OUTCOMES.size());
            if (!Operand.allHaveValues(all)) {
                findings.add(Finding.notEvaluable(ID, TableCode.T3, procedure,
                        where(total, procedure) + Operand.whyUnusable(all, o -> o.def().colLabel())));
                continue;
            }
            BigDecimal sum = Operand.sum(parts);
            if (sum.compareTo(total.value()) != 0) {
                String partList = parts.stream().map(o -> o.describe(o.def().colLabel()))
                        .collect(Collectors.joining(" + "));
                findings.add(Finding.fail(ID, severity(), TableCode.T3, procedure, sum, total.value(),
                        where(total, procedure) + total.describe("总计") + ", but " + partList + " = "
                                + Labels.number(sum)));
            }
        }
        return findings;
    }

    /** "R4 <procedure label> (RECON): ", made only for a finding. */
    private static String where(Operand total, String procedure) {
        return ID + " " + total.def().rowLabel() + " (" + procedure + "): ";
    }
}

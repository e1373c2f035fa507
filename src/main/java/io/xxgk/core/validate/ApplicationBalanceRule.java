package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R1, the template's own 勾稽 note on T2 ("第一项加第二项之和，等于第三项加第四项之和"): for every column, including
 * 总计, {@code NEW + CARRY_IN = RESULT.TOTAL + CARRY_OUT}. Expected is the intake (new plus carried in), actual the
 * outcome side (results plus carried out).
 */
public final class ApplicationBalanceRule implements ReportRule {

    public static final String ID = "R1";

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
        for (String col : ReportCells.T2_COLUMNS) {
            Operand newApps = cells.operand(TableCode.T2, "NEW", col);
            Operand carryIn = cells.operand(TableCode.T2, "CARRY_IN", col);
            Operand results = cells.operand(TableCode.T2, "RESULT.TOTAL", col);
            Operand carryOut = cells.operand(TableCode.T2, "CARRY_OUT", col);
            List<Operand> all = List.of(newApps, carryIn, results, carryOut);
            if (!Operand.allHaveValues(all)) {
                findings.add(Finding.notEvaluable(ID, TableCode.T2, col,
                        where(newApps) + Operand.whyUnusable(all, o -> Labels.t2Row(o.def()))));
                continue;
            }
            BigDecimal intake = newApps.value().add(carryIn.value());
            BigDecimal outcome = results.value().add(carryOut.value());
            if (intake.compareTo(outcome) != 0) {
                findings.add(Finding.fail(ID, severity(), TableCode.T2, col, intake, outcome, where(newApps)
                        + newApps.describe("本年新收") + " + " + carryIn.describe("上年结转") + " = "
                        + Labels.number(intake) + ", but " + results.describe("办理结果总计") + " + "
                        + carryOut.describe("结转下年度") + " = " + Labels.number(outcome)));
            }
        }
        return findings;
    }

    /** "R1 column 自然人 (NP): ", made only for a finding (most columns balance). */
    private static String where(Operand newApps) {
        return ID + " column " + Labels.columnWithCode(newApps.def()) + ": ";
    }
}

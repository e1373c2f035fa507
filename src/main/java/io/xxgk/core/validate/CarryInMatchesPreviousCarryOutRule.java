package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R6, across years for one agency: this year's 上年结转 equals last year's 结转下年度, per T2 column:
 * {@code CARRY_IN(y)[c] = CARRY_OUT(y−1)[c]}. The batch job calls it when the warehouse holds the agency's
 * previous year. Expected is last year's carry-out, actual this year's carry-in. WARN: an analyst rule, and a
 * reorganised agency can break it legitimately.
 */
public final class CarryInMatchesPreviousCarryOutRule {

    public static final String ID = "R6";

    public Severity severity() {
        return Severity.WARN;
    }

    /**
     * @param report   this year's report
     * @param previous the same agency's CARRY_OUT of the year before
     * @throws IllegalArgumentException when {@code previous} is not the year before the report's
     */
    public List<Finding> check(ExtractedReport report, PreviousCarryOut previous) {
        int year = report.metadata().year();
        if (previous.year() != year - 1) {
            throw new IllegalArgumentException("R6 compares a " + year + " report with " + (year - 1)
                    + ", not with " + previous.year() + " (" + previous.sourceFile() + ")");
        }
        ReportCells cells = new ReportCells(report);
        List<Finding> findings = new ArrayList<>();
        for (String col : ReportCells.T2_COLUMNS) {
            Operand carryIn = cells.operand(TableCode.T2, "CARRY_IN", col);
            BigDecimal carriedOut = previous.value(col);
            String where = ID + " column " + Labels.columnWithCode(carryIn.def()) + ": ";
            String before = "结转下年度 (CARRY_OUT|" + col + ") of the " + previous.year() + " report "
                    + previous.sourceFile();
            if (!carryIn.hasValue()) {
                findings.add(Finding.notEvaluable(ID, TableCode.T2, col,
                        where + carryIn.whyUnusable("上年结转 of this " + year + " report")));
            } else if (carriedOut == null) {
                findings.add(Finding.notEvaluable(ID, TableCode.T2, col, where + before + " has no number"));
            } else if (carriedOut.compareTo(carryIn.value()) != 0) {
                findings.add(Finding.fail(ID, severity(), TableCode.T2, col, carriedOut, carryIn.value(), where
                        + carryIn.describe("上年结转 of this " + year + " report") + ", but " + before + " is "
                        + Labels.number(carriedOut)));
            }
        }
        return findings;
    }
}

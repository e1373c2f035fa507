package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R3: in every T2 column, （七）总计 equals the sum of the result leaves （一）…（六）. Which leaves depends on the
 * template T2 is printed in (see {@link ReportCells#resultLeaves()}): V2019 counts the （六）其他处理 row itself,
 * V2021 its three sub-rows, so a mixed report is checked as printed. Expected is the sum, actual the printed 总计.
 */
public final class ResultRowsSumToTotalRule implements ReportRule {

    public static final String ID = "R3";

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
        List<String> leaves = cells.resultLeaves();
        List<Finding> findings = new ArrayList<>();
        for (String col : ReportCells.T2_COLUMNS) {
            List<Operand> all = new ArrayList<>(leaves.size() + 1);
            for (String row : leaves) {
                all.add(cells.operand(TableCode.T2, row, col));
            }
            Operand total = cells.operand(TableCode.T2, "RESULT.TOTAL", col);
            all.add(total);
            List<Operand> parts = all.subList(0, leaves.size());
            if (!Operand.allHaveValues(all)) {
                findings.add(Finding.notEvaluable(ID, TableCode.T2, col,
                        where(total) + Operand.whyUnusable(all, o -> Labels.t2Row(o.def()))));
                continue;
            }
            BigDecimal sum = Operand.sum(parts);
            if (sum.compareTo(total.value()) != 0) {
                // Listing all 21-23 leaves would bury the message; the non-zero ones are what a reader checks.
                String nonZero = parts.stream().filter(o -> o.value().signum() != 0)
                        .map(o -> o.describe(Labels.t2Row(o.def()))).collect(Collectors.joining(", "));
                findings.add(Finding.fail(ID, severity(), TableCode.T2, col, sum, total.value(), where(total)
                        + total.describe("（七）总计") + ", but the " + parts.size() + " result rows sum to "
                        + Labels.number(sum) + (nonZero.isEmpty() ? " (all 0)" : " (non-zero: " + nonZero + ")")));
            }
        }
        return findings;
    }

    /** "R3 column 自然人 (NP): ", made only for a finding. */
    private static String where(Operand total) {
        return ID + " column " + Labels.columnWithCode(total.def()) + ": ";
    }
}

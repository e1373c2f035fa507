package io.xxgk.core.validate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R5, sign and integer checks on every cell that holds a number: counts (all of T2 and T3, T1 except the money
 * columns) are whole numbers ≥ 0; V2019 本年增/减 (YEAR_CHANGE, the only column that exists to show a decrease) is a
 * whole number of either sign; money (V2019 采购总金额, V2021 本年收费金额) may have decimals but is ≥ 0. Cells
 * without a number are R13's business, not this rule's. One finding per offending cell; expected is null (a
 * bound, not a number), actual the value read.
 */
public final class CountsAreWholeAndNonNegativeRule implements ReportRule {

    public static final String ID = "R5";

    private static final Set<String> MONEY_COLUMNS = Set.of("TOTAL_AMOUNT", "FEE_AMOUNT");
    private static final String SIGNED_COLUMN = "YEAR_CHANGE";

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
        ExtractedReport report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (Cell cell : report.cells()) {
            if (!cell.status().hasValue() || cell.value() == null) {
                continue;
            }
            String problem = problem(cell.def().colCode(), cell.value());
            if (problem != null) {
                findings.add(Finding.fail(ID, severity(), cell.table(), cell.category(), null, cell.value(),
                        ID + " " + cell.table() + " " + Labels.cell(cell.def()) + " (" + cell.category() + ", "
                                + cell.source() + "): '" + cell.valueRaw() + "' " + problem));
            }
        }
        return findings;
    }

    /** What is wrong with this value in this column, or null when nothing is. */
    private static String problem(String colCode, BigDecimal value) {
        if (MONEY_COLUMNS.contains(colCode)) {
            return value.signum() < 0 ? "is negative; an amount of money must be ≥ 0" : null;
        }
        if (!isWhole(value)) {
            return "is not a whole number; a count must be an integer";
        }
        if (value.signum() < 0 && !SIGNED_COLUMN.equals(colCode)) {
            return "is negative; a count must be ≥ 0 (only 本年增/减 may be negative)";
        }
        return null;
    }

    /** True for 3, 3.00 and 3E+2. Most values have scale 0, and stripping zeros only lowers a scale. */
    private static boolean isWhole(BigDecimal value) {
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}

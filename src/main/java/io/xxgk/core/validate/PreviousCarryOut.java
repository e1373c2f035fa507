package io.xxgk.core.validate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The previous year's 结转下年度继续办理 (T2 CARRY_OUT) of an agency, as the warehouse holds it: one value per T2
 * column code ({@code NP} … {@code TOTAL}); a column that is absent or null had no number (blank, placeholder).
 *
 * @param sourceFile the previous year's report, for the message
 */
public record PreviousCarryOut(int year, String sourceFile, Map<String, BigDecimal> byColumn) {

    public PreviousCarryOut {
        Objects.requireNonNull(sourceFile, "sourceFile");
        byColumn = new HashMap<>(byColumn); // allows null values: a blank is not a 0
    }

    /** The CARRY_OUT row of an extracted report. */
    public static PreviousCarryOut of(ExtractedReport report, String sourceFile) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Cell c : report.cells(TableCode.T2)) {
            if (c.def().rowCode().equals("CARRY_OUT")) {
                values.put(c.def().colCode(), c.status().hasValue() ? c.value() : null);
            }
        }
        return new PreviousCarryOut(report.metadata().year(), sourceFile, values);
    }

    BigDecimal value(String colCode) {
        return byColumn.get(colCode);
    }
}

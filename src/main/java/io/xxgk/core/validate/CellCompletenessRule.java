package io.xxgk.core.validate;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * R13, completeness: every template value cell of a table holds a number. One finding per table that has cells
 * without one, counting BLANK, PLACEHOLDER and NON_NUMERIC cells (and cells missing from the extraction) and
 * naming the first few, so a gap is reported as a gap and never read as 0. Expected is the number of template
 * cells in the table, actual the number that hold a number.
 */
public final class CellCompletenessRule implements ReportRule {

    public static final String ID = "R13";

    /** How many gaps a message names before it says "and N more". */
    static final int NAMED = 5;

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
        ReportCells cells = context.cells();
        List<Finding> findings = new ArrayList<>();
        for (TableCode table : TableCode.values()) {
            List<Operand> operands = cells.operands(table);
            List<Operand> gaps = gaps(operands);
            if (gaps.isEmpty()) {
                continue;
            }
            findings.add(Finding.fail(ID, severity(), table, "", BigDecimal.valueOf(operands.size()),
                    BigDecimal.valueOf(operands.size() - gaps.size()), message(table, operands.size(), gaps)));
        }
        return findings;
    }

    /** The operands without a number, in template order; most reports have none, so no list is made for them. */
    private static List<Operand> gaps(List<Operand> operands) {
        List<Operand> gaps = List.of();
        for (Operand o : operands) {
            if (!o.hasValue()) {
                if (gaps.isEmpty()) {
                    gaps = new ArrayList<>();
                }
                gaps.add(o);
            }
        }
        return gaps;
    }

    private static String message(TableCode table, int expected, List<Operand> gaps) {
        Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
        int missing = 0;
        for (Operand gap : gaps) {
            if (gap.cell() == null) {
                missing++;
            } else {
                counts.merge(gap.cell().status(), 1, Integer::sum);
            }
        }
        String named = gaps.stream().limit(NAMED).map(CellCompletenessRule::describe)
                .collect(Collectors.joining(", "));
        String more = gaps.size() > NAMED ? " and " + (gaps.size() - NAMED) + " more" : "";
        return ID + " " + table + ": " + (expected - gaps.size()) + " of " + expected
                + " template cells hold a number; " + counts.getOrDefault(CellStatus.BLANK, 0) + " blank, "
                + counts.getOrDefault(CellStatus.PLACEHOLDER, 0) + " placeholder, "
                + counts.getOrDefault(CellStatus.NON_NUMERIC, 0) + " non-numeric"
                + (missing > 0 ? ", " + missing + " missing from the extraction" : "")
                + ": " + named + more;
    }

    private static String describe(Operand gap) {
        if (gap.cell() == null) {
            return gap.def().category() + " (missing)";
        }
        String raw = gap.cell().valueRaw().isEmpty() ? "" : " '" + gap.cell().valueRaw() + "'";
        return gap.def().category() + " (" + gap.cell().status().name().toLowerCase().replace('_', '-') + raw
                + ", " + gap.cell().source() + ")";
    }
}

package io.xxgk.generate;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injects the kind of arithmetic slip real reports contain (spec §8.1): one count in T2 or T3 off by a few, so that
 * R1, R2, R3 or R4 fails. The cell is marked in the ground truth; the value read must still be the value printed.
 */
final class FaultInjector {

    private FaultInjector() {
    }

    /**
     * Alters one reported count and returns what was changed ({@code T2.CARRY_OUT|NP 0→2}), or an empty string when
     * no reported cell of the drawn kind was found (a report of blanks and placeholders).
     */
    static String inject(ReportTruth truth, SplittableRandom r) {
        for (int attempt = 0; attempt < 10; attempt++) {
            TableCode table = TableCode.T2;
            String column = Draw.pick(r, "NP", "NP", "LP.COMMERCIAL", "TOTAL");
            String category = switch (r.nextInt(4)) {
                case 0 -> "CARRY_OUT|" + column;                                             // R1
                case 1 -> Draw.pick(r, "RESULT.GRANT", "RESULT.UNABLE.NOT_HELD", "NEW") + "|TOTAL"; // R2
                case 2 -> "RESULT.TOTAL|" + column;                                          // R3
                default -> {
                    table = TableCode.T3;                                                    // R4
                    yield Draw.pick(r, T3Figures.PROCEDURES.toArray(String[]::new)) + "|TOTAL";
                }
            };
            TruthCell cell = truth.cell(table, category);
            if (cell == null || cell.status() != CellStatus.REPORTED) {
                continue;
            }
            long v = cell.value().longValueExact();
            long delta = v > 0 && Draw.chance(r, 0.4) ? -Math.min(v, 1 + r.nextInt(3)) : 1 + r.nextInt(3);
            BigDecimal changed = BigDecimal.valueOf(v + delta);
            truth.replace(new TruthCell(cell.def(), cell.template(), changed.toPlainString(), changed,
                    CellStatus.REPORTED, cell.unit(), true));
            return table + "." + category + " " + v + "→" + changed;
        }
        return "";
    }

    static List<String> describe(String injected, List<String> violations) {
        return injected.isEmpty() ? List.of() : List.of(injected + " breaks " + (violations.isEmpty()
                ? "no evaluable rule" : String.join(", ", violations)));
    }
}

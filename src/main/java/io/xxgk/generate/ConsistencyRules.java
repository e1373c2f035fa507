package io.xxgk.generate;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules R1–R4 of spec §8, evaluated on a generated report's truth, so the generator can prove its figures consistent
 * and name what an injected fault breaks. A rule with a blank or placeholder operand is not evaluable and passes
 * silently here, as the spec prescribes (NOT_EVALUABLE is not a failure).
 */
final class ConsistencyRules {

    private static final List<String> COLUMNS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL");

    private ConsistencyRules() {
    }

    /** The failed rules, each as {@code R1 NP} (rule and the column or row it failed on). */
    static List<String> violations(ReportTruth truth) {
        List<String> out = new ArrayList<>();
        List<String> results = T2Figures.resultRows(truth.template(TableCode.T2));
        for (String c : COLUMNS) {
            BigDecimal in = sum(truth, TableCode.T2, List.of("NEW|" + c, "CARRY_IN|" + c));
            BigDecimal outflow = sum(truth, TableCode.T2, List.of("RESULT.TOTAL|" + c, "CARRY_OUT|" + c));
            if (in != null && outflow != null && in.compareTo(outflow) != 0) {
                out.add("R1 " + c);
            }
            BigDecimal total = value(truth, TableCode.T2, "RESULT.TOTAL|" + c);
            BigDecimal parts = sum(truth, TableCode.T2, results.stream().map(row -> row + "|" + c).toList());
            if (total != null && parts != null && total.compareTo(parts) != 0) {
                out.add("R3 " + c);
            }
        }
        List<String> rows = new ArrayList<>(List.of("NEW", "CARRY_IN"));
        rows.addAll(results);
        rows.addAll(List.of("RESULT.TOTAL", "CARRY_OUT"));
        for (String row : rows) {
            BigDecimal total = value(truth, TableCode.T2, row + "|TOTAL");
            BigDecimal parts = sum(truth, TableCode.T2,
                    T2Figures.APPLICANTS.stream().map(c -> row + "|" + c).toList());
            if (total != null && parts != null && total.compareTo(parts) != 0) {
                out.add("R2 " + row);
            }
        }
        for (String procedure : T3Figures.PROCEDURES) {
            BigDecimal total = value(truth, TableCode.T3, procedure + "|TOTAL");
            BigDecimal parts = sum(truth, TableCode.T3,
                    T3Figures.OUTCOMES.stream().map(o -> procedure + "|" + o).toList());
            if (total != null && parts != null && total.compareTo(parts) != 0) {
                out.add("R4 " + procedure);
            }
        }
        return out;
    }

    private static BigDecimal sum(ReportTruth truth, TableCode table, List<String> categories) {
        BigDecimal s = BigDecimal.ZERO;
        for (String category : categories) {
            BigDecimal v = value(truth, table, category);
            if (v == null) {
                return null;
            }
            s = s.add(v);
        }
        return s;
    }

    private static BigDecimal value(ReportTruth truth, TableCode table, String category) {
        TruthCell cell = truth.cell(table, category);
        return cell != null && cell.status() == CellStatus.REPORTED ? cell.value() : null;
    }
}

package io.xxgk.generate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares the cells extracted from one file with that file's ground truth. */
final class ReportComparison {

    /** Cells right, cells expected, and the mismatches (at most {@code keep}). */
    record Outcome(int correct, int total, List<CellMismatch> mismatches, String failure) {
    }

    private ReportComparison() {
    }

    static Outcome compare(List<ExpectedCell> expected, ExtractedReport report, String layout, int keep) {
        Map<String, Cell> read = new HashMap<>();
        for (Cell c : report.cells()) {
            read.put(c.def().cellKey(), c);
        }
        int correct = 0;
        List<CellMismatch> mismatches = new ArrayList<>();
        for (ExpectedCell e : expected) {
            Cell c = read.get(e.cellKey());
            CellMismatch m = c == null
                    ? new CellMismatch(e.file(), layout, e.cellKey(), "cell", e.valueRaw(), "(not read)", 0)
                    : firstDifference(e, c, layout);
            if (m == null) {
                correct++;
            } else if (mismatches.size() < keep) {
                mismatches.add(m);
            }
        }
        return new Outcome(correct, expected.size(), mismatches, null);
    }

    static Outcome failed(List<ExpectedCell> expected, String failure) {
        return new Outcome(0, expected.size(), List.of(), failure);
    }

    private static CellMismatch firstDifference(ExpectedCell e, Cell c, String layout) {
        String field = null;
        String expected = null;
        String actual = null;
        if (!e.valueRaw().equals(c.valueRaw())) {
            field = "value_raw";
            expected = e.valueRaw();
            actual = c.valueRaw();
        } else if (!e.status().equals(c.status().name())) {
            field = "status";
            expected = e.status();
            actual = c.status().name();
        } else if (!sameNumber(e.value(), c.value())) {
            field = "value";
            expected = String.valueOf(e.value());
            actual = String.valueOf(c.value());
        } else if (!e.unit().equals(c.unit())) {
            field = "unit";
            expected = e.unit();
            actual = c.unit();
        } else if (!e.template().equals(c.template().name())) {
            field = "template";
            expected = e.template();
            actual = c.template().name();
        }
        return field == null ? null
                : new CellMismatch(e.file(), layout, e.cellKey(), field, expected, actual, c.source().line());
    }

    /** Numbers are equal by value (4068.2080 = 4068.208); an absent number only equals an absent number. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}

package io.xxgk.core.validate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A template cell a rule reads, with what the report holds there (null when the extracted report has no cell for
 * it). Knows how to say itself in a message: its short label, value and where it was read.
 */
record Operand(CellDef def, Cell cell) {

    boolean hasValue() {
        return cell != null && cell.status().hasValue() && cell.value() != null;
    }

    BigDecimal value() {
        return cell.value();
    }

    /** "本年新收 5 (line 135)". */
    String describe(String label) {
        return label + " " + Labels.number(value()) + " (" + cell.source() + ")";
    }

    /** Why this operand has no number: "上年结转 (CARRY_IN|NP, line 144) is blank". */
    String whyUnusable(String label) {
        if (cell == null) {
            return label + " (" + def.category() + ") is missing from the extracted table";
        }
        String holds = switch (cell.status()) {
            case BLANK -> "is blank";
            case PLACEHOLDER -> "holds the placeholder '" + cell.valueRaw() + "'";
            case NON_NUMERIC -> "holds the text '" + cell.valueRaw() + "'";
            default -> "has no number";
        };
        return label + " (" + def.category() + ", " + cell.source() + ") " + holds;
    }

    // Loops, not streams: the sum rules call these for every row and column of every report.
    static boolean allHaveValues(List<Operand> operands) {
        for (Operand o : operands) {
            if (!o.hasValue()) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal sum(List<Operand> operands) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Operand o : operands) {
            sum = sum.add(o.value());
        }
        return sum;
    }

    /** The reasons of every operand without a number, joined for a NOT_EVALUABLE message. */
    static String whyUnusable(List<Operand> operands, Function<Operand, String> label) {
        return operands.stream().filter(o -> !o.hasValue()).map(o -> o.whyUnusable(label.apply(o)))
                .collect(Collectors.joining("; "));
    }
}

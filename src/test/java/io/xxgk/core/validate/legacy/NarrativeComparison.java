package io.xxgk.core.validate.legacy;

import io.xxgk.core.model.TableCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares one narrative figure with the table, where the figure may legitimately mean one of several sums
 * ("readings"): it passes when any reading with numbers equals it, is NOT_EVALUABLE when none equals it and some
 * reading lacks a number, and fails when every reading has numbers and none equals it. Expected is the first
 * reading (the primary meaning), actual the narrative's figure.
 */
final class NarrativeComparison {

    /** One meaning of a narrative figure: a sum of table cells, with words for the message. */
    record Reading(String words, List<Operand> operands) {

        boolean evaluable() {
            return Operand.allHaveValues(operands);
        }

        BigDecimal sum() {
            return Operand.sum(operands);
        }

        String describe() {
            String cells = operands.stream()
                    .map(o -> o.def().category() + ", " + o.cell().source())
                    .collect(Collectors.joining("; "));
            return words + " (" + cells + ") is " + Labels.number(sum());
        }
    }

    private NarrativeComparison() {
    }

    /** The finding for this figure, or null when it agrees with the table. */
    static Finding compare(String rule, Severity severity, TableCode table, String scope,
                           NarrativeFigure figure, List<Reading> readings) {
        BigDecimal stated = figure.value();
        for (Reading r : readings) {
            if (r.evaluable() && r.sum().compareTo(stated) == 0) {
                return null;
            }
        }
        String says = rule + " narrative (" + figure.source() + ") '" + shorten(figure.quote()) + "' gives "
                + Labels.number(stated) + " " + figure.kind().words() + ", but ";
        List<Operand> unusable = readings.stream().flatMap(r -> r.operands().stream())
                .filter(o -> !o.hasValue()).distinct().toList();
        if (!unusable.isEmpty()) {
            return Finding.notEvaluable(rule, table, scope,
                    says + Operand.whyUnusable(unusable, o -> Labels.shortCell(o.def())));
        }
        String tableSays = readings.stream().map(Reading::describe).collect(Collectors.joining(" and "));
        return Finding.fail(rule, severity, table, scope, readings.get(0).sum(), stated, says + tableSays);
    }

    private static String shorten(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 59) + "…";
    }
}

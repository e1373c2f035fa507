package io.xxgk.core.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for the {@code reports} table's {@code errors} and {@code warnings} columns, and for the load's
 * data-quality summary. NOT_EVALUABLE results and notes are INFO and count as neither.
 */
public record FindingCounts(int errors, int warnings, int notEvaluable) {

    public static FindingCounts of(Collection<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int notEvaluable = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARN -> warnings++;
                case INFO -> { }
            }
            if (f.outcome() == Outcome.NOT_EVALUABLE) {
                notEvaluable++;
            }
        }
        return new FindingCounts(errors, warnings, notEvaluable);
    }

    /** Failures (ERROR and WARN) per rule id, most frequent first, ties by rule id. */
    public static Map<String, Integer> failuresByRule(Collection<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            if (f.outcome() == Outcome.FAIL && f.severity() != Severity.INFO) {
                counts.merge(f.rule(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}

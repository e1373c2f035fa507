package io.xxgk.core.validate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compact, comparable views of findings for assertions. */
final class FindingRows {

    private FindingRows() {
    }

    /** "R1|ERROR|FAIL|T2|NP|3|2": rule, severity, outcome, table, scope, expected, actual. */
    static String row(Finding f) {
        return String.join("|", f.rule(), f.severity().name(), f.outcome().name(), f.tableCode(), f.scope(),
                plain(f.expected()), plain(f.actual()));
    }

    static List<String> rows(List<Finding> findings) {
        return findings.stream().map(FindingRows::row).toList();
    }

    /** The rows of one rule only. */
    static List<String> rows(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(FindingRows::row).toList();
    }

    /** The rows of every rule except PARSE_NOTE, whose notes are the extractor's words, not a rule's result. */
    static List<String> ruleRows(List<Finding> findings) {
        return findings.stream().filter(f -> !f.rule().equals(ParseNotesRule.ID)).map(FindingRows::row).toList();
    }

    /**
     * "R1=PASS R2=FAIL …" for every rule of the standard validator except PARSE_NOTE: FAIL when the rule has a
     * failing finding, else NOT_EVALUABLE when it has one, else NOTE, else PASS (no finding at all).
     */
    static String outcomes(List<Finding> findings) {
        Map<String, String> byRule = new LinkedHashMap<>();
        for (ReportRule rule : Validator.standard().rules()) {
            if (rule.id().equals(ParseNotesRule.ID)) {
                continue;
            }
            List<Outcome> got = findings.stream().filter(f -> f.rule().equals(rule.id())).map(Finding::outcome).toList();
            String outcome = got.contains(Outcome.FAIL) ? "FAIL"
                    : got.contains(Outcome.NOT_EVALUABLE) ? "NOT_EVALUABLE"
                    : got.contains(Outcome.NOTE) ? "NOTE" : "PASS";
            byRule.put(rule.id(), outcome);
        }
        return byRule.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}

package io.xxgk.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consistency rules R1–R4 of spec §8, computed from the golden files alone (never from the extractor): a
 * golden that misreads a row or a column breaks them. Each golden declares the outcome in its
 * {@code # rules:} line; a rule that fails must be declared there, with a note on whether the report itself is
 * inconsistent.
 */
class GoldenConsistencyTest {

    static final List<String> SEEDS = Seeds.NAMES;

    private static final List<String> APPLICANTS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER");
    private static final List<String> T2_COLUMNS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL");
    private static final List<String> OUTCOMES = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING");

    @ParameterizedTest(name = "{0}")
    @FieldSource("SEEDS")
    void goldenFileSatisfiesTheRulesItDeclares(String seed) {
        // given
        List<GoldenFile.Cell> golden = GoldenFile.cells(seed);
        String declared = GoldenFile.notes(seed).stream().filter(n -> n.startsWith("rules:"))
                .map(n -> n.substring("rules:".length()).strip()).findFirst().orElse("(no rules line)");

        // when
        String computed = rules(golden);

        // then
        assertThat(computed).isEqualTo(declared);
    }

    @Test
    void rulesCatchAWrongTotalInTheGolden() {
        // given seed 004, whose T2 holds 2 applications (NEW, UNABLE.NOT_HELD, RESULT.TOTAL), with RESULT.TOTAL|NP
        // misread as 3
        List<GoldenFile.Cell> golden = new ArrayList<>(GoldenFile.cells("004_2008f0193b0e469e"));
        golden.replaceAll(c -> c.category().equals("RESULT.TOTAL|NP") ? new GoldenFile.Cell(c.category(),
                c.tableCode(), c.template(), "3", "3", c.unit(), c.status(), c.sourceLine()) : c);

        // when
        String computed = rules(golden);

        // then
        assertThat(computed).isEqualTo("R1=fails[NP] R2=fails[RESULT.TOTAL] R3=fails[NP] R4=ok");
    }

    /** Outcome of R1–R4 as {@code R1=ok}, {@code R1=fails[scopes]} or {@code R1=n/a[scopes]} (blank operands). */
    static String rules(List<GoldenFile.Cell> golden) {
        Map<String, GoldenFile.Cell> t2 = byCategory(golden, "T2");
        Map<String, GoldenFile.Cell> t3 = byCategory(golden, "T3");
        Set<String> t2Rows = t2.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> resultLeaves = t2Rows.stream()
                .filter(r -> r.startsWith("RESULT.") && !r.equals("RESULT.TOTAL")).toList();

        Rule r1 = new Rule("R1");
        for (String c : T2_COLUMNS) {
            r1.check(c, sum(t2, List.of("NEW|" + c, "CARRY_IN|" + c)),
                    sum(t2, List.of("RESULT.TOTAL|" + c, "CARRY_OUT|" + c)));
        }
        Rule r2 = new Rule("R2");
        for (String r : t2Rows) {
            r2.check(r, sum(t2, List.of(r + "|TOTAL")), sum(t2, APPLICANTS.stream().map(a -> r + "|" + a).toList()));
        }
        Rule r3 = new Rule("R3");
        for (String c : T2_COLUMNS) {
            r3.check(c, sum(t2, List.of("RESULT.TOTAL|" + c)), sum(t2, resultLeaves.stream().map(r -> r + "|" + c).toList()));
        }
        Rule r4 = new Rule("R4");
        for (String p : List.of("RECON", "LIT.DIRECT", "LIT.AFTER_RECON")) {
            r4.check(p, sum(t3, List.of(p + "|TOTAL")), sum(t3, OUTCOMES.stream().map(o -> p + "|" + o).toList()));
        }
        return String.join(" ", r1.outcome(), r2.outcome(), r3.outcome(), r4.outcome());
    }

    private static Map<String, GoldenFile.Cell> byCategory(List<GoldenFile.Cell> golden, String table) {
        Map<String, GoldenFile.Cell> m = new LinkedHashMap<>();
        golden.stream().filter(c -> c.tableCode().equals(table)).forEach(c -> m.put(c.category(), c));
        return m;
    }

    /** Sum of the cells, or null when one is missing or has no number (the rule is then not evaluable). */
    private static BigDecimal sum(Map<String, GoldenFile.Cell> cells, List<String> categories) {
        BigDecimal total = BigDecimal.ZERO;
        for (String k : categories) {
            GoldenFile.Cell c = cells.get(k);
            if (c == null || !c.hasValue()) {
                return null;
            }
            total = total.add(new BigDecimal(c.value()));
        }
        return total;
    }

    private static final class Rule {
        private final String id;
        private final List<String> failed = new ArrayList<>();
        private final List<String> notEvaluable = new ArrayList<>();

        Rule(String id) {
            this.id = id;
        }

        void check(String scope, BigDecimal left, BigDecimal right) {
            if (left == null || right == null) {
                notEvaluable.add(scope);
            } else if (left.compareTo(right) != 0) {
                failed.add(scope);
            }
        }

        String outcome() {
            if (!failed.isEmpty()) {
                return id + "=fails[" + String.join(",", failed) + "]";
            }
            return notEvaluable.isEmpty() ? id + "=ok" : id + "=n/a[" + String.join(",", notEvaluable) + "]";
        }
    }
}

package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A finding is one row of the contract's findings table. */
class FindingTest {

    @Test
    void columnsAreTheOutputContractsInItsOrder() {
        // output-contract.md, "findings": report_id, rule, severity, table_code, scope, expected, actual, message.
        assertThat(Finding.COLUMNS).containsExactly(
                "report_id", "rule", "severity", "table_code", "scope", "expected", "actual", "message");
    }

    @Test
    void valuesFollowTheColumnsAndKeepAbsentNumbersNull() {
        Finding fail = Finding.fail("R1", Severity.ERROR, TableCode.T2, "NP", new BigDecimal("6"), new BigDecimal("5"), "m");
        Finding duplicate = Finding.fail("DUPLICATE_REPORT", Severity.WARN, null, "", null, null, "d");

        assertThat(fail.values("94da31ab61563a3e"))
                .containsExactly("94da31ab61563a3e", "R1", "ERROR", "T2", "NP", new BigDecimal("6"), new BigDecimal("5"), "m");
        assertThat(duplicate.values("x")).isEqualTo(Arrays.asList("x", "DUPLICATE_REPORT", "WARN", "", "", null, null, "d"));
    }

    @Test
    void notEvaluableIsInfoWithItsPrefixAndNoNumbers() {
        Finding f = Finding.notEvaluable("R4", TableCode.T3, "RECON", "总计 is blank");

        assertThat(f.values("x")).isEqualTo(Arrays.asList(
                "x", "R4", "INFO", "T3", "RECON", null, null, "not evaluable: 总计 is blank"));
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_EVALUABLE);
    }

    @Test
    void aNotEvaluableFindingCannotBeBuiltAsAWarning() {
        assertThatThrownBy(() -> new Finding("R1", Severity.WARN, Outcome.NOT_EVALUABLE, TableCode.T2, "NP", null, null,
                "not evaluable: x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failuresByRuleCountErrorsAndWarningsMostFrequentFirst() {
        List<Finding> findings = List.of(
                Finding.fail("R13", Severity.WARN, TableCode.T1, "", null, null, "a"),
                Finding.fail("R1", Severity.ERROR, TableCode.T2, "NP", null, null, "b"),
                Finding.fail("R1", Severity.ERROR, TableCode.T2, "TOTAL", null, null, "c"),
                Finding.notEvaluable("R2", TableCode.T2, "NEW", "x"),
                Finding.note("PARSE_NOTE", null, "", "n"));

        assertThat(FindingCounts.failuresByRule(findings)).containsExactly(
                Map.entry("R1", 2), Map.entry("R13", 1));
        assertThat(FindingCounts.of(findings)).isEqualTo(new FindingCounts(2, 1, 1));
    }
}

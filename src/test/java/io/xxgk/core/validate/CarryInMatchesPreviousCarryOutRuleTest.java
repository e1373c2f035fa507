package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.xxgk.core.validate.SeedReport.S003;
import static io.xxgk.core.validate.SeedReport.S004;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R6: this year's 上年结转 against the same agency's 结转下年度 of the year before, column by column. */
class CarryInMatchesPreviousCarryOutRuleTest {

    private final CarryInMatchesPreviousCarryOutRule rule = new CarryInMatchesPreviousCarryOutRule();

    @Test
    void holdsWhenLastYearCarriedNothingAndThisYearCarriesNothingIn() {
        // Given seed 004 (2020): 上年结转 all 0 (lines 144-150); 2019 carried 0 in every column.
        ExtractedReport report = SeedReport.parse(S004);

        assertThat(rule.check(report, previous(2019, zeros()))).isEmpty();
    }

    @Test
    void failsPerColumnWhenLastYearCarriedApplicationsThatDidNotArrive() {
        // Given seed 004 (2020, 上年结转 0) and a 2019 report that carried 1 from a natural person (so 1 in 总计).
        Map<String, BigDecimal> carried = zeros();
        carried.put("NP", BigDecimal.ONE);
        carried.put("TOTAL", BigDecimal.ONE);

        List<Finding> findings = rule.check(SeedReport.parse(S004), previous(2019, carried));

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R6|WARN|FAIL|T2|NP|1|0",
                "R6|WARN|FAIL|T2|TOTAL|1|0");
        assertThat(findings.get(0).message()).isEqualTo("R6 column 自然人 (NP): 上年结转 of this 2020 report 0 "
                + "(line 144), but 结转下年度 (CARRY_OUT|NP) of the 2019 report inbox/2019.txt is 1");
    }

    @Test
    void isNotEvaluableWhereLastYearsCarryOutWasBlank() {
        Map<String, BigDecimal> carried = zeros();
        carried.put("LP.RESEARCH", null);

        List<Finding> findings = rule.check(SeedReport.parse(S004), previous(2019, carried));

        assertThat(FindingRows.rows(findings)).containsExactly("R6|INFO|NOT_EVALUABLE|T2|LP.RESEARCH||");
        assertThat(findings.get(0).message()).isEqualTo("not evaluable: R6 column 科研机构 (LP.RESEARCH): 结转下年度 "
                + "(CARRY_OUT|LP.RESEARCH) of the 2019 report inbox/2019.txt has no number");
    }

    @Test
    void comparesTwoExtractedReportsOfConsecutiveYears() {
        // Given seed 004 as the 2020 report (结转下年度 all 0) and seed 003 retitled 2021 whose 上年结转 自然人 and 总计
        // read 1 (lines 85, 91), balanced by 结转下年度 1 (lines 346, 352) so the 2021 report is consistent in itself.
        PreviousCarryOut carried2020 = PreviousCarryOut.of(SeedReport.parse(S004), "inbox/004.txt");
        ExtractedReport report2021 = SeedReport.load(S003)
                .replace(1, "2023年南关区全安街道政府信息公开工作年度报告", "2021年南关区全安街道政府信息公开工作年度报告")
                .replace(85, "\t0", "\t1").replace(91, "\t0", "\t1")
                .replace(346, "\t0", "\t1").replace(352, "\t0", "\t1").parse();
        assertThat(Validator.standard().validate(report2021)).isEmpty();

        assertThat(FindingRows.rows(rule.check(report2021, carried2020))).containsExactly(
                "R6|WARN|FAIL|T2|NP|0|1",
                "R6|WARN|FAIL|T2|TOTAL|0|1");
    }

    @Test
    void refusesAPreviousReportThatIsNotTheYearBefore() {
        assertThatThrownBy(() -> rule.check(SeedReport.parse(S004), previous(2018, zeros())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("R6 compares a 2020 report with 2019, not with 2018 (inbox/2019.txt)");
    }

    private static PreviousCarryOut previous(int year, Map<String, BigDecimal> carried) {
        return new PreviousCarryOut(year, "inbox/2019.txt", carried);
    }

    private static Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> m = new HashMap<>();
        for (String col : List.of("NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER", "TOTAL")) {
            m.put(col, BigDecimal.ZERO);
        }
        return m;
    }
}

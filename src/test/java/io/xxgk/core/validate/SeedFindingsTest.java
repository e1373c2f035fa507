package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each rule says about the five real seed reports. Every expectation below was derived by reading the seed
 * text (line numbers as {@code awk '{print NR": "$0}'} shows them), not from the validator's output; the comments
 * say how. "PASS" means the rule was evaluated on numbers and holds (no finding); for R11/R12 it can also mean the
 * narrative states no figure, which the separate narrative-figure assertions tell apart. That these rules can fail
 * on the same inputs is shown by {@link CraftedBreaksTest}.
 */
class SeedFindingsTest {

    private static final String ALL_PASS = "R1=PASS R2=PASS R3=PASS R4=PASS R5=PASS R11=PASS R12=PASS R13=PASS "
            + "R14=PASS TEMPLATE_MISMATCH=PASS";

    @Test
    void seed000_beijiStreet2020_allZeroTablesPassEveryRule() {
        // Given 吉林市船营区北极街道 2020, V2019 (T1 本年新制作数量…, T2 （六）其他处理 one row with 7 values, lines 338-345).
        // Every value cell of T1 (lines 38-99), T2 (124-364) and T3 (396-410) is "0", so R1-R4 hold as 0 = 0 and R5
        // has nothing negative or fractional; no cell is blank (R13). The year 2020 expects V2019 (R14). The
        // narrative states no application or case figure: line 7 names the section 收到和处理政府信息公开申请的情况
        // and 行政复议及提起行政诉讼的情况 without a number, and line 23 explains 依申请公开 without one.
        ExtractedReport report = SeedReport.parse(SeedReport.S000);

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.outcomes(findings)).isEqualTo(ALL_PASS);
        assertThat(findings).isEmpty();
        assertThat(figures(report)).isEmpty();
    }

    @Test
    void seed001_yanzhouRoad2020_statesNoApplicationsAndTablesAgree() {
        // Given 盐池县盐州路街道 2020, V2019, tab-separated rows; all T1/T2/T3 values are 0 (lines 45-62, 69-92, 99).
        // Line 39 "本年度未收到政府信息公开申请" states 0 applications received = T2 NEW 总计 0 (line 69) → R11 holds.
        // Line 27 "本年度累计办件20138件" counts 政务服务 cases, not 政府信息公开申请, and must not be compared.
        ExtractedReport report = SeedReport.parse(SeedReport.S001);

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.outcomes(findings)).isEqualTo(ALL_PASS);
        assertThat(findings).isEmpty();
        assertThat(figures(report)).containsExactly("RECEIVED 0 line 39");
    }

    @Test
    void seed002_jiangyuan2020_reportsTheTwoBlankProcurementCells() {
        // Given 江源区 2020, V2019. T1 政府集中采购 (line 82) has no values: line 83 holds the Jilin 发布总数量 sentence
        // instead → 采购项目数量 and 采购总金额 are BLANK: R13 T1 = 20 of 22 cells with a number (WARN).
        // T1 本年增/减 values +2, +56, 0, 0, -5 (lines 41, 46, 58, 63, 74): V2019 YEAR_CHANGE may be negative → R5
        // holds; the other T1 values (384, 36756, 156, 0, 1869, 12642, 65, 2, 43) are whole and ≥ 0.
        // T2 and T3 are all 0 (lines 106-346, 379-393) → R1-R4 hold.
        // Line 7 "我区未收到公民、法人和其他组织政府信息公开申请" = 0 received = NEW 总计 0 → R11 holds.
        ExtractedReport report = SeedReport.parse(SeedReport.S002);

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.outcomes(findings)).isEqualTo(ALL_PASS.replace("R13=PASS", "R13=FAIL"));
        assertThat(FindingRows.ruleRows(findings)).containsExactly("R13|WARN|FAIL|T1||22|20");
        assertThat(findings.get(0).message())
                .contains("2 blank, 0 placeholder, 0 non-numeric")
                .contains("A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT (blank, line 82)")
                .contains("A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT (blank, line 82)");
        assertThat(figures(report)).containsExactly("RECEIVED 0 line 7");
        // The stray sentence is also shown to the analyst as the extractor's parse note.
        assertThat(findings).filteredOn(f -> f.rule().equals(ParseNotesRule.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.table()).isEqualTo(TableCode.T1);
                    assertThat(f.message()).contains("政府集中采购").contains("4267");
                });
    }

    @Test
    void seed003_quananStreet2023_v2021TablesPassWithTheThreeOtherSubRows() {
        // Given 南关区全安街道 2023, V2021 (T1 本年制发件数… lines 15-17; T2 （六） with three sub-rows, lines 303-333).
        // All values 0 → R1-R4 hold; R3 sums the three （六） sub-rows, not a （六） cell (there is none in V2021).
        // 2023 expects V2021 → R14 holds. Line 8 "2023年没有依申请公开事项发生" says "no requests" but not in the words
        // 政府信息公开申请; the reader is conservative and takes no figure from it.
        ExtractedReport report = SeedReport.parse(SeedReport.S003);

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.outcomes(findings)).isEqualTo(ALL_PASS);
        assertThat(findings).isEmpty();
        assertThat(figures(report)).isEmpty();
    }

    @Test
    void seed004_qingyang2020_twoApplicationsBalanceEverywhere() {
        // Given 晋江市青阳街道 2020, V2019. T2: NEW 自然人 2, 总计 2 (lines 135, 141), CARRY_IN all 0 (144-150),
        // （四）1.本机关不掌握 自然人 2, 总计 2 (263, 269), （七）总计 自然人 2, 总计 2 (360, 366), CARRY_OUT all 0;
        // every other T2 value 0 (the page-break row label at line 337 does not add a row).
        //   R1: 2 + 0 = 2 + 0 in 自然人 and 总计, 0 elsewhere. R2: each row's 总计 is its 自然人 value.
        //   R3: the only non-zero leaf is 本机关不掌握 2 = （七）总计 2. R4: T3 all 0 (lines 406-420).
        //   R5: T1 5, 5, 10 (49-51), 采购项目 71 and 采购总金额 8808257.32元 (112-113: money, decimals allowed).
        //   R11: line 29 "今年共接到2条…政府信息公开申请件" = NEW 总计 2 (CARRY_IN 0, so both readings give 2).
        ExtractedReport report = SeedReport.parse(SeedReport.S004);

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.outcomes(findings)).isEqualTo(ALL_PASS);
        assertThat(findings).isEmpty();
        assertThat(figures(report)).containsExactly("RECEIVED 2 line 29");
    }

    @Test
    void findingCountsOfTheSeedsAreOneWarningForSeed002Only() {
        // From the readings above: only seed 002 has a finding that is not INFO (R13 on T1).
        assertThat(counts(SeedReport.S000)).isEqualTo(new FindingCounts(0, 0, 0));
        assertThat(counts(SeedReport.S001)).isEqualTo(new FindingCounts(0, 0, 0));
        assertThat(counts(SeedReport.S002)).isEqualTo(new FindingCounts(0, 1, 0));
        assertThat(counts(SeedReport.S003)).isEqualTo(new FindingCounts(0, 0, 0));
        assertThat(counts(SeedReport.S004)).isEqualTo(new FindingCounts(0, 0, 0));
    }

    private static FindingCounts counts(String seed) {
        return FindingCounts.of(Validator.standard().validate(SeedReport.parse(seed)));
    }

    /** "RECEIVED 2 line 29": the narrative figures the reader takes from a report. */
    static List<String> figures(ExtractedReport report) {
        return new NarrativeFigureReader().read(report.narrative()).stream()
                .map(f -> f.kind() + " " + f.value().toPlainString() + " " + f.source()).toList();
    }
}

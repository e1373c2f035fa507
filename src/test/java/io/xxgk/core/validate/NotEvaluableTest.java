package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.xxgk.core.validate.SeedReport.S004;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule whose operand is blank, a placeholder or text is NOT_EVALUABLE: an INFO finding whose message starts
 * "not evaluable:" and names the operand, with no expected/actual numbers. It is neither a failure (no error or
 * warning is counted) nor a pass (it is listed). The gap itself is counted by R13.
 */
class NotEvaluableTest {

    @Test
    void blankCarryInMakesR1AndR2NotEvaluableForItsColumnAndRowOnly() {
        // Given seed 004 with 上年结转 自然人 (line 144) emptied. R1 for the 自然人 column and R2 for the 上年结转 row
        // use it; the other six R1 columns and the other rows still evaluate and hold. R11's "共接到2条" equals NEW
        // 总计 2 (line 141), which does not need 上年结转 at all, so it passes.
        ExtractedReport report = SeedReport.load(S004).replace(144, "\t0", "\t").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R1|INFO|NOT_EVALUABLE|T2|NP||",
                "R2|INFO|NOT_EVALUABLE|T2|CARRY_IN||",
                "R13|WARN|FAIL|T2||161|160");
        assertThat(findings.get(0).message()).isEqualTo(
                "not evaluable: R1 column 自然人 (NP): 上年结转 (CARRY_IN|NP, line 144) is blank");
        assertThat(findings.get(1).message()).isEqualTo(
                "not evaluable: R2 row 二、上年结转政府信息公开申请数量 (CARRY_IN): 自然人 (CARRY_IN|NP, line 144) is blank");
        assertThat(FindingCounts.of(findings)).isEqualTo(new FindingCounts(0, 1, 2));
    }

    @Test
    void placeholderInAResultLeafMakesR3NotEvaluable() {
        // Given seed 004 with （一）予以公开 自然人 (line 154) reading "-".
        ExtractedReport report = SeedReport.load(S004).replace(154, "\t0", "\t-").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R2|INFO|NOT_EVALUABLE|T2|RESULT.GRANT||",
                "R3|INFO|NOT_EVALUABLE|T2|NP||",
                "R13|WARN|FAIL|T2||161|160");
        assertThat(findings.get(1).message()).isEqualTo("not evaluable: R3 column 自然人 (NP): （一）予以公开 "
                + "(RESULT.GRANT|NP, line 154) holds the placeholder '-'");
    }

    @Test
    void placeholderInAT3TotalMakesR4NotEvaluable() {
        // Given seed 004 with 行政复议 总计 (line 410) reading "-".
        ExtractedReport report = SeedReport.load(S004).replace(410, "\t0", "\t-").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R4|INFO|NOT_EVALUABLE|T3|RECON||",
                "R13|WARN|FAIL|T3||15|14");
        assertThat(findings.get(0).message()).isEqualTo(
                "not evaluable: R4 行政复议 (RECON): 总计 (RECON|TOTAL, line 410) holds the placeholder '-'");
    }

    @Test
    void textInAT2CellMakesItsColumnAndRowNotEvaluable() {
        // Given seed 004 with 结转下年度 法人或其他组织·其他 (line 374) reading "不详". (Text in a T3 value slot is
        // not used here: the T3 parser refuses the whole table then, see the report of issue 4.)
        ExtractedReport report = SeedReport.load(S004).replace(374, "\t0", "\t不详").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R1|INFO|NOT_EVALUABLE|T2|LP.OTHER||",
                "R2|INFO|NOT_EVALUABLE|T2|CARRY_OUT||",
                "R13|WARN|FAIL|T2||161|160");
        assertThat(findings.get(0).message()).isEqualTo(
                "not evaluable: R1 column 其他 (LP.OTHER): 结转下年度 (CARRY_OUT|LP.OTHER, line 374) holds the text '不详'");
    }

    @Test
    void blankNewTotalMakesTheNarrativeComparisonNotEvaluable() {
        // Given seed 004 with 本年新收 总计 (line 141) emptied: the narrative's 2 has nothing to be compared with.
        ExtractedReport report = SeedReport.load(S004).replace(141, "\t2", "\t").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R1|INFO|NOT_EVALUABLE|T2|TOTAL||",
                "R2|INFO|NOT_EVALUABLE|T2|NEW||",
                "R11|INFO|NOT_EVALUABLE|T2|NEW|TOTAL||",
                "R13|WARN|FAIL|T2||161|160");
        assertThat(findings.get(2).message()).isEqualTo("not evaluable: R11 narrative (line 29) '今年共接到2条群众通过"
                + "网络方式申请的政府信息公开申请件' gives 2 applications received, but 本年新收 总计 (NEW|TOTAL, "
                + "line 141) is blank");
    }

    @Test
    void aWhollyBlankT3IsNotEvaluableThreeTimesAndCountedOnce() {
        // Given seed 004 with all 15 T3 values (lines 406-420) emptied.
        SeedReport edited = SeedReport.load(S004);
        for (int line = 406; line <= 420; line++) {
            edited.replace(line, "\t0", "\t");
        }

        List<Finding> findings = Validator.standard().validate(edited.parse());

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R4|INFO|NOT_EVALUABLE|T3|RECON||",
                "R4|INFO|NOT_EVALUABLE|T3|LIT.DIRECT||",
                "R4|INFO|NOT_EVALUABLE|T3|LIT.AFTER_RECON||",
                "R13|WARN|FAIL|T3||15|0");
        assertThat(findings.get(3).message()).isEqualTo("R13 T3: 0 of 15 template cells hold a number; 15 blank, "
                + "0 placeholder, 0 non-numeric: RECON|UPHELD (blank, line 406), RECON|CORRECTED (blank, line 407), "
                + "RECON|OTHER (blank, line 408), RECON|PENDING (blank, line 409), RECON|TOTAL (blank, line 410) "
                + "and 10 more");
    }
}

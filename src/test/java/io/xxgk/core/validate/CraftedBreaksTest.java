package io.xxgk.core.validate;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.xxgk.core.validate.SeedReport.S001;
import static io.xxgk.core.validate.SeedReport.S003;
import static io.xxgk.core.validate.SeedReport.S004;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule broken once: a seed that passes every rule (see {@link SeedFindingsTest}) gets a few value lines edited
 * so that exactly one rule stops holding, is parsed by the real parser and validated. Edits that must keep the other
 * rules true are made in pairs (a row's cell and its 总计, a column's intake and outcome), as the comments say.
 * Line numbers are those of the unedited seed; expected numbers follow from the seed values and the edit.
 */
class CraftedBreaksTest {

    @Test
    void r1FailsWhenCarryInIsAddedWithoutAnOutcome() {
        // Given seed 004 with 上年结转 自然人 and 总计 0 → 1 (lines 144, 150): rows still add up (R2) and results are
        // unchanged (R3), but intake 2 + 1 = 3 while outcome 2 + 0 = 2 in both columns.
        ExtractedReport report = SeedReport.load(S004).replace(144, "\t0", "\t1").replace(150, "\t0", "\t1").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R1|ERROR|FAIL|T2|NP|3|2",
                "R1|ERROR|FAIL|T2|TOTAL|3|2");
        assertThat(findings.get(0).message()).isEqualTo("R1 column 自然人 (NP): 本年新收 2 (line 135) + 上年结转 1 "
                + "(line 144) = 3, but 办理结果总计 2 (line 360) + 结转下年度 0 (line 369) = 2");
    }

    @Test
    void r2FailsWhenAnApplicantColumnChangesButTheRowTotalDoesNot() {
        // Given seed 004 with 上年结转 自然人 0 → 1 (line 144) and 结转下年度 自然人 0 → 1 (line 369): the 自然人 column
        // still balances (2 + 1 = 2 + 1), but both rows now sum to 1 while their 总计 stays 0 (lines 150, 375).
        ExtractedReport report = SeedReport.load(S004).replace(144, "\t0", "\t1").replace(369, "\t0", "\t1").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R2|ERROR|FAIL|T2|CARRY_IN|1|0",
                "R2|ERROR|FAIL|T2|CARRY_OUT|1|0");
        assertThat(findings.get(0).message()).isEqualTo("R2 row 二、上年结转政府信息公开申请数量 (CARRY_IN): 总计 0 "
                + "(line 150), but the six applicant columns sum to 1 (自然人 1, 商业企业 0, 科研机构 0, 社会公益组织 0, "
                + "法律服务机构 0, 其他 0; line 144 to line 149)");
    }

    @Test
    void r3FailsWhenTheV2019OtherRowIsNotInTheResultTotal() {
        // Given seed 004 with （六）其他处理 自然人 and 总计 0 → 1 (lines 350, 356): the row adds up (R2) and R1 uses
        // （七）总计, which stays 2; but the 19 V2019 result leaves now sum to 3 against （七）总计 2.
        ExtractedReport report = SeedReport.load(S004).replace(350, "\t0", "\t1").replace(356, "\t0", "\t1").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R3|ERROR|FAIL|T2|NP|3|2",
                "R3|ERROR|FAIL|T2|TOTAL|3|2");
        assertThat(findings.get(0).message()).isEqualTo("R3 column 自然人 (NP): （七）总计 2 (line 360), but the 19 "
                + "result rows sum to 3 (non-zero: （四）无法提供 > 1.本机关不掌握相关政府信息 2 (line 263), "
                + "（六）其他处理 1 (line 350))");
    }

    @Test
    void r3CountsTheThreeV2021OtherSubRows() {
        // Given seed 003 (V2021) with （六）2.逾期未按收费通知缴纳费用 自然人 and 总计 0 → 1 (lines 316, 322): the sub-row
        // is a result leaf in V2021, so the 21 leaves sum to 1 against （七）总计 0 (lines 337, 343).
        ExtractedReport report = SeedReport.load(S003).replace(316, "\t0", "\t1").replace(322, "\t0", "\t1").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R3|ERROR|FAIL|T2|NP|1|0",
                "R3|ERROR|FAIL|T2|TOTAL|1|0");
        assertThat(findings.get(0).message()).contains("the 21 result rows sum to 1").contains(
                "（六）其他处理 > 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1 (line 316)");
    }

    @Test
    void r4FailsWhenAReconsiderationOutcomeIsNotInItsTotal() {
        // Given seed 004 with 行政复议 结果维持 0 → 1 (line 406); its 总计 (line 410) stays 0.
        ExtractedReport report = SeedReport.load(S004).replace(406, "\t0", "\t1").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly("R4|ERROR|FAIL|T3|RECON|1|0");
        assertThat(findings.get(0).message()).isEqualTo("R4 行政复议 (RECON): 总计 0 (line 410), but 结果维持 1 "
                + "(line 406) + 结果纠正 0 (line 407) + 其他结果 0 (line 408) + 尚未审结 0 (line 409) = 1");
    }

    @Test
    void r5FailsOnANegativeCountAFractionalCountAndNegativeMoneyButNotOnANegativeYearChange() {
        // Given seed 004's T1 with 规范性文件 本年新制作数量 5 → 2.5 (line 49), 行政许可 本年增/减 0 → -4 (line 64,
        // allowed: V2019 YEAR_CHANGE is signed), 处理决定数量 0 → -3 (line 65) and 采购总金额 → -8808257.32元
        // (line 113). T1 has no sum rules, so only R5 can see these.
        ExtractedReport report = SeedReport.load(S004)
                .replace(49, "\t5", "\t2.5")
                .replace(64, "\t0", "\t-4")
                .replace(65, "\t0", "\t-3")
                .replace(113, "\t8808257.32元", "\t-8808257.32元")
                .parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R5|ERROR|FAIL|T1|A20_1.NORMATIVE_DOC|NEW_MADE||2.5",
                "R5|ERROR|FAIL|T1|A20_5.LICENSING|DECISIONS||-3",
                "R5|ERROR|FAIL|T1|A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT||-8808257.32");
        assertThat(findings.get(1).message()).isEqualTo("R5 T1 第二十条第（五）项 > 行政许可 / 处理决定数量 "
                + "(A20_5.LICENSING|DECISIONS, line 65): '-3' is negative; a count must be ≥ 0 (only 本年增/减 may be "
                + "negative)");
    }

    @Test
    void r5FailsOnANegativeT3CountEvenWhenTheRowStillSums() {
        // Given seed 004 with 行政复议 结果维持 0 → -1 and 其他结果 0 → 1 (lines 406, 408): -1 + 0 + 1 + 0 = 0 = 总计,
        // so R4 holds and only the sign check sees the impossible count.
        ExtractedReport report = SeedReport.load(S004).replace(406, "\t0", "\t-1").replace(408, "\t0", "\t1").parse();

        assertThat(FindingRows.rows(Validator.standard().validate(report)))
                .containsExactly("R5|ERROR|FAIL|T3|RECON|UPHELD||-1");
    }

    @Test
    void r11FailsWhenTheNarrativeReceivedCountDiffersFromTheTable() {
        // Given seed 004 whose line 29 now says 共接到3条 instead of 2: NEW 总计 is 2 (line 141) and, with 上年结转 0
        // (line 150), NEW + CARRY_IN is 2 as well, so neither meaning of 接到 gives 3.
        ExtractedReport report = SeedReport.load(S004).edit(29, "共接到2条", "共接到3条").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly("R11|WARN|FAIL|T2|NEW|TOTAL|2|3");
        assertThat(findings.get(0).message()).isEqualTo("R11 narrative (line 29) '今年共接到3条群众通过网络方式申请的"
                + "政府信息公开申请件' gives 3 applications received, but 本年新收 总计 (NEW|TOTAL, line 141) is 2 and "
                + "本年新收 + 上年结转 总计 (NEW|TOTAL, line 141; CARRY_IN|TOTAL, line 150) is 2");
    }

    @Test
    void r11FailsWhenTheNarrativeSaysNoApplicationsButTheTableHasOne() {
        // Given seed 001 ("本年度未收到政府信息公开申请", line 39) with one application from a natural person that is
        // carried over: NEW 自然人/总计 0 → 1 (line 69) and 结转下年度 自然人/总计 0 → 1 (line 92). R1-R3 still hold.
        ExtractedReport report = SeedReport.load(S001)
                .replace(69, "一、\t本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t",
                        "一、\t本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\t")
                .replace(92, "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0",
                        "四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1")
                .parse();

        assertThat(FindingRows.rows(Validator.standard().validate(report)))
                .containsExactly("R11|WARN|FAIL|T2|NEW|TOTAL|1|0");
    }

    @Test
    void r11ChecksNaturalPersonsConcludedAndCarriedOverFigures() {
        // Given seed 004 whose line 29 is replaced by a sentence stating all four figures wrongly; the table says
        // NEW 总计 2, NEW 自然人 2, （七）总计 2, 结转下年度 总计 0 (lines 141, 135, 366, 375).
        ExtractedReport report = SeedReport.load(S004).replace(29, line29(),
                "今年共受理政府信息公开申请3件，其中自然人申请1件；共办结4件，结转下年度5件。").parse();

        assertThat(FindingRows.rows(Validator.standard().validate(report))).containsExactly(
                "R11|WARN|FAIL|T2|NEW|TOTAL|2|3",
                "R11|WARN|FAIL|T2|NEW|NP|2|1",
                "R11|WARN|FAIL|T2|RESULT.TOTAL|TOTAL|2|4",
                "R11|WARN|FAIL|T2|CARRY_OUT|TOTAL|0|5");
    }

    @Test
    void r11HoldsWhenTheSameFourFiguresAgreeWithTheTable() {
        ExtractedReport report = SeedReport.load(S004).replace(29, line29(),
                "今年共受理政府信息公开申请2件，其中自然人申请2件；共办结2件，结转下年度0件。").parse();

        assertThat(new NarrativeFigureReader().read(report.narrative())).hasSize(4);
        assertThat(Validator.standard().validate(report)).isEmpty();
    }

    @Test
    void r11AcceptsEitherMeaningOfReceivedButNothingElse() {
        // Given seed 004 with one application carried in and one carried out in 自然人/总计 (lines 144, 150, 369,
        // 375): NEW 总计 2, NEW + CARRY_IN 总计 3. "受理 2件" (new only) and "受理 3件" (new plus carried in) both
        // agree; "受理 4件" agrees with neither and reports NEW as expected.
        for (String stated : List.of("2", "3", "4")) {
            ExtractedReport report = SeedReport.load(S004)
                    .replace(144, "\t0", "\t1").replace(150, "\t0", "\t1")
                    .replace(369, "\t0", "\t1").replace(375, "\t0", "\t1")
                    .replace(29, line29(), "今年共受理政府信息公开申请" + stated + "件。").parse();

            List<String> rows = FindingRows.rows(Validator.standard().validate(report));

            if (stated.equals("4")) {
                assertThat(rows).as("stated %s", stated).containsExactly("R11|WARN|FAIL|T2|NEW|TOTAL|2|4");
            } else {
                assertThat(rows).as("stated %s", stated).isEmpty();
            }
        }
    }

    @Test
    void r11IgnoresASentenceThatDoesNotSayGovernmentInformationApplication() {
        // Given seed 003 ("2023年没有依申请公开事项发生", line 8) with one application that is carried over (NEW and
        // CARRY_OUT 自然人/总计 0 → 1, lines 76, 82, 346, 352): the tables balance, and the reader deliberately takes no
        // figure from 依申请公开事项, so no R11 finding — a conservative miss rather than a guessed contradiction.
        ExtractedReport report = SeedReport.load(S003)
                .replace(76, "\t0", "\t1").replace(82, "\t0", "\t1")
                .replace(346, "\t0", "\t1").replace(352, "\t0", "\t1").parse();

        assertThat(Validator.standard().validate(report)).isEmpty();
    }

    @Test
    void r12FailsWhenTheNarrativeCountsCasesTheTableDoesNot() {
        // Given seed 004 with a sentence added to line 29 stating 1 reconsideration and 2 lawsuits; T3 is all 0
        // (行政复议 总计 line 410, 直接起诉 总计 415, 复议后起诉 总计 420).
        ExtractedReport report = SeedReport.load(S004)
                .edit(29, "均已按照相关要求回复。", "均已按照相关要求回复。本年度因政府信息公开被申请行政复议1件，提起行政诉讼2件。")
                .parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly(
                "R12|WARN|FAIL|T3|RECON|TOTAL|0|1",
                "R12|WARN|FAIL|T3|LIT.DIRECT|TOTAL+LIT.AFTER_RECON|TOTAL|0|2");
        assertThat(findings.get(1).message()).endsWith("gives 2 administrative lawsuits, but 行政诉讼 未经复议直接起诉 "
                + "总计 + 复议后起诉 总计 (LIT.DIRECT|TOTAL, line 415; LIT.AFTER_RECON|TOTAL, line 420) is 0");
    }

    @Test
    void r12ReadsNoneOccurredAsZero() {
        // Given seed 004 with one upheld reconsideration (结果维持 and 总计 0 → 1, lines 406, 410, so R4 holds) and a
        // sentence saying no reconsideration or lawsuit occurred: 0 ≠ 1 for 行政复议, 0 = 0 for 行政诉讼.
        ExtractedReport report = SeedReport.load(S004)
                .replace(406, "\t0", "\t1").replace(410, "\t0", "\t1")
                .edit(29, "均已按照相关要求回复。", "均已按照相关要求回复。本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。")
                .parse();

        assertThat(FindingRows.rows(Validator.standard().validate(report)))
                .containsExactly("R12|WARN|FAIL|T3|RECON|TOTAL|1|0");
    }

    @Test
    void r13CountsBlankPlaceholderAndNonNumericCellsOfOneTable() {
        // Given seed 004's 行政许可 row (lines 63-65) reading "-", "" and "无数据" instead of 0, 0, 0.
        ExtractedReport report = SeedReport.load(S004)
                .replace(63, "\t0", "\t-").replace(64, "\t0", "\t").replace(65, "\t0", "\t无数据").parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly("R13|WARN|FAIL|T1||22|19");
        assertThat(findings.get(0).message()).isEqualTo("R13 T1: 19 of 22 template cells hold a number; 1 blank, "
                + "1 placeholder, 1 non-numeric: A20_5.LICENSING|PREV_YEAR_ITEMS (placeholder '-', line 63), "
                + "A20_5.LICENSING|YEAR_CHANGE (blank, line 64), A20_5.LICENSING|DECISIONS (non-numeric '无数据', line 65)");
    }

    @Test
    void r14FailsWhenAV2021ReportIsTitledForA2020Year() {
        // Given seed 003 (V2021 tables) retitled 2020 (line 1) with its statistics period moved to 2020 (line 3):
        // a 2020 report should use V2019.
        ExtractedReport report = SeedReport.load(S003)
                .replace(1, "2023年南关区全安街道政府信息公开工作年度报告", "2020年南关区全安街道政府信息公开工作年度报告")
                .edit(3, "自2023年1月1日起至2023年12月31日止", "自2020年1月1日起至2020年12月31日止")
                .parse();

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly("R14|WARN|FAIL||||");
        assertThat(findings.get(0).message()).startsWith("R14: the tables are printed in template V2021, but a 2020 "
                + "report should use V2019 (reports up to 2020 use V2019, from 2021 V2021); detected from T1 labels");
    }

    @Test
    void templateMismatchNotesAV2021ReportWhoseT2KeepsTheV2019OtherRow() {
        // Given seed 003 (2023, V2021) whose （六）其他处理 (line 303) is followed directly by seven 0 values instead of
        // the three sub-rows (lines 304-333): T1 stays V2021, T2 becomes V2019, as in the real mixed reports the
        // output contract describes. All sums still hold and the year matches T1, so the mix is the only finding.
        SeedReport edited = SeedReport.load(S003).delete(305, 333);
        edited.replace(304, "\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "\t0", "\t0", "\t0", "\t0", "\t0", "\t0", "\t0");
        ExtractedReport report = edited.parse();
        assertThat(report.tableTemplates()).containsEntry(TableCode.T1, TemplateVersion.V2021)
                .containsEntry(TableCode.T2, TemplateVersion.V2019);
        assertThat(report.cells(TableCode.T2)).extracting(Cell::category).contains("RESULT.OTHER|NP");

        List<Finding> findings = Validator.standard().validate(report);

        assertThat(FindingRows.rows(findings)).containsExactly("TEMPLATE_MISMATCH|INFO|NOTE||||");
        assertThat(findings.get(0).message()).isEqualTo("TEMPLATE_MISMATCH: T1 is printed in V2021, T2 in V2019 "
                + "(（六）其他处理 printed as one row, cells RESULT.OTHER|…); each table is loaded as printed, with its "
                + "own template's codes");
    }

    /** Seed 004's line 29, the one narrative paragraph about applications. */
    private static String line29() {
        return SeedReport.load(S004).text().split("\n", -1)[28];
    }
}

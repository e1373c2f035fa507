package io.xxgk.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Printed labels, normalised, to template codes (spec §7.3–§7.5): by text and aliases, never by position. */
class LabelMatchingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            一、本年新收政府信息公开申请数量                                      | NEW
            二、上年结转政府信息公开申请数量                                      | CARRY_IN
            (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)                 | RESULT.PARTIAL
            （二）部分公开                                                        | RESULT.PARTIAL
            1. 属于国家秘密                                                       | RESULT.DENY.STATE_SECRET
            1.国家秘密                                                            | RESULT.DENY.STATE_SECRET
            3.危及"三安全一稳定"                                                  | RESULT.DENY.SECURITY_STABILITY
            3.危及三安全一稳定                                                    | RESULT.DENY.SECURITY_STABILITY
            7.行政执法案卷                                                        | RESULT.DENY.ENFORCEMENT_FILE
            3.䃼正后申请内容仍不明确                                              | RESULT.UNABLE.UNCLEAR
            1.信访举报投诉诉求类申请                                              | RESULT.NOT_PROCESSED.PETITION
            （六）其他处理                                                        | RESULT.OTHER
            (六) 其他                                                             | RESULT.OTHER
            1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请     | RESULT.OTHER.NO_CORRECTION
            2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请 | RESULT.OTHER.FEE_UNPAID
            （七）总计                                                            | RESULT.TOTAL
            （七）合计                                                            | RESULT.TOTAL
            四、结转下年度继续办理                                                | CARRY_OUT
            """)
    void matchesT2RowLabelVariants(String printed, String rowCode) {
        assertThat(T2Parser.matchRow(LabelNormalizer.label(printed), "")).isEqualTo(rowCode);
    }

    @Test
    void readsThreeOtherAsASubRowOnlyUnderTheOtherGroup() {
        LabelNormalizer.Label label = LabelNormalizer.label("3.其他");

        assertThat(T2Parser.matchRow(label, "RESULT.OTHER")).isEqualTo("RESULT.OTHER.OTHER");
        assertThat(T2Parser.matchRow(label, "RESULT.NOT_PROCESSED")).isNull();
    }

    @Test
    void doesNotTakeTheUnnumberedTotalColumnHeaderForTheTotalRow() {
        assertThat(T2Parser.matchRow(LabelNormalizer.label("总计"), "")).isNull();
        assertThat(T2Parser.matchRow(LabelNormalizer.label("合计"), "")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            商业企业      | LP.COMMERCIAL
            商业 企业     | LP.COMMERCIAL
            商业机构      | LP.COMMERCIAL
            科研 机构     | LP.RESEARCH
            社会组织      | LP.NONPROFIT
            社会公益      | LP.NONPROFIT
            其他组织      | LP.OTHER
            合计          | TOTAL
            """)
    void matchesT2ColumnLabelVariants(String printed, String colCode) {
        assertThat(TemplateLabels.T2_COLUMNS.match(LabelNormalizer.label(printed).core()).code()).isEqualTo(colCode);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            規章                                              | REGULATION
            规章（设区的市、自治州人民政府应提供相关数据）    | REGULATION
            规范性文件                                        | NORMATIVE_DOC
            行政规范性文件                                    | NORMATIVE_DOC
            """)
    void matchesT1RowLabelVariants(String printed, String rowCode) {
        assertThat(TemplateLabels.T1_ROWS.match(LabelNormalizer.label(printed).core()).code()).isEqualTo(rowCode);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            本年新\\n制作数量                                                | NEW_MADE
            本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）    | YEAR_CHANGE
            处理决定数量（指2020年办件量）                                  | DECISIONS_V2019
            本年处理决定数量                                                | DECISIONS_V2021
            本年收费金额(单位:万元)                                         | FEE_AMOUNT
            本年收费金额                                                    | FEE_AMOUNT
            """)
    void matchesT1ColumnLabelVariants(String printed, String colCode) {
        String core = LabelNormalizer.label(printed.replace("\\n", "\n")).core();

        assertThat(TemplateLabels.T1_COLUMNS.match(core).code()).isEqualTo(colCode);
    }

    @Test
    void matchesT3HeaderLabelsWithInnerSpacesAndTraditionalCharacters() {
        assertThat(TemplateLabels.T3_LABELS.match(LabelNormalizer.label("尚未     审结").core()).code()).isEqualTo("PENDING");
        assertThat(TemplateLabels.T3_LABELS.match(LabelNormalizer.label("結果維持").core()).code()).isEqualTo("UPHELD");
        assertThat(TemplateLabels.T3_LABELS.match(LabelNormalizer.label("合计").core()).code()).isEqualTo("TOTAL");
    }
}

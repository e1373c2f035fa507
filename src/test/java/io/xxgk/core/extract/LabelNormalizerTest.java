package io.xxgk.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation pipeline of spec §7.1, step by step, on label forms seen in reports (§7.2–§7.5). */
class LabelNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            第二十条第（一）项          | 第二十条第(一)项
            第二十条第(一)项            | 第二十条第(一)项
            本年收费金额（单位：万元）  | 本年收费金额(单位:万元)
            １２３                      | 123
            商业 企业                   | 商业企业
            结果  维持                  | 结果维持
            三、本 年度办 理结果        | 三、本年度办理结果
            信息内容\u3000\u00A0        | 信息内容
            """)
    void foldsWidthAndRemovesAllWhitespace(String raw, String expected) {
        assertThat(LabelNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void removesLineBreaksInsideAHeaderCell() {
        assertThat(LabelNormalizer.normalize("本年新\n制作数量")).isEqualTo("本年新制作数量");
        assertThat(LabelNormalizer.normalize("上一年\n\n项目数量")).isEqualTo("上一年项目数量");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            3.危及“三安全一稳定”
            3.危及"三安全一稳定"
            3.危及'三安全一稳定'
            3.危及「三安全一稳定」
            3.危及三安全一稳定
            """)
    void removesAnyQuotesAroundThreeSecuritiesOneStability(String raw) {
        assertThat(LabelNormalizer.normalize(raw)).isEqualTo("3.危及三安全一稳定");
    }

    @Test
    void foldsTheTypoForBuInBuZheng() {
        assertThat(LabelNormalizer.normalize("3.䃼正后申请内容仍不明确")).isEqualTo("3.补正后申请内容仍不明确");
    }

    @Test
    void foldsTraditionalCharactersOfTemplateLabels() {
        assertThat(LabelNormalizer.normalize("規章")).isEqualTo("规章");
        assertThat(LabelNormalizer.normalize("規範性文件")).isEqualTo("规范性文件");
        assertThat(LabelNormalizer.normalize("本年新 製作數量")).isEqualTo("本年新制作数量");
        assertThat(LabelNormalizer.normalize("結果維持")).isEqualTo("结果维持");
    }

    @Test
    void unifiesTheSeparatorsOfTheV2021OtherSubLabels() {
        String expected = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        assertThat(LabelNormalizer.normalize("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"))
                .isEqualTo(expected);
        assertThat(LabelNormalizer.normalize("1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> [{1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            一、本年新收政府信息公开申请数量 | 一 | 本年新收政府信息公开申请数量
            （一）予以公开                   | 一 | 予以公开
            (一) 予以公开                    | 一 | 予以公开
            （七）合计                       | 七 | 合计
            (六) 其他                        | 六 | 其他
            1.属于国家秘密                   | 1  | 属于国家秘密
            1. 属于国家秘密                  | 1  | 属于国家秘密
            1．属于国家秘密                  | 1  | 属于国家秘密
            1、属于国家秘密                  | 1  | 属于国家秘密
            3、 收到和处理政府信息公开申请情况 | 3 | 收到和处理政府信息公开申请情况
            规章                             | '' | 规章
            """)
    void splitsTheNumberingFromTheCoreText(String raw, String number, String core) {
        LabelNormalizer.Label label = LabelNormalizer.label(raw);

        assertThat(label.number()).isEqualTo(number);
        assertThat(label.core()).isEqualTo(core);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            规章（设区的市、自治州人民政府应提供相关数据）                              | 规章
            处理决定数量（指2020年办件量）                                              | 处理决定数量
            上一年项目数量（指2019年事项数）                                            | 上一年项目数量
            本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）                 | 本年增/减
            规范性文件（行政机关制定发布的决定、公告、通告、意见、通知）                | 规范性文件
            (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)                       | 部分公开
            本年收费金额（单位：万元）                                                  | 本年收费金额
            """)
    void stripsATrailingParentheticalAnnotation(String raw, String core) {
        assertThat(LabelNormalizer.label(raw).core()).isEqualTo(core);
    }

    @Test
    void keepsALabelThatIsNothingButParentheses() {
        assertThat(LabelNormalizer.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").core())
                .isEqualTo("(本列数据的勾稽关系为:第一项加第二项之和、等于第三项加第四项之和)");
    }

    @Test
    void treatsANumberInItsOwnCellAsNumberOnly() {
        assertThat(LabelNormalizer.label("一、").isNumberOnly()).isTrue();
        assertThat(LabelNormalizer.label("规章").isNumberOnly()).isFalse();
    }
}

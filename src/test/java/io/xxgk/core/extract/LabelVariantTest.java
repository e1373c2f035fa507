package io.xxgk.core.extract;

import io.xxgk.core.model.ExtractedReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Label variants of spec §7 that the seeds do not print, written into a seed whose value cells all hold distinct
 * numbers: every value must still land in its own cell. Edits replace label text in place, so no line moves.
 */
class LabelVariantTest {

    private static final String S000 = "000_94da31ab61563a3e"; // V2019, one cell per line
    private static final String S001 = "001_5bf9956e543a31f7"; // V2019, tab-separated rows
    private static final String S003 = "003_ae5e98d31dd755d7"; // V2021, one cell per line

    /** One label edit: in line {@code line} of the seed, {@code from} becomes {@code to}. */
    record Edit(int line, String from, String to) {
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                argumentSet("合计 for 总计 (T2 column, （七） row, T3 columns)", S000, List.of(
                        new Edit(112, "总计", "合计"), new Edit(348, "（七）总计", "（七）合计"),
                        new Edit(376, "总计", "合计"), new Edit(389, "总计", "合计"), new Edit(394, "总计", "合计"))),
                argumentSet("其他组织 for the T2 column 其他", S000, List.of(new Edit(120, "其他", "其他组织"))),
                argumentSet("straight quotes in 危及\"三安全一稳定\"", S000,
                        List.of(new Edit(185, "“三安全一稳定”", "\"三安全一稳定\""))),
                argumentSet("no quotes in 危及三安全一稳定", S000,
                        List.of(new Edit(185, "“三安全一稳定”", "三安全一稳定"))),
                argumentSet("traditional characters (規章, 規範性文件, 製作數量, 結果維持)", S000, List.of(
                        new Edit(37, "规章", "規章"), new Edit(42, "规范性文件", "規範性文件"),
                        new Edit(33, "本年新制作数量", "本年新 製作數量"), new Edit(372, "结果  维持", "結果  維持"))),
                argumentSet("Hubei trailing annotations", S000, List.of(
                        new Edit(37, "规章", "规章（设区的市、自治州人民政府应提供相关数据）"),
                        new Edit(42, "规范性文件", "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知…）"),
                        new Edit(50, "上一年项目数量", "上一年项目数量（指2019年事项数）"),
                        new Edit(51, "本年增/减", "本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）"),
                        new Edit(52, "处理决定数量", "处理决定数量（指2020年办件量）"),
                        new Edit(59, "其他对外管理服务事项", "其他对外管理服务事项（指行政许可证以外的政务服务事项，含行政确认、"
                                + "行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项）"),
                        new Edit(94, "采购项目数量", "采购项目数量（指2020年采购项目数）"))),
                argumentSet("a space after the numbering dot (1. 属于国家秘密)", S000, List.of(
                        new Edit(163, "1.属于国家秘密", "1. 属于国家秘密"),
                        new Edit(251, "1.本机关不掌握相关政府信息", "1. 本机关不掌握相关政府信息"))),
                argumentSet("OCR short form (六) 其他 of the V2019 row", S000,
                        List.of(new Edit(338, "（六）其他处理", "(六) 其他"))),
                argumentSet("不予公开 labels without 属于", S000, List.of(
                        new Edit(163, "1.属于国家秘密", "1.国家秘密"), new Edit(207, "5.属于三类内部事务信息", "5.三类内部事务信息"),
                        new Edit(218, "6.属于四类过程性信息", "6.四类过程性信息"), new Edit(229, "7.属于行政执法案卷", "7.行政执法案卷"),
                        new Edit(240, "8.属于行政查询事项", "8.行政查询事项"))),
                argumentSet("half-width brackets in the T1 block headers", S000, List.of(
                        new Edit(30, "（一）", "(一)"), new Edit(47, "（五）", "(五)"), new Edit(64, "（六）", "(六)"),
                        new Edit(81, "（八）", "(八)"), new Edit(91, "（九）", "(九)"))),
                argumentSet("V2021 （六） sub-labels with commas and half-width brackets", S003, List.of(
                        new Edit(303, "（六）其他处理", "(六) 其他处理"),
                        new Edit(304, "1.申请人无正当理由逾期不补正、", "1. 申请人无正当理由逾期不补正, "),
                        new Edit(315, "缴纳费用、", "缴纳费用，"))),
                argumentSet("V2021 fee column 本年收费金额(单位:万元) in half-width", S003,
                        List.of(new Edit(51, "本年收费金额（单位：万元）", "本年收费金额(单位:万元)"))),
                argumentSet("V2021 fee column printed as bare 本年收费金额", S003,
                        List.of(new Edit(51, "本年收费金额（单位：万元）", "本年收费金额"))),
                argumentSet("tab rows: split column labels 商业 企业 / 科研 机构, 社会公益, 合计", S001, List.of(
                        new Edit(68, "商业机构\t科研机构\t社会组织", "商业 企业\t科研 机构\t社会公益"),
                        new Edit(67, "总计", "合计"), new Edit(91, "(七) 总计", "(七) 合计"))));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void readsEveryValueIntoItsOwnCellWhenTheLabelsVary(String seed, List<Edit> edits) throws Exception {
        // given
        DistinctValues.Rewritten rewritten = DistinctValues.rewrite(Seeds.text(seed));
        String text = rewritten.text();
        for (Edit e : edits) {
            text = Seeds.replaceInLine(text, e.line(), e.from(), e.to());
        }

        // when
        ExtractedReport report = Seeds.parse(text);

        // then
        DistinctValueLayoutTest.assertEachValueInItsOwnCell(GoldenFile.cells(seed), rewritten, report);
        assertThat(report.issues()).as("a known variant is not an issue").isEmpty();
    }
}

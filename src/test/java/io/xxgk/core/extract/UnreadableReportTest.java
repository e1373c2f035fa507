package io.xxgk.core.extract;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reports whose tables cannot be read completely are refused with a typed reason and a message an operator can
 * act on (which table, which rows, in words), never a stack trace and never a half-read, zero-filled result.
 */
class UnreadableReportTest {

    private static final String S000 = "000_94da31ab61563a3e";

    @Test
    void refusesAPre2019ReportWithTheOldIndicatorTable() {
        // given a 2018 report with the old 指标名称 / 计量单位 / 统计数 table and no template tables
        String text = """
                某县人民政府2018年政府信息公开工作年度报告

                一、概述
                2018年，我县认真贯彻落实《中华人民共和国政府信息公开条例》。
                二、主动公开政府信息情况
                \t指标名称
                \t计量单位
                \t统计数

                \t一、主动公开情况
                \t
                \t

                \t（一）主动公开政府信息数
                \t条
                \t120

                \t二、依申请公开情况
                \t
                \t

                \t（一）收到申请数
                \t件
                \t3
                三、存在的主要问题及改进措施
                无。
                """;

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.PRE_2019_FORMAT);
        assertThat(failure.getMessage()).isEqualTo("this is a pre-2019 report (old 指标名称/计量单位 statistics table); "
                + "only the 2019 and 2021 templates can be loaded");
    }

    @Test
    void refusesAReportWithoutTablesNamingAllThree() {
        // given seed 000's title, overview and closing sections only (lines 1-27, 416-428)
        String text = Seeds.lines(S000, 1, 27) + "\n" + Seeds.lines(S000, 416, 428);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TABLES_MISSING);
        assertThat(failure.getMessage()).isEqualTo("none of the three statistical tables was found: "
                + "T1 (主动公开政府信息情况, no 第二十条第（一）项 block); "
                + "T2 (收到和处理政府信息公开申请情况, no 申请人情况 header); "
                + "T3 (行政复议、行政诉讼情况, no 行政复议 header after T2); is this an annual report with its tables?");
    }

    @Test
    void refusesAReportWithDeletedT2RowsNamingTheRows() {
        // given seed 000 without the rows 4.无正当理由大量反复申请 (lines 315-325) and （三）不予公开 > 1.属于国家秘密
        // (lines 161-171, with the group label)
        String text = Seeds.deleteLines(Seeds.deleteLines(Seeds.text(S000), 315, 325), 161, 171);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.ROWS_MISSING);
        assertThat(failure.getMessage()).isEqualTo("T2 is missing 2 of 23 rows: "
                + "三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密; "
                + "三、本年度办理结果 > （五）不予处理 > 4.无正当理由大量反复申请");
    }

    @Test
    void refusesAReportWithADeletedT1RowNamingTheRow() {
        // given seed 000 without the row 行政许可 of block （五） (lines 54-58)
        String text = Seeds.deleteLines(Seeds.text(S000), 54, 58);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.ROWS_MISSING);
        assertThat(failure.getMessage()).isEqualTo("T1 (V2019) is missing 1 row: 第二十条第（五）项 > 行政许可");
    }

    @Test
    void refusesAReportTruncatedInsideT2SayingWhereItEnds() {
        // given seed 000 cut after line 210, the third value of T2 row 5.属于三类内部事务信息
        String text = Seeds.lines(S000, 1, 210);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TABLES_MISSING);
        assertThat(failure.getMessage()).isEqualTo("table not found: T3 (行政复议、行政诉讼情况, no 行政复议 header after T2); "
                + "the file ends inside T2 at line 210, so it looks truncated: requeue the complete file");
    }

    @Test
    void refusesAReportTruncatedInsideT1SayingWhereItEnds() {
        // given seed 000 cut after line 60, the first value of T1 row 其他对外管理服务事项
        String text = Seeds.lines(S000, 1, 60);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TABLES_MISSING);
        assertThat(failure.getMessage()).isEqualTo("table not found: "
                + "T2 (收到和处理政府信息公开申请情况, no 申请人情况 header); T3 (行政复议、行政诉讼情况, no 行政复议 header after T2); "
                + "the file ends inside T1 at line 60, so it looks truncated: requeue the complete file");
    }

    @Test
    void refusesAReportWithoutT3WithoutCallingItTruncated() {
        // given seed 000 without its T3 heading and table (lines 367-411); the notes and sections 五、六、 follow T2
        String text = Seeds.deleteLines(Seeds.text(S000), 367, 411);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TABLES_MISSING);
        assertThat(failure.getMessage()).isEqualTo("table not found: T3 (行政复议、行政诉讼情况, no 行政复议 header after T2)");
    }

    @Test
    void refusesAReportTruncatedInsideT3CountingTheValues() {
        // given seed 000 cut after line 403, the eighth of T3's fifteen values
        String text = Seeds.lines(S000, 1, 403);

        // when
        ExtractionFailure failure = refusal(text);

        // then
        assertThat(failure.reason()).isEqualTo(Reason.ROWS_MISSING);
        assertThat(failure.getMessage()).isEqualTo("T3 has 8 of 15 value cells "
                + "(行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5); the table is cut short");
    }

    /** The refusal the text must produce: an ExtractionFailure with no cause and no stack trace in its message. */
    private static ExtractionFailure refusal(String text) {
        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class, () -> Seeds.parse(text));
        assertThat(failure).as("extraction must refuse the report").isNotNull();
        assertThat(failure.getCause()).isNull();
        assertThat(failure.getMessage()).doesNotContain("Exception", "\tat ", "null");
        return failure;
    }
}

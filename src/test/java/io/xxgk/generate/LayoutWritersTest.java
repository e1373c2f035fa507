package io.xxgk.generate;

import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each layout writer reproduces the structure of its seed (spec §7.6), in both templates. */
class LayoutWritersTest {

    /** 三、本年度办理结果, also in its spaced variant 三、本 年度办 理结果. */
    private static final String RESULT_LABEL = "三、本 ?年度办 ?理结果";
    private static final List<GeneratedReport> CORPUS = IntStream.range(0, 400)
            .mapToObj(i -> new ReportGenerator(7).generate(i)).toList();

    private static List<String> texts(Layout layout) {
        return CORPUS.stream().filter(r -> r.content().layout() == layout).map(ReportGeneratorTest::text).toList();
    }

    private static List<String> texts(Layout layout, TemplateVersion t1) {
        return CORPUS.stream().filter(r -> r.content().layout() == layout
                && r.content().truth().template(TableCode.T1) == t1).map(ReportGeneratorTest::text).toList();
    }

    @Test
    void everyLayoutIsWrittenInBothTemplates() {
        for (Layout layout : Layout.values()) {
            assertThat(texts(layout, TemplateVersion.V2019)).as(layout.name()).isNotEmpty();
            assertThat(texts(layout, TemplateVersion.V2021)).as(layout.name()).isNotEmpty();
        }
    }

    @Test
    void jilinLayoutSplitsTheTitleAndPrintsTheDisclosureSentenceAndTheNotes() {
        assertThat(texts(Layout.JILIN_CELL_PER_LINE)).allSatisfy(t -> assertThat(t)
                .contains("年政府信息公开工作\n\n年度报告\n")
                .containsPattern("\t20\\d\\d 年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：\\d+个。\n")
                .contains("\n收到和处理政府信息公开申请情况\n", "\n注: 1.如统计数据表格中", "\n\t行政复议\n\t行政诉讼\n"));
    }

    @Test
    void tabRowsLayoutWritesOnePhysicalLinePerRowWithTrailingTabsAndASplitHeader() {
        List<String> texts = texts(Layout.TAB_ROWS);
        assertThat(texts).allSatisfy(t -> assertThat(t)
                .containsPattern("\n一、\t本年新收政府信息公开申请数量(\t[^\t\n]*){7}\t\n")
                .containsPattern("\n行政复议\t{5}行政诉讼\t{9}\n")
                .containsPattern("\n[^\t\n]*(\t[^\t\n]*){14}\n\n五、"));
        assertThat(texts).anyMatch(t -> t.contains("\t上一年\t本年增/减\t\n\n\t项目数量\t\n"));
        assertThat(texts(Layout.TAB_ROWS, TemplateVersion.V2021))
                .anyMatch(t -> t.contains("\n信息内容\t本年处理决定数量\t\t\n"));
    }

    @Test
    void continuedHeadersLayoutContinuesHeaderCellsWithoutTheTabAndPutsTheSentenceInTheValueSlot() {
        List<String> texts = texts(Layout.CONTINUED_HEADERS, TemplateVersion.V2019);
        assertThat(texts).anyMatch(t -> t.contains("\n\t本年新\n制作数量\n\t本年新\n公开数量\n"));
        assertThat(texts).anyMatch(contains("\n\t政府集中采购\n \t20", "政府信息公开发布总数量（非新闻类、消息类）："));
        assertThat(texts).anyMatch(t -> t.matches("(?s).*\n\t\\+\\d+\n.*"));
    }

    @Test
    void blankRunLayoutOpensTheResultLabelCellWithTwelveBlankLines() {
        assertThat(texts(Layout.BLANK_RUN)).anyMatch(t -> t.contains("\n\t\n" + "\n".repeat(12) + "三、本年度办理结果\n\t（一）予以公开\n"));
        assertThat(texts(Layout.BLANK_RUN)).allSatisfy(t -> assertThat(t)
                .contains("\n3、 收到和处理政府信息公开申请情况\n", "\n4、 政府信息公开行政复议、行政诉讼情况\n"));
    }

    @Test
    void pageBreaksLayoutBreaksHeaderCellsAcrossBlankLinesAndRepeatsTheGroupLabel() {
        List<String> texts = texts(Layout.PAGE_BREAKS);
        assertThat(texts).allSatisfy(t -> assertThat(t).containsPattern("^.*文件  \n")
                .containsPattern("\n\t" + RESULT_LABEL + "\n(\t[（(][一二三四五六七][）)][^\n]+\n)?(\t\n)*\t[1-8（(]")
                .contains("四、政府信息公开行政复议及行政诉讼情况"));
        assertThat(texts(Layout.PAGE_BREAKS, TemplateVersion.V2019))
                .allSatisfy(t -> assertThat(t).contains("\t上一年\n\n项目数量\n", "\t采购项目\n\n数量\n"));
        assertThat(texts).allSatisfy(t -> assertThat(t.split("\t" + RESULT_LABEL + "\n", -1)).hasSize(3));
    }

    private static Predicate<String> contains(String... parts) {
        return t -> List.of(parts).stream().allMatch(t::contains);
    }
}

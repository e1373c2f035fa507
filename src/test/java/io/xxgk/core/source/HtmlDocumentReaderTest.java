package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDocumentReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    @Test
    void expandsRowspanAndColspanIntoAFullGridOfCoveredCells() throws ExtractionFailure {
        // given the T2 header corner: the note over 3 columns and 2 rows, 申请人情况 over 2 columns
        String html = "<table>\n<tr><td rowspan=\"2\" colspan=\"3\">注</td><td colspan=\"2\">申请人情况</td></tr>\n"
                + "<tr><td>自然人</td><td>总计</td></tr>\n</table>";

        // when
        List<DocBlock.Row> rows = rows(read(html));

        // then covered positions are empty, flagged, and point at the cell that covers them
        assertThat(texts(rows.get(0))).containsExactly("注", "", "", "申请人情况", "");
        assertThat(texts(rows.get(1))).containsExactly("", "", "", "自然人", "总计");
        assertThat(rows.get(0).cells()).extracting(GridCell::covered).containsExactly(false, true, true, false, true);
        assertThat(rows.get(1).cells()).extracting(GridCell::covered).containsExactly(true, true, true, false, false);
        assertThat(rows.get(1).cells().get(2).source().location()).isEqualTo("table[1]/tr[1]/td[1]");
        assertThat(rows.get(0).cells().get(4).source().location()).isEqualTo("table[1]/tr[1]/td[2]");
        assertThat(rows.get(1).cells().get(4).source()).satisfies(s -> {
            assertThat(s.location()).isEqualTo("table[1]/tr[2]/td[2]");
            assertThat(s.line()).isEqualTo(3);
        });
    }

    @Test
    void coversTrailingColumnsOfARowspanAfterTheLastCell() throws ExtractionFailure {
        // given 总计 spanning two header rows at the right edge
        String html = "<table><tr><td>自然人</td><td>法人</td><td rowspan=2>总计</td></tr>"
                + "<tr><td>商业企业</td><td>其他</td></tr></table>";

        // when / then
        assertThat(rows(read(html)).get(1).cells()).extracting(GridCell::text, GridCell::covered)
                .containsExactly(tuple("商业企业", false), tuple("其他", false), tuple("", true));
    }

    @Test
    void joinsLabelTextSplitAcrossSpans() throws ExtractionFailure {
        // given a label split by Word's export into two spans and a source line break
        String html = "<table><tr><td><p class=MsoNormal><span lang=ZH-CN>本年新</span><span\n"
                + "style='font-family:宋体'>制作数量</span></p></td><td>三、本\n年度办\n理结果</td></tr></table>";

        // when / then
        assertThat(texts(rows(read(html)).get(0))).containsExactly("本年新制作数量", "三、本年度办理结果");
    }

    @Test
    void keepsBrInsideHeaderCellsAsLineBreaks() throws ExtractionFailure {
        // given a header cell broken with <br />, as SH2019's 本年新<br />制作数量
        String html = "<table><tr><td>本年新<br />制作数量</td><td>上一年<br><br>项目数量</td></tr></table>";

        // when / then
        assertThat(texts(rows(read(html)).get(0))).containsExactly("本年新\n制作数量", "上一年\n项目数量");
    }

    @Test
    void readsNbspOnlyCellsAsEmpty() throws ExtractionFailure {
        // given blank cells as editors write them
        String html = "<table><tr><td>&nbsp;</td><td><p>&nbsp;&nbsp;</p></td><td>\u3000</td><td></td><td>&nbsp;0&nbsp;</td>"
                + "</tr></table>";

        // when
        DocBlock.Row row = rows(read(html)).get(0);

        // then they are empty (BLANK downstream), and a padded 0 is just 0
        assertThat(row.cells()).extracting(GridCell::isEmpty).containsExactly(true, true, true, true, false);
        assertThat(texts(row)).containsExactly("", "", "", "", "0");
    }

    @Test
    void ignoresScriptsStylesAndSiteChrome() throws ExtractionFailure {
        // given a report page inside a site template
        String html = "<html><head><title>站点</title><style>p{color:red}</style>"
                + "<script>var t='2099年政府信息公开工作年度报告';</script></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a><a>年度报告</a></div><nav>信息公开目录</nav>"
                + "<div class=\"position\">当前位置：首页 &gt; 年度报告</div><header><h2>示例市人民政府</h2></header>"
                + "<div style=\"display: none\">隐藏文字</div><noscript>请启用脚本</noscript>"
                + "<article><header><h1>某某镇2020年政府信息公开<br>工作年度报告</h1></header>"
                + "<p>一、总体情况</p><script>document.write('广告')</script><p>正文<span hidden>隐藏</span>内容。</p>"
                + "</article><footer>版权所有</footer><div id=\"footer_copy\">网站标识码</div></body></html>";

        // when
        List<String> paragraphs = paragraphs(read(html));

        // then only the report's own lines are left, the <br> title split into lines as in a text dump
        assertThat(paragraphs).containsExactly("某某镇2020年政府信息公开", "工作年度报告", "一、总体情况", "正文内容。");
    }

    @Test
    void joinsSourceLineBreaksBetweenChineseCharactersButNotBetweenWords() throws ExtractionFailure {
        // given running text wrapped in the source, as Word's HTML export wraps it
        String html = "<p>全年共受理政府信息公开\n申请12件，\nof which 3 were\nlate.</p>";

        // when / then
        assertThat(paragraphs(read(html))).containsExactly("全年共受理政府信息公开申请12件， of which 3 were late.");
    }

    @Test
    void readsGbkHtmlWithHttpEquivCharset() throws ExtractionFailure {
        // given a GBK page declaring its charset in the older http-equiv form
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>盐池县盐州路街道办事处</p><table><tr><td>商业企业</td><td>科研机构</td></tr></table></body></html>").getBytes(GBK);

        // when
        ReportDocument doc = reader.read(bytes);

        // then
        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(paragraphs(doc)).containsExactly("盐池县盐州路街道办事处");
        assertThat(texts(rows(doc).get(0))).containsExactly("商业企业", "科研机构");
    }

    @Test
    void readsGbkHtmlWithoutMetaCharset() throws ExtractionFailure {
        // given a GBK page that declares nothing
        byte[] bytes = "<html><body><p>晋江市青阳街道办事处</p><p>补正后申请内容仍不明确</p></body></html>".getBytes(GBK);

        // when
        ReportDocument doc = reader.read(bytes);

        // then the content decides
        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(paragraphs(doc)).containsExactly("晋江市青阳街道办事处", "补正后申请内容仍不明确");
    }

    @Test
    void readsGbkPageThatWronglyDeclaresLatin1() throws ExtractionFailure {
        // given an editor default declaration that cannot be right for Chinese text
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>全安街道</p></body></html>".getBytes(GBK);

        // when / then
        assertThat(paragraphs(reader.read(bytes))).containsExactly("全安街道");
    }

    @Test
    void readsUtf8PageThatStillDeclaresGb2312() throws ExtractionFailure {
        // given a page re-saved as UTF-8 with its old declaration left in place
        // (these UTF-8 bytes also decode as GB18030 without error, to 鏀垮簻淇℃伅鍏紑 and 鍏ㄥ畨琛楅亾)
        byte[] bytes = "<html><head><meta charset=\"gb2312\"></head><body><p>政府信息公开</p><p>全安街道</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        // when
        ReportDocument doc = reader.read(bytes);

        // then valid UTF-8 wins over the stale declaration
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(paragraphs(doc)).containsExactly("政府信息公开", "全安街道");
    }

    @Test
    void readsLayoutTableContentAsTextAndItsInnerTableAsRows() throws ExtractionFailure {
        // given an old table-based page frame around the report
        String html = "<table><tr><td>首页</td></tr><tr><td><p>江源区2020年度政府信息公开工作年度报告</p>"
                + "<table><tr><td>行政复议</td><td>行政诉讼</td></tr></table><p>五、存在的主要问题</p></td></tr></table>";

        // when
        ReportDocument doc = read(html);

        // then
        assertThat(doc.blocks()).hasSize(4);
        assertThat(paragraphs(doc)).containsExactly("首页", "江源区2020年度政府信息公开工作年度报告", "五、存在的主要问题");
        assertThat(texts(rows(doc).get(0))).containsExactly("行政复议", "行政诉讼");
        assertThat(rows(doc).get(0).cells().get(1).source().location()).isEqualTo("table[2]/tr[1]/td[2]");
    }

    @Test
    void readsOneCellTableAsText() throws ExtractionFailure {
        // given a box drawn around the title with a one-cell table
        String html = "<table><tr><td><p>青阳街道办事处</p><p>2020年政府信息公开工作年度报告</p></td></tr></table>";

        // when / then
        assertThat(read(html).blocks()).allMatch(b -> b instanceof DocBlock.Paragraph);
    }

    @Test
    void refusesTablesThatExpandBeyondTheCellLimit() {
        // given spans that would expand a tiny page into millions of positions
        String html = "<table>" + "<tr><td colspan=1000>x</td></tr>".repeat(300) + "</table>";

        // when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(html))
                .isInstanceOfSatisfying(ExtractionFailure.class, f -> assertThat(f.reason())
                        .isEqualTo(ExtractionFailure.Reason.MALFORMED_TABLE));
    }

    private ReportDocument read(String html) throws ExtractionFailure {
        return reader.read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<DocBlock.Row> rows(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof DocBlock.Row).map(b -> (DocBlock.Row) b).toList();
    }

    private static List<String> paragraphs(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof DocBlock.Paragraph)
                .map(b -> ((DocBlock.Paragraph) b).text()).toList();
    }

    private static List<String> texts(DocBlock.Row row) {
        return row.cells().stream().map(GridCell::text).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

package io.xxgk.core.source;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports rebuilt as web pages with their tables' real merged cells: the facts read from the page
 * equal the seed's golden file and the facts read from its text dump, except format and source positions.
 */
class HtmlSeedEquivalenceTest {

    enum Variant {
        /** Bare tables with rowspan/colspan headers and &nbsp; blanks. */
        PLAIN(HtmlFixtureWriter.Style.PLAIN, false),
        /** As a government site serves it: chrome around, Word export markup, labels split across spans. */
        PUBLISHED(HtmlFixtureWriter.Style.PUBLISHED, false),
        /**
         * T1 row labels span two columns where 信息内容 spans one, so values sit one column right of their header;
         * T2 row labels reach one column past the note cell, so values sit right of their applicant columns.
         */
        MISALIGNED_COLSPAN(HtmlFixtureWriter.Style.PLAIN, true);

        final HtmlFixtureWriter.Style style;
        final boolean misaligned;

        Variant(HtmlFixtureWriter.Style style, boolean misaligned) {
            this.style = style;
            this.misaligned = misaligned;
        }
    }

    private final ReportParser parser = new ReportParser();

    static Stream<Arguments> seedsAndVariants() {
        return SeedFixtures.seeds().flatMap(s -> Stream.of(Variant.values()).map(v -> Arguments.of(s, v)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsAndVariants")
    void htmlBuiltFromSeedTablesYieldsTheSeedsFacts(String seed, Variant variant) throws ExtractionFailure {
        // given the seed's facts from its text dump, and a web page laid out from the same rows
        ReportParser.Parsed fromText = parser.parse(SeedFixtures.bytes(seed), seed);
        String html = HtmlFixtureWriter.write(new SeedLayout(variant.misaligned).layout(SeedFixtures.blocks(seed)),
                variant.style);
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        SeedFixtures.dump(seed.replace(".txt", "-" + variant.name().toLowerCase() + ".html"), page);

        // when
        ReportParser.Parsed fromHtml = parser.parse(page, seed.replace(".txt", ".html"));

        // then
        assertThat(fromHtml.format()).isEqualTo("HTML");
        assertThat(SeedFixtures.cellFacts(fromHtml.report()))
                .containsExactlyElementsOf(SeedFixtures.goldenCellFacts(seed))
                .containsExactlyElementsOf(SeedFixtures.cellFacts(fromText.report()));
        assertThat(SeedFixtures.goldenComparable(fromHtml.report())).isEqualTo(SeedFixtures.goldenMetadata(seed));
        assertThat(SeedFixtures.metadata(fromHtml.report()))
                .containsExactlyElementsOf(SeedFixtures.metadata(fromText.report()));
        assertThat(fromHtml.report().narrative().stream().map(l -> SeedFixtures.squeeze(l.text())).toList())
                .containsSubsequence(fromText.report().narrative().stream()
                        .map(l -> SeedFixtures.squeeze(l.text())).filter(s -> !s.isEmpty()).toList());
        for (Cell c : fromHtml.report().cells()) {
            assertThat(c.source().location()).as(c.category()).matches("table\\[\\d+]/tr\\[\\d+](/td\\[\\d+])?");
        }
    }

    @Test
    void seedPageCarriesTheOriginalsMergedHeaders() throws ExtractionFailure {
        // given seed 000 laid out as a page
        String html = HtmlFixtureWriter.write(new SeedLayout(false).layout(SeedFixtures.blocks(
                "000_94da31ab61563a3e.txt")), HtmlFixtureWriter.Style.PLAIN);

        // then the headers are merged as in the template (spec §4.1, §5), so the equivalence above is not trivial
        assertThat(html).contains("<td rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为")
                .contains("<td colspan=\"7\">申请人情况</td>")
                .contains("<td rowspan=\"2\">自然人</td>")
                .contains("<td colspan=\"5\">法人或其他组织</td>")
                .contains("<td colspan=\"5\">行政复议</td>")
                .contains("<td colspan=\"10\">行政诉讼</td>")
                .contains("<td rowspan=\"20\">三、本年度办理结果</td>")
                .contains("<td rowspan=\"8\">（三）不予公开</td>");
    }

    @Test
    void misalignedPageShiftsT1ValuesAgainstTheirHeaders() throws ExtractionFailure {
        // given seed 002 with T1 labels spanning two columns and 信息内容 one
        String html = HtmlFixtureWriter.write(new SeedLayout(true).layout(SeedFixtures.blocks(
                "002_1cb59e66f00bcffe.txt")), HtmlFixtureWriter.Style.PLAIN);

        // then by grid position 行政许可's first value (384) sits under 本年增/减, not under 上一年项目数量
        assertThat(html).contains("<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td colspan=\"2\">处理决定数量</td></tr>")
                .contains("<tr><td colspan=\"2\">行政许可</td><td>384</td><td>+2</td><td>36756</td></tr>");
        List<String> t1 = SeedFixtures.cellFacts(parser.parse(html.getBytes(StandardCharsets.UTF_8), "p.html")
                .report()).stream().filter(f -> f.startsWith("T1.A20_5.LICENSING")).toList();
        assertThat(t1).containsExactly(
                "T1.A20_5.LICENSING|PREV_YEAR_ITEMS V2019 raw='384' value=384 unit=项 REPORTED",
                "T1.A20_5.LICENSING|YEAR_CHANGE V2019 raw='+2' value=2 unit=项 REPORTED",
                "T1.A20_5.LICENSING|DECISIONS V2019 raw='36756' value=36756 unit=件 REPORTED");
    }
}

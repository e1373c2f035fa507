package io.xxgk.core.source;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-written report pages for both templates in the shape real sites publish (SH2019-style): the legal-person
 * columns left empty and 总计 filled only on rows 一, 二, （七） and 四, blanks written as {@code <td></td>},
 * {@code &nbsp;}, an ideographic space or an {@code &nbsp;} paragraph. A blank is BLANK, never 0.
 */
class HtmlTemplateFixturesTest {

    private static final Set<String> TOTAL_ROWS_FILLED = Set.of("NEW", "CARRY_IN", "RESULT.TOTAL", "CARRY_OUT");

    private final ReportParser parser = new ReportParser();

    @Test
    void readsV2019PageWithBlankTotalsAndEmptyLegalPersonColumns() throws Exception {
        // given / when
        ExtractedReport report = parse("v2019-blank-totals.html");

        // then metadata and template
        assertThat(report.metadata().agency()).isEqualTo("示例县城关镇人民政府");
        assertThat(report.metadata().year()).isEqualTo(2020);
        assertThat(report.metadata().template()).isEqualTo(TemplateVersion.V2019);
        assertThat(report.cells()).hasSize(198);

        // T2: every legal-person cell and the 总计 of 19 rows are BLANK, with no value
        assertBlank(report, c -> c.table() == TableCode.T2 && c.def().colCode().startsWith("LP."), 23 * 5);
        assertBlank(report, c -> c.table() == TableCode.T2 && c.def().colCode().equals("TOTAL")
                && !TOTAL_ROWS_FILLED.contains(c.def().rowCode()), 19);
        assertThat(values(report, TableCode.T2, "TOTAL")).hasSize(23).containsAllEntriesOf(Map.of(
                "NEW|TOTAL", "12", "CARRY_IN|TOTAL", "1", "RESULT.TOTAL|TOTAL", "11", "CARRY_OUT|TOTAL", "2"));
        assertThat(values(report, TableCode.T2, "NP")).containsEntry("NEW|NP", "12")
                .containsEntry("RESULT.GRANT|NP", "6").containsEntry("RESULT.PARTIAL|NP", "2")
                .containsEntry("RESULT.UNABLE.NOT_HELD|NP", "3").containsEntry("RESULT.DENY.STATE_SECRET|NP", "0")
                .containsEntry("RESULT.OTHER|NP", "0").containsEntry("CARRY_OUT|NP", "2");

        // T1: the blank 其他对外管理服务事项 row is BLANK, signs and units as printed
        assertBlank(report, c -> c.category().startsWith("A20_5.OTHER_MGMT_SERVICE|"), 3);
        assertThat(cell(report, "T1", "A20_6.PENALTY|YEAR_CHANGE").value()).isEqualByComparingTo("-1");
        assertThat(cell(report, "T1", "A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT"))
                .satisfies(c -> {
                    assertThat(c.valueRaw()).isEqualTo("25.6万元");
                    assertThat(c.value()).isEqualByComparingTo("25.6");
                    assertThat(c.unit()).isEqualTo("万元");
                });
        assertThat(cell(report, "T1", "A20_1.NORMATIVE_DOC|TOTAL_PUBLISHED").value()).isEqualByComparingTo("27");

        // T3: 复议后起诉 总计 left blank
        assertBlank(report, c -> c.category().equals("LIT.AFTER_RECON|TOTAL"), 1);
        assertThat(cell(report, "T3", "RECON|TOTAL").value()).isEqualByComparingTo("1");

        // and nowhere is an empty cell read as a number
        assertThat(report.cells()).filteredOn(c -> c.valueRaw().isEmpty())
                .hasSize(3 + 115 + 19 + 1).allMatch(c -> c.status() == CellStatus.BLANK && c.value() == null);
    }

    @Test
    void readsV2021PageWithBlankTotalsAndEmptyLegalPersonColumns() throws Exception {
        // given / when
        ExtractedReport report = parse("v2021-blank-totals.html");

        // then
        assertThat(report.metadata().agency()).isEqualTo("示例区某某街道办事处");
        assertThat(report.metadata().year()).isEqualTo(2023);
        assertThat(report.metadata().template()).isEqualTo(TemplateVersion.V2021);
        assertThat(report.tableTemplates()).containsEntry(TableCode.T2, TemplateVersion.V2021);
        assertThat(report.cells()).hasSize(200);

        assertBlank(report, c -> c.table() == TableCode.T2 && c.def().colCode().startsWith("LP."), 25 * 5);
        assertBlank(report, c -> c.table() == TableCode.T2 && c.def().colCode().equals("TOTAL")
                && !TOTAL_ROWS_FILLED.contains(c.def().rowCode()), 21);
        // a printed 0 stays a reported 0, next to the blanks
        assertThat(cell(report, "T2", "CARRY_IN|TOTAL")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CellStatus.REPORTED);
            assertThat(c.value()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(values(report, TableCode.T2, "NP")).containsEntry("RESULT.OTHER.NO_CORRECTION|NP", "0")
                .containsEntry("RESULT.OTHER.OTHER|NP", "0").containsEntry("RESULT.GRANT|NP", "3")
                .containsEntry("RESULT.TOTAL|NP", "5");

        // T1 single value cells spanning three columns (colspan=3), one of them blank
        assertThat(cell(report, "T1", "A20_5.LICENSING|DECISIONS").value()).isEqualByComparingTo("128");
        assertThat(cell(report, "T1", "A20_8.ADMIN_FEE|FEE_AMOUNT").value()).isEqualByComparingTo("4068.208");
        assertThat(cell(report, "T1", "A20_1.NORMATIVE_DOC|IN_FORCE").value()).isEqualByComparingTo("15");
        assertBlank(report, c -> c.category().equals("A20_6.COERCION|DECISIONS"), 1);
        assertBlank(report, c -> c.category().equals("RECON|TOTAL"), 1);

        assertThat(report.cells()).filteredOn(c -> c.valueRaw().isEmpty())
                .hasSize(1 + 125 + 21 + 1).allMatch(c -> c.status() == CellStatus.BLANK && c.value() == null);
    }

    @Test
    void readsGbkReportPageWithMetaCharset() throws Exception {
        // given the V2019 page re-encoded as GBK and declaring it the HTML5 way
        String page = resourceText("v2019-blank-totals.html").replace("<meta charset=\"utf-8\">", "<meta charset=gbk>");
        byte[] gbk = page.getBytes(Charset.forName("GBK"));

        // when
        ReportParser.Parsed parsed = parser.parse(gbk, "report.htm");

        // then every cell and the metadata read as from the UTF-8 page
        assertThat(parsed.charset()).isEqualTo("GB18030");
        assertThat(SeedFixtures.cellFacts(parsed.report()))
                .containsExactlyElementsOf(SeedFixtures.cellFacts(parse("v2019-blank-totals.html")));
        assertThat(parsed.report().metadata().agency()).isEqualTo("示例县城关镇人民政府");
    }

    @Test
    void readsGbkReportPageWithoutMetaCharset() throws Exception {
        // given the V2021 page re-encoded as GBK with no charset declared anywhere
        String page = resourceText("v2021-blank-totals.html")
                .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", "");
        assertThat(page).doesNotContain("charset");
        byte[] gbk = page.getBytes(Charset.forName("GBK"));

        // when
        ReportParser.Parsed parsed = parser.parse(gbk, "report.html");

        // then
        assertThat(parsed.charset()).isEqualTo("GB18030");
        assertThat(SeedFixtures.cellFacts(parsed.report()))
                .containsExactlyElementsOf(SeedFixtures.cellFacts(parse("v2021-blank-totals.html")));
        assertThat(parsed.report().metadata().agency()).isEqualTo("示例区某某街道办事处");
    }

    private String resourceText(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ExtractedReport parse(String name) throws IOException, ExtractionFailure {
        try (InputStream in = getClass().getResourceAsStream("/html/" + name)) {
            ReportParser.Parsed parsed = parser.parse(in.readAllBytes(), name);
            assertThat(parsed.format()).isEqualTo("HTML");
            return parsed.report();
        }
    }

    private static void assertBlank(ExtractedReport report, Predicate<Cell> which, int expected) {
        List<Cell> cells = report.cells().stream().filter(which).toList();
        assertThat(cells).hasSize(expected).allSatisfy(c -> {
            assertThat(c.status()).as(c.category()).isEqualTo(CellStatus.BLANK);
            assertThat(c.value()).as(c.category()).isNull();
            assertThat(c.valueRaw()).as(c.category()).isEmpty();
        });
    }

    private static Cell cell(ExtractedReport report, String table, String category) {
        return report.cells().stream().filter(c -> c.table().name().equals(table) && c.category().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + table + "." + category));
    }

    /** category → value as plain text (null where none) for one T2 column. */
    private static Map<String, String> values(ExtractedReport report, TableCode table, String col) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        report.cells().stream().filter(c -> c.table() == table && c.def().colCode().equals(col))
                .forEach(c -> out.put(c.category(), c.value() == null ? null : c.value().toPlainString()));
        return out;
    }
}

package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Value cells of unusual form inside a real layout (seed 000, one cell per line): read as printed, never as 0. */
class ValueCellTest {

    private static final String S000 = "000_94da31ab61563a3e";

    @Test
    void readsSeparatorsFullWidthDigitsPlaceholdersSignsAndUnitsInPlace() throws Exception {
        // given seed 000 with the values of 规章 (lines 38-40), 政府集中采购 采购总金额 (99) and T2 row 一 (124-130) edited
        String text = Seeds.text(S000);
        text = Seeds.replaceLine(text, 38, "\t0", "\t1,234");
        text = Seeds.replaceLine(text, 39, "\t0", "\t１２");
        text = Seeds.replaceLine(text, 40, "\t0", "\t—");
        text = Seeds.replaceLine(text, 99, "\t0", "\t8808257.32元");
        text = Seeds.replaceLine(text, 124, "\t0", "\t/");
        text = Seeds.replaceLine(text, 125, "\t0", "\t无");
        text = Seeds.replaceLine(text, 126, "\t0", "\t-");
        text = Seeds.replaceLine(text, 127, "\t0", "\t");
        text = Seeds.replaceLine(text, 128, "\t0", "\t+2");
        text = Seeds.replaceLine(text, 129, "\t0", "\t-5");
        text = Seeds.replaceLine(text, 130, "\t0", "\t不详");

        // when
        ExtractedReport report = Seeds.parse(text);

        // then
        assertThat(rows(report, "A20_1.REGULATION|", "A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT", "NEW|")).containsExactly(
                "A20_1.REGULATION|NEW_MADE | 1,234 | 1234 | 件 | REPORTED | line 38",
                "A20_1.REGULATION|NEW_PUBLISHED | １２ | 12 | 件 | REPORTED | line 39",
                "A20_1.REGULATION|TOTAL_PUBLISHED | — |  | 件 | PLACEHOLDER | line 40",
                "A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT | 8808257.32元 | 8808257.32 | 元 | REPORTED | line 99",
                "NEW|NP | / |  | 件 | PLACEHOLDER | line 124",
                "NEW|LP.COMMERCIAL | 无 |  | 件 | PLACEHOLDER | line 125",
                "NEW|LP.RESEARCH | - |  | 件 | PLACEHOLDER | line 126",
                "NEW|LP.NONPROFIT |  |  | 件 | BLANK | line 127",
                "NEW|LP.LEGAL_SERVICE | +2 | 2 | 件 | REPORTED | line 128",
                "NEW|LP.OTHER | -5 | -5 | 件 | REPORTED | line 129",
                "NEW|TOTAL | 不详 |  | 件 | NON_NUMERIC | line 130");
    }

    @Test
    void keepsCellsMissingAtTheEndOfAT2RowBlankNeverZero() throws Exception {
        // given seed 000 with the last four values of row 一、本年新收… (lines 127-130) deleted
        String text = Seeds.deleteLines(Seeds.text(S000), 127, 130);

        // when
        ExtractedReport report = Seeds.parse(text);

        // then the three printed values are read, the four absent ones are BLANK at the row label's line 123
        assertThat(rows(report, "NEW|")).containsExactly(
                "NEW|NP | 0 | 0 | 件 | REPORTED | line 124",
                "NEW|LP.COMMERCIAL | 0 | 0 | 件 | REPORTED | line 125",
                "NEW|LP.RESEARCH | 0 | 0 | 件 | REPORTED | line 126",
                "NEW|LP.NONPROFIT |  |  | 件 | BLANK | line 123",
                "NEW|LP.LEGAL_SERVICE |  |  | 件 | BLANK | line 123",
                "NEW|LP.OTHER |  |  | 件 | BLANK | line 123",
                "NEW|TOTAL |  |  | 件 | BLANK | line 123");
        assertThat(report.issues()).containsExactly(
                "T2 row 一、本年新收政府信息公开申请数量 has only 3 of 7 value cells; the rest are BLANK");
    }

    @Test
    void skipsTheHubeiExtraT1RowWithoutShiftingTheRowsAfterIt() throws Exception {
        // given seed 004 (规范性文件 5/5/10, 政府集中采购 71/8808257.32元) with Hubei's non-template row inserted
        // after 规范性文件's values (line 52 onwards moves down by 5)
        String text = Seeds.insertBefore(Seeds.text("004_2008f0193b0e469e"), 52, "",
                "\t其他主动公开文件（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件）", "\t7", "\t8", "\t9");

        // when
        ExtractedReport report = Seeds.parse(text);

        // then
        assertThat(rows(report, "A20_1.", "A20_9.")).containsExactly(
                "A20_1.REGULATION|NEW_MADE | 0 | 0 | 件 | REPORTED | line 44",
                "A20_1.REGULATION|NEW_PUBLISHED | 0 | 0 | 件 | REPORTED | line 45",
                "A20_1.REGULATION|TOTAL_PUBLISHED | 0 | 0 | 件 | REPORTED | line 46",
                "A20_1.NORMATIVE_DOC|NEW_MADE | 5 | 5 | 件 | REPORTED | line 49",
                "A20_1.NORMATIVE_DOC|NEW_PUBLISHED | 5 | 5 | 件 | REPORTED | line 50",
                "A20_1.NORMATIVE_DOC|TOTAL_PUBLISHED | 10 | 10 | 件 | REPORTED | line 51",
                "A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT | 71 | 71 | 个 | REPORTED | line 117",
                "A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT | 8808257.32元 | 8808257.32 | 元 | REPORTED | line 118");
        assertThat(report.cells()).hasSize(198);
        assertThat(report.issues()).containsExactly("T1 non-template row 其他主动公开文件 at line 53 was not loaded");
    }

    /** Cells whose category starts with one of the prefixes, in template order, one line each. */
    private static List<String> rows(ExtractedReport report, String... prefixes) {
        return report.cells().stream()
                .filter(c -> List.of(prefixes).stream().anyMatch(p -> c.category().startsWith(p)))
                .map(ValueCellTest::row).toList();
    }

    private static String row(Cell c) {
        return String.join(" | ", c.category(), c.valueRaw(), c.value() == null ? "" : c.value().toPlainString(),
                c.unit(), c.status().name(), "line " + c.source().line());
    }
}

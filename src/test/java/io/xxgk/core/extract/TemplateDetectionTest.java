package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.xxgk.core.model.TemplateVersion.V2019;
import static io.xxgk.core.model.TemplateVersion.V2021;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template version from the table labels (spec §2.3), table by table: T1 by its column and row labels, T2 by the
 * rows under （六）其他处理. Mixed reports are loaded as printed, each table with its own template.
 */
class TemplateDetectionTest {

    private static final String S000 = "000_94da31ab61563a3e";
    private static final String S003 = "003_ae5e98d31dd755d7";

    @Test
    void detectsV2019FromTheV2019ColumnLabelsAndTheSingleOtherRow() throws Exception {
        // when
        ExtractedReport report = Seeds.parse(Seeds.text(S000));

        // then
        assertThat(report.tableTemplates()).isEqualTo(Map.of(TableCode.T1, V2019, TableCode.T2, V2019, TableCode.T3, V2019));
        assertThat(report.metadata().templateEvidence()).containsExactly(
                "T1 labels 本年新制作数量, 本年新公开数量, 对外公开总数量, 上一年项目数量, 本年增/减, 处理决定数量, "
                        + "其他对外管理服务事项, 政府集中采购, 采购项目数量, 采购总金额",
                "T2 （六）其他处理 is one row with its own values (V2019)",
                "cites 国办公开办函〔2019〕60号");
    }

    @Test
    void detectsV2021FromTheV2021ColumnLabelsAndTheOtherSubRows() throws Exception {
        // when
        ExtractedReport report = Seeds.parse(Seeds.text(S003));

        // then
        assertThat(report.tableTemplates()).isEqualTo(Map.of(TableCode.T1, V2021, TableCode.T2, V2021, TableCode.T3, V2021));
        assertThat(report.metadata().templateEvidence()).containsExactly(
                "T1 labels 本年制发件数, 本年废止件数, 现行有效件数, 行政规范性文件, 本年处理决定数量, 本年收费金额（单位：万元）",
                "T2 （六）其他处理 has the V2021 sub-rows (逾期不补正 / 未按收费通知缴纳费用 / 其他)");
    }

    @Test
    void detectsV2021T1ThatKeepsTheOldRowLabelFromItsColumns() throws Exception {
        // given the 2023 seed with 行政规范性文件 printed as the V2019 row label 规范性文件
        String text = Seeds.replaceLine(Seeds.text(S003), 24, "\t行政规范性文件", "\t规范性文件");

        // when
        ExtractedReport report = Seeds.parse(text);

        // then
        assertThat(report.tableTemplates().get(TableCode.T1)).isEqualTo(V2021);
        assertThat(report.cells(TableCode.T1)).extracting(Cell::category).containsExactly(
                "A20_1.REGULATION|ISSUED", "A20_1.REGULATION|REPEALED", "A20_1.REGULATION|IN_FORCE",
                "A20_1.NORMATIVE_DOC|ISSUED", "A20_1.NORMATIVE_DOC|REPEALED", "A20_1.NORMATIVE_DOC|IN_FORCE",
                "A20_5.LICENSING|DECISIONS", "A20_6.PENALTY|DECISIONS", "A20_6.COERCION|DECISIONS",
                "A20_8.ADMIN_FEE|FEE_AMOUNT");
    }

    @Test
    void loadsAV2021T1WithAV2019T2AsPrintedAndSaysItIsMixed() throws Exception {
        // given a 2023 report: title and T1 of seed 003 (V2021), T2 and T3 of seed 000 (V2019, one （六） row)
        String text = Seeds.lines(S003, 1, 56) + "\n" + Seeds.lines(S000, 103, 412) + "\n" + Seeds.lines(S003, 399, 405);

        // when
        ExtractedReport report = Seeds.parse(text);

        // then
        assertThat(report.tableTemplates()).isEqualTo(Map.of(TableCode.T1, V2021, TableCode.T2, V2019, TableCode.T3, V2021));
        assertThat(report.metadata().template()).isEqualTo(V2021);
        assertThat(report.metadata().templateExpected()).isEqualTo(V2021);
        assertThat(report.metadata().templateEvidence()).contains("mixed: T1 is V2021, T2 is V2019");
        assertThat(report.cells()).hasSize(10 + 161 + 15);
        assertThat(templatesOf(report.cells(TableCode.T2))).containsExactly(V2019);
        assertThat(report.cells(TableCode.T2)).extracting(Cell::category)
                .contains("RESULT.OTHER|NP", "RESULT.OTHER|TOTAL")
                .doesNotContain("RESULT.OTHER.OTHER|NP");
    }

    @Test
    void callsAReportV2021WhenOnlyItsT2IsV2021() throws Exception {
        // given a 2020 report: title and T1 of seed 000 (V2019), T2 and T3 of seed 003 (V2021, three （六） sub-rows)
        String text = Seeds.lines(S000, 1, 102) + "\n" + Seeds.lines(S003, 56, 399) + "\n" + Seeds.lines(S000, 412, 428);

        // when
        ExtractedReport report = Seeds.parse(text);

        // then the report-level template is V2021 as soon as one table is V2021-only (ReportMetadata#template)
        assertThat(report.tableTemplates()).isEqualTo(Map.of(TableCode.T1, V2019, TableCode.T2, V2021, TableCode.T3, V2021));
        assertThat(report.metadata().template()).isEqualTo(V2021);
        assertThat(report.metadata().templateExpected()).isEqualTo(V2019);
        assertThat(report.metadata().templateEvidence()).contains("mixed: T1 is V2019, T2 is V2021");
        assertThat(report.cells()).hasSize(22 + 175 + 15);
        assertThat(templatesOf(report.cells(TableCode.T1))).containsExactly(V2019);
        assertThat(templatesOf(report.cells(TableCode.T2))).containsExactly(V2021);
    }

    private static List<TemplateVersion> templatesOf(List<Cell> cells) {
        return cells.stream().map(Cell::template).distinct().toList();
    }
}

package io.xxgk.core.extract;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text in a T3 value slot is a NON_NUMERIC cell; it must not make the whole T3 value row disappear. */
class T3TextValueTest {

    @Test
    void textInAT3ValueCellIsKeptAsNonNumericAndTheOtherValuesStayInPlace() throws Exception {
        // given seed 004, whose T3 values are the 15 "\t0" lines after the header row ending at line 404
        List<String> lines = new ArrayList<>(List.of(
                Files.readString(Path.of("data/samples/004_2008f0193b0e469e.txt"), StandardCharsets.UTF_8).split("\n", -1)));
        assertThat(lines.get(406 - 1)).isEqualTo("\t0"); // first value: 行政复议 结果维持
        lines.set(407 - 1, "\t不详");                     // second value: 行政复议 结果纠正
        lines.set(420 - 1, "\t7");                        // fifteenth value: 复议后起诉 总计

        // when
        ExtractedReport report = new ReportParser()
                .parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "004.txt").report();

        // then
        List<Cell> t3 = report.cells(TableCode.T3);
        assertThat(t3.get(1).category()).isEqualTo("RECON|CORRECTED");
        assertThat(t3.get(1).status()).isEqualTo(CellStatus.NON_NUMERIC);
        assertThat(t3.get(1).valueRaw()).isEqualTo("不详");
        assertThat(t3.get(1).value()).isNull();
        assertThat(t3.get(14).category()).isEqualTo("LIT.AFTER_RECON|TOTAL");
        assertThat(t3.get(14).valueRaw()).isEqualTo("7");
        assertThat(t3.get(14).source().line()).isEqualTo(420);
    }
}

package io.xxgk.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The accuracy check can fail: it names the file, layout, cell and both texts when a cell is read differently. */
class AccuracyCheckTest {

    @TempDir
    Path dir;

    @Test
    void namesTheCellWhenAFileNoLongerSaysWhatTheGroundTruthSays() throws Exception {
        new CorpusWriter(new ReportGenerator(11, 0)).write(dir, 20);
        Path report = findTabRowsReport();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        // the 15 T3 values are the last tab row before 五、: change its first value
        int five = text.indexOf("\n\n五、");
        int rowStart = text.lastIndexOf('\n', five - 1) + 1;
        String row = text.substring(rowStart, five);
        String first = row.substring(0, row.indexOf('\t'));
        Files.writeString(report, text.substring(0, rowStart) + "99" + row.substring(first.length())
                + text.substring(five), StandardCharsets.UTF_8);

        AccuracyResult result = AccuracyCheck.run(dir, 1);

        assertThat(result.perfect()).isFalse();
        assertThat(result.total() - result.correct()).isEqualTo(1);
        assertThat(result.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(report.getFileName().toString());
            assertThat(m.layout()).isEqualTo("001");
            assertThat(m.cellKey()).isEqualTo("T3.RECON|UPHELD");
            assertThat(m.field()).isEqualTo("value_raw");
            assertThat(m.expected()).isEqualTo(first);
            assertThat(m.actual()).isEqualTo("99");
        });
    }

    @Test
    void countsEveryCellOfARefusedReportAsWrongAndSaysWhy() throws Exception {
        new CorpusWriter(new ReportGenerator(11, 0)).write(dir, 3);
        Path victim;
        try (var files = Files.list(dir.resolve(GroundTruthCsv.REPORTS_DIR))) {
            victim = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(victim, "这不是年度报告。\n", StandardCharsets.UTF_8);

        AccuracyResult result = AccuracyCheck.run(dir, 2);

        assertThat(result.failed()).singleElement().asString().contains(victim.getFileName().toString(), "refused");
        assertThat(result.total() - result.correct()).isBetween(186L, 200L);
    }

    private Path findTabRowsReport() throws Exception {
        for (String line : Files.readAllLines(dir.resolve(GroundTruthCsv.MANIFEST_FILE))) {
            String[] f = line.split(",");
            if (f[3].equals("001") && f[4].equals("UTF-8")) {
                return dir.resolve(GroundTruthCsv.REPORTS_DIR).resolve(f[0]);
            }
        }
        throw new AssertionError("no UTF-8 tab-rows report among the first 20; pick another seed");
    }
}

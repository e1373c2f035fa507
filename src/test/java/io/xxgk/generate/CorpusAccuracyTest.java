package io.xxgk.generate;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor reads every cell of a generated corpus exactly as the generator's ground truth says: 300 reports
 * across all five layouts, both templates, mixed reports, encodings, noise and injected faults.
 */
class CorpusAccuracyTest {

    private static final int REPORTS = 300;

    @TempDir
    static Path dir;
    static CorpusSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = new CorpusWriter(new ReportGenerator(2026)).write(dir, REPORTS);
    }

    @Test
    void corpusCoversEveryLayoutBothTemplatesAndMixedReports() throws IOException {
        List<CSVRecord> manifest = records(dir.resolve(GroundTruthCsv.MANIFEST_FILE));
        assertThat(manifest).hasSize(REPORTS);
        assertThat(manifest.stream().map(r -> r.get("layout")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("000", "001", "002", "003", "004");
        Set<String> templates = manifest.stream().map(r -> r.get("template_t1") + "/" + r.get("template_t2"))
                .collect(Collectors.toSet());
        assertThat(templates).contains("V2019/V2019", "V2021/V2021", "V2021/V2019");
        assertThat(manifest).anyMatch(r -> r.get("faults").contains("breaks R"));
        try (Stream<Path> files = Files.list(dir.resolve(GroundTruthCsv.REPORTS_DIR))) {
            assertThat(files.count()).isEqualTo(REPORTS);
        }
        assertThat(summary.reports()).isEqualTo(REPORTS);
        assertThat(summary.byLayout().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REPORTS);
    }

    @Test
    void groundTruthHasEveryTemplateCellOfEveryReport() throws IOException {
        List<CSVRecord> truth = records(dir.resolve(GroundTruthCsv.TRUTH_FILE));
        assertThat(truth).hasSize((int) summary.cells());
        // 198 cells per V2019 report, 200 per V2021, 200 - 14 + 0 for V2021/V2019 (10 + 161 + 15 = 186)
        assertThat(summary.cells()).isBetween(186L * REPORTS, 200L * REPORTS);
        assertThat(truth).anyMatch(r -> r.get("value_raw").equals("") && r.get("status").equals("BLANK"));
        assertThat(truth).anyMatch(r -> r.get("injected_fault").equals("yes"));
    }

    @Test
    void extractorReadsEveryGeneratedCellAsTheGroundTruthSays() throws IOException {
        AccuracyResult result = AccuracyCheck.run(dir, 2);

        assertThat(result.failed()).as("reports refused").isEmpty();
        assertThat(result.mismatches()).as("cells read wrongly").isEmpty();
        assertThat(result.total()).isEqualTo(summary.cells());
        assertThat(result.line()).isEqualTo("accuracy: " + summary.cells() + "/" + summary.cells() + " cells");
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = GroundTruthCsv.READ.parse(in)) {
            return p.getRecords();
        }
    }
}

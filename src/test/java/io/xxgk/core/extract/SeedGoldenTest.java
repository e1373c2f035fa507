package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ReportMetadata;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed report against its golden file (src/test/resources/golden/, written from the report text, not from
 * this code): every cell in template order with its raw text, value, unit, status, source line and template, and
 * the report metadata. 100% match or the test fails, naming the cells that differ.
 */
class SeedGoldenTest {

    static final List<String> SEEDS = Seeds.NAMES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SEEDS")
    void extractsEveryCellAsTheGoldenFileSays(String seed) throws Exception {
        // given
        List<String> expected = GoldenFile.cells(seed).stream().map(SeedGoldenTest::row).toList();

        // when
        ExtractedReport report = Seeds.parse(Seeds.text(seed));

        // then
        List<String> actual = report.cells().stream().map(SeedGoldenTest::row).toList();
        assertThat(actual).hasSize(seed.startsWith("003") ? 200 : 198).hasSameSizeAs(expected);
        List<String> differences = IntStream.range(0, expected.size())
                .filter(i -> !actual.get(i).equals(expected.get(i)))
                .mapToObj(i -> "golden " + expected.get(i) + "\n  read " + actual.get(i)).toList();
        assertThat(differences).as("cells that differ from the golden file").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SEEDS")
    void readsTheReportMetadataAsTheGoldenFileSays(String seed) throws Exception {
        // given
        GoldenFile.Metadata expected = GoldenFile.metadata(seed);

        // when
        ExtractedReport report = Seeds.parse(Seeds.text(seed));

        // then
        ReportMetadata m = report.metadata();
        GoldenFile.Metadata actual = new GoldenFile.Metadata(m.agency(), m.agencyRaw(), m.year(), m.template().name(),
                m.templateExpected().name(),
                m.disclosureTotalCount() == null ? "" : m.disclosureTotalCount().toPlainString(), m.publicationDate());
        assertThat(actual).isEqualTo(expected);
        TemplateVersion template = TemplateVersion.valueOf(expected.template());
        assertThat(report.tableTemplates()).isEqualTo(
                Map.of(TableCode.T1, template, TableCode.T2, template, TableCode.T3, template));
    }

    /** A golden cell in the same one-line form as an extracted one, so a mismatch shows both rows. */
    static String row(GoldenFile.Cell c) {
        return String.join(" | ", c.category(), c.tableCode(), c.template(), c.valueRaw(), c.value(), c.unit(),
                c.status(), "line " + c.sourceLine());
    }

    static String row(Cell c) {
        return String.join(" | ", c.category(), c.table().name(), c.template().name(), c.valueRaw(),
                c.value() == null ? "" : c.value().toPlainString(), c.unit(), c.status().name(),
                "line " + c.source().line());
    }
}

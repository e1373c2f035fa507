package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four of the five seeds are all zeros in T2 and T3, so their goldens cannot tell a shifted row or column. Here
 * every layout is read with a distinct number in every value cell: the k-th number in reading order must come
 * back in the k-th cell in template order (cells the report prints no value for stay BLANK), on its own line.
 */
class DistinctValueLayoutTest {

    static final List<String> SEEDS = Seeds.NAMES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SEEDS")
    void readsEachDistinctValueIntoItsOwnCell(String seed) throws Exception {
        // given
        DistinctValues.Rewritten rewritten = DistinctValues.rewrite(Seeds.text(seed));
        List<GoldenFile.Cell> golden = GoldenFile.cells(seed);

        // when
        ExtractedReport report = Seeds.parse(rewritten.text());

        // then
        assertEachValueInItsOwnCell(golden, rewritten, report);
    }

    /**
     * The k-th written value in the k-th golden cell that has a value; golden BLANK cells still BLANK. Shared by
     * the label-variant tests, which edit labels of the rewritten text without moving lines.
     */
    static void assertEachValueInItsOwnCell(List<GoldenFile.Cell> golden, DistinctValues.Rewritten rewritten,
                                            ExtractedReport report) {
        List<GoldenFile.Cell> withValue = golden.stream().filter(GoldenFile.Cell::hasValue).toList();
        assertThat(rewritten.values()).as("values rewritten in the source").hasSameSizeAs(withValue);
        List<String> expected = new ArrayList<>();
        int k = 0;
        for (GoldenFile.Cell g : golden) {
            if (g.hasValue()) {
                DistinctValues.Written w = rewritten.values().get(k++);
                expected.add(String.join(" | ", g.category(), w.raw(), w.value().toPlainString(), g.unit(),
                        "REPORTED", "line " + w.line()));
            } else {
                expected.add(String.join(" | ", g.category(), g.valueRaw(), "", g.unit(), g.status(),
                        "line " + g.sourceLine()));
            }
        }
        List<String> actual = report.cells().stream().map(DistinctValueLayoutTest::row).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String row(Cell c) {
        return String.join(" | ", c.category(), c.valueRaw(), c.value() == null ? "" : c.value().toPlainString(),
                c.unit(), c.status().name(), "line " + c.source().line());
    }
}

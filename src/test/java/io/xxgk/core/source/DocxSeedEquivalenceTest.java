package io.xxgk.core.source;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports rebuilt as Word documents with merged cells as in the originals (gridSpan, vMerge): the
 * facts read from the .docx equal the facts read from the seed's text dump, except format and source positions.
 */
class DocxSeedEquivalenceTest {

    private final ReportParser parser = new ReportParser();

    static java.util.stream.Stream<String> seeds() {
        return SeedFixtures.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void docxBuiltFromSeedTablesYieldsTheSeedsFacts(String seed) throws ExtractionFailure {
        // given the seed's facts from its text dump, and a Word document laid out from the same rows
        ReportParser.Parsed fromText = parser.parse(SeedFixtures.bytes(seed), seed);
        byte[] docx = DocxFixtureWriter.write(new SeedLayout(false).layout(SeedFixtures.blocks(seed)));
        SeedFixtures.dump(seed.replace(".txt", ".docx"), docx);

        // when the file is named .bin: the format is told by its content
        ReportParser.Parsed fromDocx = parser.parse(docx, seed.replace(".txt", ".bin"));

        // then
        assertThat(fromDocx.format()).isEqualTo("DOCX");
        assertThat(SeedFixtures.cellFacts(fromDocx.report()))
                .containsExactlyElementsOf(SeedFixtures.goldenCellFacts(seed))
                .containsExactlyElementsOf(SeedFixtures.cellFacts(fromText.report()));
        assertThat(SeedFixtures.goldenComparable(fromDocx.report())).isEqualTo(SeedFixtures.goldenMetadata(seed));
        assertThat(SeedFixtures.metadata(fromDocx.report()))
                .containsExactlyElementsOf(SeedFixtures.metadata(fromText.report()));
        assertThat(fromDocx.report().narrative().stream().map(l -> SeedFixtures.squeeze(l.text())).toList())
                .containsSubsequence(fromText.report().narrative().stream()
                        .map(l -> SeedFixtures.squeeze(l.text())).filter(s -> !s.isEmpty()).toList());
        for (Cell c : fromDocx.report().cells()) {
            assertThat(c.source().location()).as(c.category()).matches("table\\[\\d+]/tr\\[\\d+](/tc\\[\\d+])?");
        }
    }
}

package io.xxgk.core.validate;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a report holds in its value cells, validation ends in findings that keep the contract's shape, never in
 * an exception: seeds whose value lines are overwritten with blanks, placeholders, text, huge, fractional and
 * negative numbers. Fixed random seeds keep every case reproducible.
 */
class ValidatorRobustnessTest {

    private static final Pattern VALUE_LINE = Pattern.compile("^\\t[0-9][0-9.]*元?$");
    private static final List<String> ODD_VALUES = List.of(
            "", "-", "/", "无", "不详", "99999999999999999999", "1.5", "-7", "+3", "0.000", "１２", "1,234");
    private static final int CASES_PER_SEED = 20;

    @Test
    void oddValuesInAnyCellYieldWellFormedFindings() throws Exception {
        int validated = 0;
        for (String seed : List.of(SeedReport.S000, SeedReport.S002, SeedReport.S003, SeedReport.S004)) {
            List<String> lines = List.of(SeedReport.load(seed).text().split("\n", -1));
            for (int c = 0; c < CASES_PER_SEED; c++) {
                Random random = new Random(seed.hashCode() * 31L + c);
                List<String> edited = new ArrayList<>(lines);
                for (int i = 0; i < edited.size(); i++) {
                    if (VALUE_LINE.matcher(edited.get(i)).matches() && random.nextInt(10) == 0) {
                        edited.set(i, "\t" + ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
                    }
                }
                ExtractedReport report;
                try {
                    report = new ReportParser().parse(String.join("\n", edited).getBytes(StandardCharsets.UTF_8),
                            seed).report();
                } catch (ExtractionFailure refused) {
                    continue; // the extractor's business; only reports it publishes are validated
                }
                List<Finding> findings = Validator.standard().validate(report);
                validated++;
                for (Finding f : findings) {
                    assertThat(f.message()).as(seed + " case " + c).isNotBlank();
                    if (f.outcome() == Outcome.NOT_EVALUABLE) {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.expected()).isNull();
                        assertThat(f.actual()).isNull();
                    }
                }
                assertThat(Validator.standard().validate(report)).as("deterministic").isEqualTo(findings);
            }
        }
        // Most edited reports must still be published, or this test would prove nothing about the validator.
        assertThat(validated).isGreaterThan(CASES_PER_SEED * 2);
    }
}

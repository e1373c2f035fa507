package io.xxgk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk findings} and the findings part of the run summary, on the seeds checked by the consistency rules the
 * load runs, with seed 004 edited so that R1 fails (see CraftedBreaksTest) and seed 002's two blank cells (R13).
 */
class FindingsCommandTest {

    @TempDir
    static Path tmp;

    static CliFixture fixture;
    static CliFixture.Result load;

    @BeforeAll
    static void loadWithTheValidator() throws Exception {
        fixture = CliFixture.withSeeds(tmp);
        // 上年结转 自然人 and 总计 0 → 1 (lines 144, 150): intake 3 against outcome 2 in two columns.
        Path seed004 = fixture.inbox.resolve("004_2008f0193b0e469e.txt");
        List<String> lines = Files.readAllLines(seed004, StandardCharsets.UTF_8);
        lines.set(143, lines.get(143).replace("\t0", "\t1"));
        lines.set(149, lines.get(149).replace("\t0", "\t1"));
        Files.write(seed004, lines, StandardCharsets.UTF_8);
        load = fixture.run();
    }

    @Test
    void summary_ThenCountsFindingsBySeverityAndNamesTheFailingRulesAndTheReportsWithErrors() {
        assertThat(load.exitCode()).as(load.all()).isZero();
        assertThat(load.out())
                .containsPattern("  findings   \\d+ findings on the reports read: 2 ERROR, 1 WARN, \\d+ INFO\\n")
                .contains("             failing most often: R1 (2), R13 (1)\n")
                .contains("             1 report with errors: 004_2008f0193b0e469e.txt (2); "
                        + "see xxgk findings --severity ERROR\n");
    }

    @Test
    void findings_WhenFilteredBySeverity_ThenShowsOnlyThoseWithTheirReport() {
        CliFixture.Result errors = fixture.onWarehouse("findings", "--severity", "error");

        assertThat(errors.exitCode()).as(errors.err()).isZero();
        assertThat(errors.out()).startsWith("2 findings: 2 ERROR\n\n晋江市人民政府青阳街道办事处 2020  "
                        + "004_2008f0193b0e469e.txt  (report ")
                .containsPattern("  ERROR  R1                T2 NP          R1 column 自然人 \\(NP\\): 本年新收 2")
                .containsPattern("  ERROR  R1                T2 TOTAL       R1 column 总计 \\(TOTAL\\)")
                .doesNotContain("WARN").doesNotContain("INFO");
    }

    @Test
    void findings_WhenFilteredByAgencyRuleOrReport_ThenEachFilterNarrowsTheList() {
        CliFixture.Result byAgency = fixture.onWarehouse("findings", "--agency", "江源");
        CliFixture.Result byRule = fixture.onWarehouse("findings", "--rule", "r13");
        CliFixture.Result byReport = fixture.onWarehouse("findings", "--report", "4e1e5d99");
        CliFixture.Result none = fixture.onWarehouse("findings", "--rule", "R1", "--agency", "江源");

        assertThat(byAgency.out()).contains("江源区 2020  002_1cb59e66f00bcffe.txt  (report 4e1e5d997dd2d069)")
                .contains("  WARN   R13 ").doesNotContain("晋江市");
        assertThat(byRule.out()).startsWith("1 finding: 1 WARN\n").contains("  WARN   R13               T1");
        assertThat(byReport.out()).isEqualTo(byAgency.out());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEqualTo("No findings match.\n");
    }

    @Test
    void findings_WhenTheSeverityIsNotALevel_ThenUsageErrorNamingTheChoices() {
        CliFixture.Result bad = fixture.onWarehouse("findings", "--severity", "FATAL");

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("ERROR, WARN, INFO");
    }
}

package io.xxgk.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that need two reports run over the warehouse after each load: DUPLICATE_REPORT names both files of an
 * agency and year, R6 compares a report's 上年结转 with the same agency's 结转下年度 of the year before.
 */
class CrossReportFindingsTest {

    @TempDir
    Path tmp;

    @Test
    void run_WhenTheWarehouseHoldsADuplicateAndTheAgencysPreviousYear_ThenDuplicateAndCarryOverFindingsArePublished()
            throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        // given a second copy of seed 004 (same agency and year) ...
        Files.copy(fixture.inbox.resolve("004_2008f0193b0e469e.txt"), fixture.inbox.resolve("003_copy.txt"));
        // ... and a 2021 report of seed 000's agency (北极街道, whose 2020 结转下年度 is 0 in every column),
        // built from the V2021 seed 003 with its title changed and 上年结转 自然人 (line 85) set to 3
        List<String> lines = Files.readAllLines(fixture.inbox.resolve("003_ae5e98d31dd755d7.txt"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("2023年南关区全安街道政府信息公开工作年度报告");
        assertThat(lines.get(83)).isEqualTo("\t二、上年结转政府信息公开申请数量");
        lines.set(0, "吉林市船营区北极街道办事处2021年政府信息公开工作年度报告");
        lines.set(84, "\t3");
        Files.write(fixture.inbox.resolve("北极街道2021.txt"), lines, StandardCharsets.UTF_8);

        // when
        LoadFixture.Run run = fixture.run();

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> findings = fixture.csv("csv/findings.csv");
        String id2021 = (String) fixture.h2("SELECT report_id FROM reports WHERE source_file = '北极街道2021.txt'")
                .get(0).get("report_id");
        assertThat(findings).filteredOn(f -> f.get("rule").equals("R6")).singleElement().satisfies(f -> {
            assertThat(f.get("report_id")).isEqualTo(id2021);
            assertThat(f.get("scope")).isEqualTo("NP");
            assertThat(f.get("expected")).isEqualTo("0");
            assertThat(f.get("actual")).isEqualTo("3");
            assertThat(f.get("message")).contains("000_94da31ab61563a3e.txt");
        });
        assertThat(findings).filteredOn(f -> f.get("rule").equals("DUPLICATE_REPORT"))
                .extracting(f -> f.get("message"))
                .hasSize(2)
                .allMatch(m -> m.contains("003_copy.txt") && m.contains("004_2008f0193b0e469e.txt"))
                .anyMatch(m -> m.endsWith("This file is kept: its facts are published."))
                .anyMatch(m -> m.endsWith("This file is superseded: its facts are not published."));
        assertThat(fixture.csv("csv/reports.csv")).filteredOn(r -> r.get("source_file").equals("北极街道2021.txt"))
                .singleElement().satisfies(r -> assertThat(Integer.parseInt(r.get("warnings"))).isPositive());

        // and a second run changes nothing
        var digests = fixture.outputDigests();
        assertThat(fixture.run().out()).contains("nothing new");
        assertThat(fixture.outputDigests()).isEqualTo(digests);
    }
}

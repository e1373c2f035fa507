package io.xxgk.batch;

import io.xxgk.core.model.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load job end to end, as a user runs it ({@code xxgk run jobs/sample.yml --inbox … --warehouse …}), on the five
 * seed reports: everything loads, and CSV, H2 and Parquet (read back by DuckDB) hold the same rows.
 */
class LoadJobTest {

    @TempDir
    static Path tmp;

    static LoadFixture fixture;
    static LoadFixture.Run run;

    @BeforeAll
    static void loadTheSeeds() throws Exception {
        fixture = LoadFixture.withSeeds(tmp);
        run = fixture.run();
    }

    @Test
    void run_WhenInboxHoldsTheFiveSeeds_ThenAllLoadAndExitCodeIsZero() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("completed").contains("5 seen: 5 loaded, 0 skipped as unchanged, "
                + "0 quarantined").contains("facts 992 rows (2 years), reports 5 rows");
        assertThat(fixture.h2("SELECT status, COUNT(*) AS n FROM reports GROUP BY status"))
                .containsExactly(Map.of("status", "LOADED", "n", 5L));
    }

    @Test
    void facts_WhenLoaded_ThenCsvH2AndParquetHoldTheSame992Rows() throws Exception {
        Map<String, String> csv = new TreeMap<>();
        for (int year : List.of(2020, 2023)) {
            for (Map<String, String> row : fixture.csv("csv/facts/year=" + year + "/facts.csv")) {
                csv.put(row.get("report_id") + "|" + row.get("category"), canonical(row));
            }
        }
        Map<String, String> h2 = byKey(fixture.h2("SELECT * FROM facts"));
        Map<String, String> parquet = byKey(LoadFixture.duckdb("SELECT * FROM read_parquet('"
                + fixture.parquetGlob("parquet/facts") + "/**/*.parquet', hive_partitioning = true)"));

        assertThat(csv).hasSize(198 * 4 + 200);
        assertThat(h2).isEqualTo(csv);
        assertThat(parquet).isEqualTo(csv);
    }

    @Test
    void facts_WhenLoaded_ThenSampleValuesReadAsPrinted() throws Exception {
        Map<String, Map<String, String>> facts = new TreeMap<>();
        for (int year : List.of(2020, 2023)) {
            for (Map<String, String> row : fixture.csv("csv/facts/year=" + year + "/facts.csv")) {
                facts.put(row.get("report_id") + "|" + row.get("category"), row);
            }
        }
        // seed 002 (江源区 2020)
        assertThat(facts.get("4e1e5d997dd2d069|A20_5.LICENSING|DECISIONS")).containsEntry("value", "36756");
        assertThat(facts.get("4e1e5d997dd2d069|A20_5.LICENSING|YEAR_CHANGE"))
                .containsEntry("value", "2").containsEntry("value_raw", "+2");
        assertThat(facts.get("4e1e5d997dd2d069|A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT"))
                .containsEntry("status", "BLANK").containsEntry("value", "").containsEntry("value_raw", "");
        // seed 004 (晋江市人民政府青阳街道办事处 2020)
        assertThat(facts.get("6ef458b06a21fd47|A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT"))
                .containsEntry("value", "8808257.32").containsEntry("value_raw", "8808257.32元")
                .containsEntry("unit", "元");

        List<Map<String, Object>> h2 = fixture.h2("SELECT value, status FROM facts WHERE report_id = ? "
                + "AND category = ?", "4e1e5d997dd2d069", "A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT");
        assertThat(h2).hasSize(1);
        assertThat(h2.get(0).get("value")).isNull();
        assertThat(h2.get(0).get("status")).isEqualTo("BLANK");

        List<Map<String, Object>> parquet = LoadFixture.duckdb("SELECT value, unit, year FROM read_parquet('"
                + fixture.parquetGlob("parquet/facts") + "/**/*.parquet', hive_partitioning = true) "
                + "WHERE report_id = '6ef458b06a21fd47' AND category = 'A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT'");
        assertThat((BigDecimal) parquet.get(0).get("value")).isEqualByComparingTo("8808257.32");
        assertThat(parquet.get(0)).containsEntry("unit", "元");
        assertThat(((Number) parquet.get(0).get("year")).intValue()).isEqualTo(2020);
    }

    @Test
    void parquetFacts_WhenReadAsOneHiveDataset_ThenEachYearPartitionHoldsItsReports() throws Exception {
        List<Map<String, Object>> years = LoadFixture.duckdb("SELECT year, COUNT(*) AS n, "
                + "COUNT(DISTINCT report_id) AS reports FROM read_parquet('" + fixture.parquetGlob("parquet/facts")
                + "/**/*.parquet', hive_partitioning = true) GROUP BY year ORDER BY year");
        assertThat(years).hasSize(2);
        assertThat(years.get(0)).containsEntry("n", 792L).containsEntry("reports", 4L);
        assertThat(((Number) years.get(0).get("year")).intValue()).isEqualTo(2020);
        assertThat(years.get(1)).containsEntry("n", 200L).containsEntry("reports", 1L);
    }

    @Test
    void reportsAndFindings_WhenLoaded_ThenCsvH2AndParquetAgree() throws Exception {
        List<Map<String, String>> csvReports = fixture.csv("csv/reports.csv");
        List<Map<String, Object>> parquetReports = LoadFixture.duckdb("SELECT * FROM read_parquet('"
                + fixture.parquetGlob("parquet/reports/reports.parquet") + "')");
        List<Map<String, Object>> h2Reports = fixture.h2("SELECT * FROM reports ORDER BY source_file");
        assertThat(csvReports).hasSize(5);
        assertThat(parquetReports).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Map<String, String> csv = csvReports.get(i);
            assertThat(csv).containsEntry("status", "LOADED").containsEntry("parser_version", "1.0.0");
            assertThat(String.valueOf(parquetReports.get(i).get("source_sha256"))).isEqualTo(csv.get("source_sha256"));
            assertThat(String.valueOf(h2Reports.get(i).get("report_id"))).isEqualTo(csv.get("report_id"));
            assertThat(String.valueOf(parquetReports.get(i).get("cells_expected")))
                    .isEqualTo(csv.get("cells_expected"));
        }
        assertThat(csvReports.get(2)).containsEntry("report_id", "4e1e5d997dd2d069")
                .containsEntry("cells_expected", "198").containsEntry("cells_blank", "2");

        List<Map<String, String>> csvFindings = fixture.csv("csv/findings.csv");
        assertThat(fixture.h2("SELECT * FROM findings")).hasSameSizeAs(csvFindings);
        assertThat(LoadFixture.duckdb("SELECT * FROM read_parquet('"
                + fixture.parquetGlob("parquet/findings/findings.parquet") + "')")).hasSameSizeAs(csvFindings);
    }

    @Test
    void csvOutputs_AreUtf8WithoutBomRfc4180WithTheContractHeader() throws Exception {
        Path facts = fixture.warehouse.resolve("csv/facts/year=2020/facts.csv");
        byte[] bytes = Files.readAllBytes(facts);
        assertThat(bytes[0]).isEqualTo((byte) 'r'); // no BOM
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", Fact.COLUMNS) + "\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void outputs_WhenPublished_ThenNoTemporaryFileIsLeft() throws Exception {
        try (Stream<Path> files = Files.walk(fixture.warehouse)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".inprogress")))
                    .isEmpty();
        }
        assertThat(fixture.warehouse.resolve("xxgk.mv.db")).exists();
        assertThat(fixture.warehouse.resolve("logs/xxgk.log")).content(StandardCharsets.UTF_8)
                .contains("Published csv/reports.csv");
    }

    /** Key of a fact row from any of the three readers. */
    private static Map<String, String> byKey(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("report_id") + "|" + r.get("category"),
                LoadJobTest::canonical, (a, b) -> {
                    throw new AssertionError("duplicate fact " + a);
                }, TreeMap::new));
    }

    /** The contract columns of a fact as one string; decimals compared by value, absent values as empty. */
    private static String canonical(Map<String, ?> row) {
        return Fact.COLUMNS.stream().map(c -> {
            Object v = row.get(c);
            if (v == null) {
                return "";
            }
            if (v instanceof BigDecimal d) {
                return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            }
            return String.valueOf(v);
        }).collect(Collectors.joining("\u001f"));
    }
}

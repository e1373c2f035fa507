package io.xxgk.batch;

import io.xxgk.core.ReportIds;
import io.xxgk.core.model.Fact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 7 at the level of a whole run: the hostile corpus ({@link HostileCorpus}: other encodings, broken and
 * binary files, duplicates, links, a pipe, odd names, text crafted against SQL and CSV) loads in ONE run together
 * with the five seeds. The seeds load exactly as in a clean run of the seeds alone, every other file ends as
 * expected with an operator's reason, the accounting adds up, and no input is touched.
 */
class HostileInboxTest {

    /** Columns that differ between a seed and its renamed copy; everything else must be equal. */
    private static final List<String> IDENTITY = List.of("report_id", "agency", "source_file");
    private static final Pattern FILES_LINE = Pattern.compile("files +(\\d+) seen: (\\d+) loaded"
            + "(?: \\((\\d+) duplicate, not published\\))?, (\\d+) skipped as unchanged(?: \\([^)]*\\))?, "
            + "(\\d+) quarantined");

    @TempDir
    static Path tmp;

    static LoadFixture clean;
    static LoadFixture hostile;
    static HostileCorpus corpus;
    static Map<String, String> inputsBefore;
    static LoadFixture.Run run;

    @BeforeAll
    static void loadTheSeedsAloneThenTheHostileInboxInOneRun() throws Exception {
        clean = LoadFixture.withSeeds(tmp.resolve("clean"));
        assertThat(clean.run().exitCode()).isZero();

        hostile = LoadFixture.withSeeds(tmp.resolve("hostile"));
        corpus = HostileCorpus.writeInto(hostile.inbox, tmp.resolve("outside"));
        inputsBefore = inputs();
        Path job = Files.writeString(tmp.resolve("hostile.yml"), "name: hostile\n"
                + "inbox: " + hostile.inbox + "\nwarehouse: " + hostile.warehouse + "\n"
                + "outputs: [csv, parquet, csv-excel]\nmax-file-size: " + HostileCorpus.MAX_FILE_SIZE + "\n");
        // A load that opened the pipe would block for ever: bound the run instead of hanging the build.
        run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> hostile.command("run", job.toString()));
    }

    @Test
    void run_WhenTheInboxIsHostile_ThenItCompletesWithExitOneAndEveryFileIsAccountedFor() throws Exception {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        List<HostileCorpus.Expected> expected = corpus.expected;
        long quarantined = expected.stream().filter(e -> e.statuses().equals(HostileCorpus.QUARANTINED)).count();

        Matcher files = FILES_LINE.matcher(run.out());
        assertThat(files.find()).as(run.out()).isTrue();
        int seen = Integer.parseInt(files.group(1));
        int loaded = Integer.parseInt(files.group(2));
        int duplicates = files.group(3) == null ? 0 : Integer.parseInt(files.group(3));
        int unchanged = Integer.parseInt(files.group(4));
        int quarantinedPrinted = Integer.parseInt(files.group(5));
        assertThat(seen).isEqualTo(expected.size()).isEqualTo(loaded + unchanged + quarantinedPrinted);
        assertThat(quarantinedPrinted).isEqualTo(quarantined);
        assertThat(unchanged).isZero();
        assertThat(duplicates).isEqualTo(2); // the copy of extra-row.txt (or the original) and edition-1.txt

        Map<String, Long> byStatus = hostile.h2("SELECT status, COUNT(*) AS n FROM reports GROUP BY status").stream()
                .collect(Collectors.toMap(r -> (String) r.get("status"), r -> (Long) r.get("n")));
        assertThat(byStatus).containsOnlyKeys("LOADED", "DUPLICATE", "QUARANTINED");
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(seen);
        assertThat(byStatus.get("LOADED") + byStatus.get("DUPLICATE")).isEqualTo(loaded);
        assertThat(byStatus.get("DUPLICATE")).isEqualTo(duplicates);
        assertThat(byStatus.get("QUARANTINED")).isEqualTo(quarantinedPrinted);

        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        hostile.h2("SELECT source_file, status, reason, quarantine_code FROM reports")
                .forEach(r -> reports.put((String) r.get("source_file"), r));
        assertThat(reports.keySet()).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(HostileCorpus.Expected::sourceFile).toList());
        for (HostileCorpus.Expected e : expected) {
            Map<String, Object> report = reports.get(e.sourceFile());
            String reason = (String) report.get("reason");
            assertThat((String) report.get("status")).as(e.sourceFile() + ": " + reason).isIn(e.statuses());
            assertThat(reason).as(e.sourceFile()).contains(e.words()).doesNotContain("Exception");
            if (!e.code().isEmpty()) {
                assertThat(report.get("quarantine_code")).as(e.sourceFile()).isEqualTo(e.code());
                assertThat(run.out()).as("the summary lists it").contains(e.sourceFile() + ": " + reason);
            }
        }
        assertThat(hostile.csv("csv/reports.csv")).extracting(r -> r.get("source_file") + " " + r.get("status")
                + " " + r.get("reason")).containsExactlyInAnyOrderElementsOf(reports.values().stream()
                .map(r -> r.get("source_file") + " " + r.get("status") + " " + r.get("reason")).toList());
    }

    @Test
    void seeds_WhenLoadedAmongHostileFiles_ThenTheirFactsAndReportsEqualACleanRunOfTheSeedsAlone()
            throws Exception {
        assertThat(facts(hostile).stream().filter(f -> HostileCorpus.SEEDS.contains(f.get("source_file"))).toList())
                .isEqualTo(facts(clean));
        List<String> sameEveryRun = List.of("report_id", "source_file", "source_sha256", "bytes", "format", "agency",
                "year", "template", "status", "reason", "cells_expected", "cells_reported", "cells_blank", "errors",
                "warnings");
        assertThat(project(hostile.csv("csv/reports.csv").stream()
                .filter(r -> HostileCorpus.SEEDS.contains(r.get("source_file"))).toList(), sameEveryRun))
                .isEqualTo(project(clean.csv("csv/reports.csv"), sameEveryRun));
    }

    @Test
    void encodings_WhenUtf8WithOrWithoutBomUtf16GbkGb18030CrlfOrCr_ThenTheSameValuesAsTheUtf8Copy()
            throws Exception {
        List<Map<String, String>> facts = facts(hostile);
        List<Map<String, String>> seed = factsOf(facts, HostileCorpus.SEED_000);
        assertThat(seed).hasSize(198);
        assertThat(corpus.encodings).hasSize(8);
        for (HostileCorpus.Variant v : corpus.encodings) {
            List<Map<String, String>> variant = factsOf(facts, v.sourceFile());
            assertThat(variant).as(v.sourceFile()).extracting(f -> f.get("agency")).containsOnly(v.agency());
            assertThat(withoutIdentity(variant)).as(v.sourceFile()).isEqualTo(withoutIdentity(seed));
        }
    }

    @Test
    void fileNames_WithSpacesChineseEmojiQuotesCommasAndAFormula_ThenLoadUnderThatNameInEveryOutput()
            throws Exception {
        List<Map<String, String>> facts = facts(hostile);
        List<Map<String, String>> seed = factsOf(facts, HostileCorpus.SEED_002);
        for (HostileCorpus.Variant v : corpus.names) {
            List<Map<String, String>> variant = factsOf(facts, v.sourceFile());
            assertThat(withoutIdentity(variant)).as(v.sourceFile()).isEqualTo(withoutIdentity(seed));
            assertThat(hostile.h2("SELECT COUNT(*) AS n FROM facts WHERE source_file = ?", v.sourceFile()))
                    .containsExactly(Map.of("n", (long) seed.size()));
            assertThat(LoadFixture.duckdb("SELECT COUNT(*) AS n FROM read_parquet('"
                    + hostile.parquetGlob("parquet/facts") + "/**/*.parquet', hive_partitioning = true) "
                    + "WHERE source_file = '" + v.sourceFile().replace("'", "''") + "'"))
                    .containsExactly(Map.of("n", (long) seed.size()));
        }
    }

    @Test
    void mixedTemplate_WhenT1IsV2021AndT2HasTheV2019OtherRow_ThenLoadedWithTheTemplateOfEachTable()
            throws Exception {
        List<Map<String, String>> mixed = factsOf(facts(hostile), "mixed-template.txt");

        assertThat(mixed.stream().collect(Collectors.groupingBy(f -> f.get("table_code"),
                Collectors.mapping(f -> f.get("template"), Collectors.toSet()))))
                .isEqualTo(Map.of("T1", java.util.Set.of("V2021"), "T2", java.util.Set.of("V2019"),
                        "T3", java.util.Set.of("V2021")));
        assertThat(mixed).extracting(f -> f.get("category")).contains("RESULT.OTHER|NP")
                .doesNotContain("RESULT.OTHER.OTHER|NP");
        assertThat(hostile.h2("SELECT template, year FROM reports WHERE source_file = 'mixed-template.txt'"))
                .containsExactly(Map.of("template", "V2021", "year", 2023));
        String reportId = reportIdOf("mixed-template.txt");
        assertThat(hostile.csv("csv/findings.csv")).filteredOn(f -> f.get("report_id").equals(reportId))
                .extracting(f -> f.get("rule") + " " + f.get("severity")).contains("TEMPLATE_MISMATCH INFO");
    }

    @Test
    void extraRow_WhenAReportHasARowTheTemplateLacks_ThenTheTemplateCellsLoadAndTheRowIsNoted()
            throws Exception {
        String reportId = reportIdOf("extra-row.txt");
        List<Map<String, String>> published = facts(hostile).stream()
                .filter(f -> f.get("report_id").equals(reportId)).toList();

        // The fixture is seed 000 with ten lines inserted before line 347: the cells after them moved down ten.
        List<Map<String, String>> seed = factsOf(facts(hostile), HostileCorpus.SEED_000).stream().map(f -> {
            Map<String, String> moved = new LinkedHashMap<>(f);
            int line = Integer.parseInt(f.get("source_line"));
            moved.put("source_line", String.valueOf(line >= 347 ? line + 10 : line));
            return moved;
        }).toList();
        assertThat(withoutIdentity(published)).isEqualTo(withoutIdentity(seed));
        // (its byte-identical copy shares the report_id, so the note may be listed for each of the two files)
        assertThat(hostile.csv("csv/findings.csv")).filteredOn(f -> f.get("report_id").equals(reportId))
                .filteredOn(f -> f.get("rule").equals("PARSE_NOTE")).isNotEmpty().allSatisfy(f -> {
                    assertThat(f).containsEntry("severity", "INFO");
                    assertThat(f.get("message")).contains("not in the template").contains("（八）其他补充说明事项");
                });
    }

    @Test
    void duplicates_WhenACopyHasAnotherNameOrTwoEditionsClaimOneAgencyAndYear_ThenOneIsPublished()
            throws Exception {
        Map<String, Map<String, String>> reports = hostile.csv("csv/reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
        // The byte-identical copy: one of the two is published, the other names it and says it is a copy.
        Map<String, String> original = reports.get("extra-row.txt");
        Map<String, String> copy = reports.get(HostileCorpus.COPY);
        assertThat(List.of(original.get("status"), copy.get("status"))).containsExactlyInAnyOrder("LOADED",
                "DUPLICATE");
        Map<String, String> published = original.get("status").equals("LOADED") ? original : copy;
        Map<String, String> unpublished = published == original ? copy : original;
        assertThat(unpublished.get("reason")).startsWith("a byte-identical copy of " + published.get("source_file")
                + " (same content), which is the one published");
        assertThat(facts(hostile)).filteredOn(f -> f.get("source_file").equals(unpublished.get("source_file")))
                .isEmpty();

        // Two editions: both in reports, the later one published with its corrected value.
        assertThat(reports.get("edition-2.txt")).containsEntry("status", "LOADED");
        assertThat(reports.get("edition-1.txt")).containsEntry("status", "DUPLICATE");
        List<Map<String, String>> edition = facts(hostile).stream()
                .filter(f -> f.get("agency").equals("晋江市人民政府再版街道办事处")).toList();
        assertThat(edition).hasSize(198).allSatisfy(f -> assertThat(f).containsEntry("source_file", "edition-2.txt"));
        assertThat(edition).filteredOn(f -> f.get("category").equals("A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT"))
                .singleElement().satisfies(f -> assertThat(f).containsEntry("value", "72"));
        String edition2 = reports.get("edition-2.txt").get("report_id");
        assertThat(hostile.csv("csv/findings.csv")).filteredOn(f -> f.get("report_id").equals(edition2)
                && f.get("rule").equals("DUPLICATE_REPORT")).singleElement().satisfies(f ->
                assertThat(f.get("message")).contains("edition-1.txt").contains("edition-2.txt"));
        assertThat(hostile.h2("SELECT value FROM facts WHERE source_file = 'edition-1.txt' "
                + "AND category = 'A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT'")).singleElement()
                .satisfies(r -> assertThat((BigDecimal) r.get("value")).isEqualByComparingTo("71"));
    }

    /**
     * The crafted report: its agency and cells carry quotes, commas, a line break, SQL and spreadsheet formulas.
     * Every value must come back exactly from H2, from the CSV (two independent readers) and from the Parquet.
     */
    @Test
    void injection_WhenAgencyAndCellsCarrySqlAndCsvMetacharacters_ThenTheyRoundTripExactly() throws Exception {
        String reportId = reportIdOf(HostileCorpus.INJECTION);
        // The title line as written, normalised as spec §7.1 says (quotes and spaces removed): still hostile.
        String agency = "=HYPERLINK(http://evil.example)+cmd@SUM;DROPTABLEfacts;--街道办事处";
        Map<String, String> crafted = new LinkedHashMap<>();
        crafted.put("A20_1.REGULATION|NEW_MADE", "\"quoted\", with comma");
        crafted.put("A20_1.REGULATION|NEW_PUBLISHED", "'; DROP TABLE facts; --");
        crafted.put("A20_1.REGULATION|TOTAL_PUBLISHED", "=HYPERLINK(\"http://evil.example\",\"点击\")\n第二行 second line");
        crafted.put("A20_1.NORMATIVE_DOC|NEW_MADE", "+cmd|' /C calc'!A0");
        crafted.put("A20_1.NORMATIVE_DOC|NEW_PUBLISHED", "@SUM(A1:A9)");
        crafted.put("A20_1.NORMATIVE_DOC|TOTAL_PUBLISHED", "-5");
        crafted.put("NEW|NP", "-2+3+cmd|' /C calc'!A0");
        crafted.put("NEW|LP.COMMERCIAL", "\\N");

        String in = crafted.keySet().stream().map(c -> "'" + c.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        Map<String, String> h2 = rawByCategory(hostile.h2("SELECT category, value_raw FROM facts WHERE report_id = ? "
                + "AND category IN (" + in + ")", reportId));
        Map<String, String> csv = facts(hostile).stream().filter(f -> f.get("report_id").equals(reportId)
                && crafted.containsKey(f.get("category"))).collect(Collectors.toMap(f -> f.get("category"),
                f -> f.get("value_raw")));
        Map<String, String> parquet = rawByCategory(LoadFixture.duckdb("SELECT category, value_raw FROM read_parquet('"
                + hostile.parquetGlob("parquet/facts") + "/**/*.parquet', hive_partitioning = true) "
                + "WHERE report_id = '" + reportId + "' AND category IN (" + in + ")"));
        Map<String, String> duckCsv = rawByCategory(LoadFixture.duckdb("SELECT category, value_raw FROM read_csv('"
                + hostile.parquetGlob("csv/facts/year=2020/facts.csv") + "', header = true, all_varchar = true, "
                + "quote = '\"', escape = '\"') WHERE report_id = '" + reportId + "' AND category IN (" + in + ")"));

        assertThat(h2).isEqualTo(crafted);
        assertThat(csv).isEqualTo(crafted);
        assertThat(parquet).isEqualTo(crafted);
        assertThat(duckCsv).isEqualTo(crafted);
        assertThat(hostile.h2("SELECT DISTINCT agency FROM facts WHERE report_id = ?", reportId))
                .containsExactly(Map.of("agency", agency));
        assertThat(facts(hostile)).filteredOn(f -> f.get("report_id").equals(reportId)).hasSize(198)
                .allSatisfy(f -> assertThat(f).containsEntry("agency", agency));
        assertThat(hostile.h2("SELECT value, status FROM facts WHERE report_id = ? AND category = ?", reportId,
                "A20_1.NORMATIVE_DOC|TOTAL_PUBLISHED")).singleElement().satisfies(r -> {
                    assertThat((BigDecimal) r.get("value")).isEqualByComparingTo("-5");
                    assertThat(r.get("status")).isEqualTo("REPORTED");
                });
        // The statement in the text ran nowhere: every table is there with all its rows.
        assertThat(hostile.h2("SELECT COUNT(*) AS n FROM reports")).containsExactly(
                Map.of("n", (long) corpus.expected.size()));
        assertThat(hostile.h2("SELECT COUNT(*) AS n FROM facts WHERE report_id = ?", reportId))
                .containsExactly(Map.of("n", 198L));
    }

    /**
     * csv/ keeps every value as found; the opt-in csv-excel/ is the same table with a BOM and with the text cells a
     * spreadsheet would run prefixed by {@code '}: nothing else differs, numbers included.
     */
    @Test
    void spreadsheetSafeCsv_WhenRequested_ThenFormulaTextIsQuotedAndEverythingElseIsTheStandardCsv()
            throws Exception {
        List<String> standardFiles = relativeFiles(hostile.warehouse.resolve("csv"));
        assertThat(relativeFiles(hostile.warehouse.resolve("csv-excel"))).isEqualTo(standardFiles);
        int quoted = 0;
        for (String file : standardFiles) {
            byte[] excel = Files.readAllBytes(hostile.warehouse.resolve("csv-excel").resolve(file));
            assertThat(excel).as(file).startsWith(0xEF, 0xBB, 0xBF);
            List<List<String>> excelRows = records(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8));
            List<List<String>> standardRows = records(Files.readString(hostile.warehouse.resolve("csv").resolve(file),
                    StandardCharsets.UTF_8));
            assertThat(excelRows).as(file).hasSameSizeAs(standardRows);
            for (int r = 0; r < standardRows.size(); r++) {
                for (int c = 0; c < standardRows.get(r).size(); c++) {
                    String standard = standardRows.get(r).get(c);
                    String safe = excelRows.get(r).get(c);
                    if (!safe.equals(standard)) {
                        assertThat(safe).as(file + " row " + r).isEqualTo("'" + standard);
                        assertThat(standard).as(file + " row " + r).matches("(?s)[=+\\-@\t\r].*")
                                .doesNotMatch("[+-]?\\d+(?:[.,]\\d+)*");
                        quoted++;
                    } else {
                        assertThat(standard).as(file + " row " + r).matches("(?s)([^=+\\-@\t\r].*|[+-]?\\d+(?:[.,]\\d+)*|)");
                    }
                }
            }
        }
        assertThat(quoted).isPositive();
        List<Map<String, String>> facts = csvWithBom(hostile.warehouse.resolve("csv-excel/facts/year=2020/facts.csv"));
        String reportId = reportIdOf(HostileCorpus.INJECTION);
        Map<String, Map<String, String>> crafted = facts.stream().filter(f -> f.get("report_id").equals(reportId))
                .collect(Collectors.toMap(f -> f.get("category"), f -> f));
        assertThat(crafted.get("A20_1.REGULATION|TOTAL_PUBLISHED")).containsEntry("value_raw",
                "'=HYPERLINK(\"http://evil.example\",\"点击\")\n第二行 second line")
                .containsEntry("agency", "'=HYPERLINK(http://evil.example)+cmd@SUM;DROPTABLEfacts;--街道办事处");
        assertThat(crafted.get("A20_1.NORMATIVE_DOC|NEW_PUBLISHED")).containsEntry("value_raw", "'@SUM(A1:A9)");
        assertThat(crafted.get("A20_1.NORMATIVE_DOC|TOTAL_PUBLISHED")).containsEntry("value_raw", "-5")
                .containsEntry("value", "-5");
        assertThat(facts).filteredOn(f -> f.get("source_file").startsWith("'=1+1 formula name.txt")).hasSize(198);
    }

    @Test
    void inputs_WhenTheRunIsOver_ThenNoInputWasMovedModifiedOrAdded() throws Exception {
        assertThat(inputs()).isEqualTo(inputsBefore);
        assertThat(hostile.inbox.resolve("scan.png")).exists(); // quarantined files stay where they are
    }

    // helpers

    private static Map<String, String> inputs() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>(InboxListing.of(hostile.inbox));
        InboxListing.of(tmp.resolve("outside")).forEach((k, v) -> inputs.put("outside/" + k, v));
        return inputs;
    }

    /** Every published fact (CSV, all years), in file order. */
    private static List<Map<String, String>> facts(LoadFixture fixture) throws IOException {
        List<Map<String, String>> facts = new ArrayList<>();
        try (Stream<Path> years = Files.list(fixture.warehouse.resolve("csv/facts"))) {
            for (Path year : years.sorted().toList()) {
                facts.addAll(LoadFixture.csvRecords(year.resolve("facts.csv")));
            }
        }
        return facts;
    }

    private static List<Map<String, String>> factsOf(List<Map<String, String>> facts, String sourceFile) {
        return facts.stream().filter(f -> f.get("source_file").equals(sourceFile)).toList();
    }

    private static List<Map<String, String>> withoutIdentity(List<Map<String, String>> facts) {
        return project(facts, Fact.COLUMNS.stream().filter(c -> !IDENTITY.contains(c)).toList());
    }

    private static List<Map<String, String>> project(List<Map<String, String>> rows, List<String> columns) {
        return rows.stream().map(r -> {
            Map<String, String> kept = new LinkedHashMap<>();
            columns.forEach(c -> kept.put(c, r.get(c)));
            return kept;
        }).toList();
    }

    private static String reportIdOf(String fixture) throws IOException {
        return ReportIds.sha256(Files.readAllBytes(HostileCorpus.FIXTURES.resolve(fixture))).substring(0, 16);
    }

    private static Map<String, String> rawByCategory(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("category"),
                r -> (String) r.get("value_raw")));
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private static List<List<String>> records(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static List<Map<String, String>> csvWithBom(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text.substring(1),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return rows;
        }
    }
}

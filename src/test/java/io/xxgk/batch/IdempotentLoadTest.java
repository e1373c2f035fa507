package io.xxgk.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading again: nothing new changes nothing; a new file, a changed file or a new parser version is loaded and the
 * rest is left alone. Each test starts from a warehouse that has loaded the five seeds.
 */
class IdempotentLoadTest {

    @TempDir
    Path tmp;

    LoadFixture fixture;
    Map<String, String> firstOutputs;
    List<Map<String, Object>> firstReports;

    @BeforeEach
    void loadTheSeeds() throws Exception {
        fixture = LoadFixture.withSeeds(tmp);
        assertThat(fixture.run().exitCode()).isZero();
        firstOutputs = fixture.outputDigests();
        firstReports = fixture.h2("SELECT source_file, report_id, loaded_at, job_execution_id FROM reports "
                + "ORDER BY source_file");
    }

    @Test
    void run_WhenTheInboxIsUnchanged_ThenItSaysNothingNewAndNoOutputByteChanges() throws Exception {
        LoadFixture.Run again = fixture.run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing new").contains("no output changed");
        assertThat(fixture.outputDigests()).isEqualTo(firstOutputs);
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM BATCH_JOB_INSTANCE")).containsExactly(Map.of("n", 1L));
    }

    @Test
    void run_WhenAFileIsTouchedButItsContentIsTheSame_ThenItIsSkippedAndNoOutputByteChanges() throws Exception {
        Path seed = fixture.inbox.resolve("001_5bf9956e543a31f7.txt");
        Files.setLastModifiedTime(seed, FileTime.fromMillis(Files.getLastModifiedTime(seed).toMillis() + 60_000));

        LoadFixture.Run again = fixture.run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("5 seen: 0 loaded, 5 skipped as unchanged")
                .contains("unchanged (already up to date)");
        assertThat(fixture.outputDigests()).isEqualTo(firstOutputs);
        assertThat(reports()).isEqualTo(firstReports);
    }

    @Test
    void run_WhenAFileIsAdded_ThenOnlyItIsLoadedAndItsYearGetsAPartition() throws Exception {
        Path added = fixture.inbox.resolve("later/南关区 2024.txt");
        Files.createDirectories(added.getParent());
        Files.writeString(added, seedText("003_ae5e98d31dd755d7.txt").replace("2023", "2024"));

        LoadFixture.Run again = fixture.run();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("6 seen: 1 loaded, 5 skipped as unchanged, 0 quarantined")
                .contains("facts 1192 rows (3 years), reports 6 rows");
        List<Map<String, Object>> reports = reports();
        assertThat(reports).hasSize(6).containsAll(firstReports);
        assertThat(fixture.csv("csv/facts/year=2024/facts.csv")).hasSize(200)
                .allSatisfy(row -> assertThat(row).containsEntry("source_file", "later/南关区 2024.txt"));
        Map<String, String> outputs = fixture.outputDigests();
        for (String unchanged : List.of("csv/facts/year=2020/facts.csv", "parquet/facts/year=2020/facts.parquet",
                "csv/facts/year=2023/facts.csv", "parquet/facts/year=2023/facts.parquet")) {
            assertThat(outputs.get(unchanged)).as(unchanged).isEqualTo(firstOutputs.get(unchanged));
        }
    }

    @Test
    void run_WhenAFileChanges_ThenItsOldVersionIsSupersededAndOnlyTheNewOneIsPublished() throws Exception {
        Path changed = fixture.inbox.resolve("002_1cb59e66f00bcffe.txt");
        Files.writeString(changed, seedText("002_1cb59e66f00bcffe.txt").replace("\t36756", "\t36757"));

        LoadFixture.Run again = fixture.run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("5 seen: 1 loaded, 4 skipped as unchanged");
        List<Map<String, Object>> versions = fixture.h2("SELECT report_id, status, reason FROM reports "
                + "WHERE source_file = '002_1cb59e66f00bcffe.txt' ORDER BY loaded_at, status");
        assertThat(versions).hasSize(2);
        assertThat(versions).anySatisfy(v -> assertThat(v).containsEntry("report_id", "4e1e5d997dd2d069")
                .containsEntry("status", "SUPERSEDED"));
        String newId = versions.stream().filter(v -> "LOADED".equals(v.get("status")))
                .map(v -> (String) v.get("report_id")).findFirst().orElseThrow();
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM facts WHERE report_id = '4e1e5d997dd2d069'"))
                .containsExactly(Map.of("n", 0L));
        List<Map<String, String>> facts2020 = fixture.csv("csv/facts/year=2020/facts.csv");
        assertThat(facts2020).hasSize(792).noneMatch(r -> r.get("report_id").equals("4e1e5d997dd2d069"));
        assertThat(facts2020).anySatisfy(r -> assertThat(r).containsEntry("report_id", newId)
                .containsEntry("category", "A20_5.LICENSING|DECISIONS").containsEntry("value", "36757"));
        assertThat(fixture.csv("csv/reports.csv")).hasSize(6);
    }

    @Test
    void run_WhenTheParserVersionChanges_ThenEveryFileIsLoadedAgainAndTheOldRowsSuperseded() throws Exception {
        LoadFixture.Run again = fixture.runWith("xxgk.parser-version", "1.0.1-test");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("5 seen: 5 loaded, 0 skipped as unchanged");
        assertThat(fixture.h2("SELECT parser_version, status, COUNT(*) AS n FROM reports "
                + "GROUP BY parser_version, status ORDER BY parser_version")).containsExactly(
                Map.of("parser_version", "1.0.0", "status", "SUPERSEDED", "n", 5L),
                Map.of("parser_version", "1.0.1-test", "status", "LOADED", "n", 5L));
        Map<String, String> outputs = fixture.outputDigests();
        // Facts do not carry the parser version: the same numbers, the same bytes.
        assertThat(outputs.entrySet().stream().filter(e -> e.getKey().contains("facts"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .isEqualTo(firstOutputs.entrySet().stream().filter(e -> e.getKey().contains("facts"))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(fixture.csv("csv/reports.csv")).hasSize(10);

        LoadFixture.Run third = fixture.runWith("xxgk.parser-version", "1.0.1-test");
        assertThat(third.out()).contains("nothing new");
    }

    @Test
    void run_WhenAYearLosesItsOnlyReport_ThenItsPartitionsAreRemoved() throws Exception {
        Path only2023 = fixture.inbox.resolve("003_ae5e98d31dd755d7.txt");
        Files.writeString(only2023, seedText("003_ae5e98d31dd755d7.txt").replace("2023", "2024"));

        assertThat(fixture.run().exitCode()).isZero();

        assertThat(fixture.outputDigests().keySet()).noneMatch(name -> name.contains("year=2023"))
                .contains("csv/facts/year=2024/facts.csv", "parquet/facts/year=2024/facts.parquet");
        assertThat(fixture.warehouse.resolve("csv/facts/year=2023")).doesNotExist();
        assertThat(fixture.warehouse.resolve("parquet/facts/year=2023")).doesNotExist();
    }

    private List<Map<String, Object>> reports() throws Exception {
        return fixture.h2("SELECT source_file, report_id, loaded_at, job_execution_id FROM reports "
                + "WHERE status <> 'SUPERSEDED' ORDER BY source_file");
    }

    private static String seedText(String name) throws Exception {
        return Files.readString(LoadFixture.SEEDS.resolve(name), StandardCharsets.UTF_8);
    }
}

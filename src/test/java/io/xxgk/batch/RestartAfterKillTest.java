package io.xxgk.batch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load killed with SIGKILL (no shutdown hook runs, the execution stays STARTED) and run again ends with the same
 * outputs as a load that was never interrupted: no row missing, none twice. The killed load runs as a separate JVM,
 * slowed down by test properties so the kill lands at a known point; the resuming run is the same command.
 */
class RestartAfterKillTest {

    /** Columns that say when and by which execution a report was loaded: the only ones allowed to differ. */
    private static final List<String> RUN_COLUMNS = List.of("loaded_at", "job_execution_id");

    @TempDir
    static Path cleanDir;

    static Map<String, String> cleanOutputs;
    static LoadFixture clean;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadWithoutInterruption() throws Exception {
        clean = LoadFixture.withSeeds(cleanDir);
        assertThat(clean.run().exitCode()).isZero();
        cleanOutputs = clean.outputDigests();
    }

    @Test
    void run_WhenKilledDuringExtraction_ThenTheSameRunResumesAndOutputsEqualAnUninterruptedLoad() throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Path console = tmp.resolve("killed.log");
        // One file per chunk, 2 s per file: each partition commits its first file at about 2 s, the next at 4 s.
        Process load = startLoad(fixture, console, "-Dxxgk.chunk-size=1", "-Dxxgk.test.slow-item-ms=2000");
        awaitLines(load, console, "Discovered", 1);
        LoadFixture.Run concurrent = fixture.run();
        assertThat(concurrent.exitCode()).isEqualTo(3);
        assertThat(concurrent.err()).contains("another xxgk process is using the warehouse");
        awaitLines(load, console, "Staged 1 files", 2);
        Thread.sleep(500); // the chunks that logged have committed; the next ones are 1.5 s away
        load.destroyForcibly().waitFor();
        List<Map<String, Object>> stagedBeforeKill = fixture.h2("SELECT source_file FROM reports");
        assertThat(stagedBeforeKill).hasSizeBetween(1, 4);
        assertThat(fixture.h2("SELECT status FROM BATCH_JOB_EXECUTION")).containsExactly(Map.of("status", "STARTED"));

        LoadFixture.Run resumed = fixture.run();

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("5 seen: 5 loaded");
        assertThat(fixture.h2("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY job_execution_id")).containsExactly(
                Map.of("status", "FAILED"), Map.of("status", "COMPLETED"));
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM BATCH_JOB_INSTANCE")).containsExactly(Map.of("n", 1L));
        // Files staged before the kill were not read again: they keep the first execution's id.
        assertThat(fixture.h2("SELECT COUNT(DISTINCT job_execution_id) AS n FROM reports"))
                .containsExactly(Map.of("n", 2L));
        assertSameAsUninterrupted(fixture);
    }

    @Test
    void restart_WhenKilledDuringPublishing_ThenResumesAfterTheLastFilePublished() throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Path console = tmp.resolve("killed.log");
        Process load = startLoad(fixture, console, "-Dxxgk.test.slow-publish-ms=2500");
        awaitLines(load, console, "Published parquet/facts/year=2020/facts.parquet", 1);
        Thread.sleep(500); // the first file pair is committed; the kill lands while the next one waits
        load.destroyForcibly().waitFor();
        assertThat(fixture.warehouse.resolve("csv/facts/year=2020/facts.csv")).exists();
        assertThat(fixture.warehouse.resolve("csv/reports.csv")).doesNotExist();
        long logBeforeResume = Files.size(fixture.warehouse.resolve("logs/xxgk.log"));

        LoadFixture.Run resumed = fixture.command("restart", "--warehouse", fixture.warehouse.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        String resumedLog = Files.readString(fixture.warehouse.resolve("logs/xxgk.log"), StandardCharsets.UTF_8)
                .substring((int) logBeforeResume);
        assertThat(resumedLog).contains("left STARTED").contains("Published csv/reports.csv")
                .doesNotContain("Published csv/facts/year=2020/facts.csv").doesNotContain("Staged");
        assertSameAsUninterrupted(fixture);
    }

    private static void assertSameAsUninterrupted(LoadFixture fixture) throws Exception {
        Map<String, String> outputs = fixture.outputDigests();
        assertThat(outputs.keySet()).isEqualTo(cleanOutputs.keySet());
        for (String file : outputs.keySet()) {
            if (!file.contains("reports")) {
                assertThat(outputs.get(file)).as(file + " is byte-identical").isEqualTo(cleanOutputs.get(file));
            }
        }
        assertThat(withoutRunColumns(fixture.csv("csv/reports.csv")))
                .isEqualTo(withoutRunColumns(clean.csv("csv/reports.csv")));
        String columns = "* EXCLUDE (" + String.join(", ", RUN_COLUMNS) + ")";
        assertThat(LoadFixture.duckdb("SELECT " + columns + " FROM read_parquet('"
                + fixture.parquetGlob("parquet/reports/reports.parquet") + "')"))
                .isEqualTo(LoadFixture.duckdb("SELECT " + columns + " FROM read_parquet('"
                        + clean.parquetGlob("parquet/reports/reports.parquet") + "')"));
        assertThat(fixture.h2("SELECT COUNT(*) AS n, COUNT(DISTINCT (report_id, category)) AS keys FROM facts"))
                .containsExactly(Map.of("n", 992L, "keys", 992L));
    }

    private static List<Map<String, String>> withoutRunColumns(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.entrySet().stream().filter(e -> !RUN_COLUMNS.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).toList();
    }

    /** {@code java … io.xxgk.cli.Main run jobs/sample.yml …} in its own JVM, console to a file. */
    private static Process startLoad(LoadFixture fixture, Path console, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", testClasspath()));
        command.addAll(List.of(properties));
        command.addAll(List.of("io.xxgk.cli.Main", "run", LoadFixture.SAMPLE_JOB.toString(),
                "--inbox", fixture.inbox.toString(), "--warehouse", fixture.warehouse.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits until the console shows {@code marker} {@code times} times; fails if the process ends first. */
    private static void awaitLines(Process process, Path console, String marker, int times) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
            if (text.split(java.util.regex.Pattern.quote(marker), -1).length - 1 >= times) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the load ended before '" + marker + "' appeared:\n" + text);
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new AssertionError("'" + marker + "' did not appear in time");
    }
}

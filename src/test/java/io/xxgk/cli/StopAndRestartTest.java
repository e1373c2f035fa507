package io.xxgk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating a load that runs in another process: {@code status} sees it, {@code stop} stops it through the shared
 * job repository, {@code abandon} refuses it while it runs, and after a stop or a {@code kill -9} the CLI's
 * {@code restart} completes it with outputs equal to a load that was never interrupted. The loads run as separate
 * JVMs, slowed down by test properties so that the commands land while they run.
 */
class StopAndRestartTest {

    /** Columns that say when and by which execution a report was loaded: the only ones allowed to differ. */
    private static final List<String> RUN_COLUMNS = List.of("loaded_at", "job_execution_id");

    @TempDir
    static Path cleanDir;

    static CliFixture clean;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadWithoutInterruption() throws Exception {
        clean = CliFixture.withSeeds(cleanDir);
        assertThat(clean.run().exitCode()).isZero();
    }

    @Test
    void stop_WhenTheLoadRunsInAnotherProcess_ThenItEndsStoppedAndRestartCompletesIt() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path console = tmp.resolve("load.log");
        // One file per chunk, 3 s per file and 1 s per published file: the commands below land while it runs.
        Process load = CliFixture.start(console, List.of("xxgk.chunk-size=1", "xxgk.test.slow-item-ms=3000",
                "xxgk.test.slow-publish-ms=1000"), fixture.runArgs());
        CliFixture.await(load, console, "Staged 1 files", 1, Duration.ofSeconds(90));

        CliFixture.Result status = fixture.onWarehouse("status");
        CliFixture.Result abandon = fixture.onWarehouse("abandon", "1");
        CliFixture.Result secondRun = fixture.run();
        CliFixture.Result stop = fixture.onWarehouse("stop", "1");

        assertThat(status.out()).contains("(a load is running: pid " + load.pid() + " since ")
                .containsPattern("\\n\\s+1  .*  -\\s+\\S+ s  RUNNING ")
                .contains("-> stop it: xxgk stop 1 --warehouse " + fixture.warehouse);
        assertThat(abandon.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(abandon.err()).contains("Execution 1 is running (pid " + load.pid()).contains("stop it first");
        assertThat(secondRun.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(secondRun.err()).contains("another xxgk process is using the warehouse")
                .contains("run.lock (pid " + load.pid());
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("Stop requested: execution 1 is STOPPING")
                .contains("Execution 1 ended STOPPED. Resume it with xxgk restart 1");
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).isEqualTo(ExitCodes.FAILED);
        assertThat(CliFixture.read(console)).contains("Load sample: STOPPED after");
        assertThat(CliFixture.read(fixture.warehouse.resolve("logs/xxgk.log")))
                .contains("Stop of execution 1 requested by an operator (xxgk stop)");

        CliFixture.Result restart = fixture.onWarehouse("restart", "--last-failed");

        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.out()).contains("Load sample: completed in").contains("(execution 2)");
        assertThat(fixture.onWarehouse("status").out()).containsPattern("\\n\\s+2  .*  COMPLETED ")
                .containsPattern("\\n\\s+1  .*  STOPPED ").containsPattern("stopped in step [\\w:-]+ by an operator");
        assertSameAsUninterrupted(fixture);
    }

    @Test
    void restart_WhenTheLoadWasKilled_ThenStatusShowsItDeadAndRestartRecoversAndCompletesIt() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path console = tmp.resolve("load.log");
        Process load = CliFixture.start(console, List.of("xxgk.chunk-size=1", "xxgk.test.slow-item-ms=2000"),
                fixture.runArgs());
        CliFixture.await(load, console, "Staged 1 files", 2, Duration.ofSeconds(90));
        Thread.sleep(500); // the chunks that logged have committed; the next ones are 1.5 s away
        load.destroyForcibly().waitFor();

        CliFixture.Result status = fixture.onWarehouse("status");
        CliFixture.Result restart = fixture.onWarehouse("restart", "--last-failed");

        assertThat(status.out()).containsPattern("\\n\\s+1  .*  -\\s+\\S+ s  DEAD ")
                .contains("marked STARTED, but no process is running it (killed or crashed)")
                .contains("-> resume it: xxgk restart 1 --warehouse " + fixture.warehouse);
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        // After a kill, H2 skips the id values it had cached: the restart's execution id is not necessarily 2.
        assertThat(restart.out()).contains("Execution 1 was still marked STARTED, but no process was running it")
                .containsPattern("Load sample: completed in .* \\(execution \\d+\\)");
        assertThat(fixture.onWarehouse("status").out()).containsPattern("\\n\\s+1  .*  FAILED ")
                .contains("recovered: its process ended without finishing it (killed or crashed)");
        assertSameAsUninterrupted(fixture);
    }

    private static void assertSameAsUninterrupted(CliFixture fixture) throws Exception {
        Map<String, String> outputs = fixture.outputDigests();
        Map<String, String> expected = clean.outputDigests();
        assertThat(outputs.keySet()).isEqualTo(expected.keySet());
        for (String file : outputs.keySet()) {
            if (!file.contains("reports")) {
                assertThat(outputs.get(file)).as(file + " is byte-identical").isEqualTo(expected.get(file));
            }
        }
        String reports = "SELECT * FROM reports ORDER BY source_file";
        assertThat(withoutRunColumns(fixture.h2(reports))).isEqualTo(withoutRunColumns(clean.h2(reports)));
        assertThat(fixture.h2("SELECT COUNT(*) AS n, COUNT(DISTINCT (report_id, category)) AS keys FROM facts"))
                .containsExactly(Map.of("n", 992L, "keys", 992L));
    }

    private static List<Map<String, String>> withoutRunColumns(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.entrySet().stream()
                .filter(e -> !RUN_COLUMNS.contains(e.getKey()) && !e.getKey().equals("changed_by")
                        && !e.getKey().equals("load_key"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))).toList();
    }
}

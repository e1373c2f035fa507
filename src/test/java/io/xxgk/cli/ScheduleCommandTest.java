package io.xxgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static io.xxgk.cli.CliFixture.xxgk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk schedule} with a cron firing every second and a load slowed down to last several seconds: firings
 * that come while the job's previous run is still going, here or in another scheduler process, are missed and
 * recorded, never overlapped; a signal stops the scheduler. Every scheduler is bounded by --max-firings.
 */
class ScheduleCommandTest {

    private static final String EVERY_SECOND = "schedule: \"* * * * * *\"";
    /** One file per chunk, 1.5 s per file: a load takes several seconds, so the next firings come during it. */
    private static final Map<String, String> SLOW = Map.of("xxgk.chunk-size", "1", "xxgk.test.slow-item-ms", "1500");

    @TempDir
    Path tmp;

    @Test
    void schedule_WhenFiringsComeWhileThePreviousRunIsStillRunning_ThenTheyAreMissedAndOneRunExecutes()
            throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path job = fixture.jobFile("nightly", EVERY_SECOND);

        CliFixture.Result scheduler = CliFixture.withProperties(SLOW,
                () -> xxgk("schedule", job.toString(), "--max-firings", "3"));

        assertThat(scheduler.exitCode()).as(scheduler.all()).isZero();
        assertThat(scheduler.out()).containsOnlyOnce("nightly: started")
                .contains("nightly: completed (execution 1): 5 loaded, 0 unchanged, 0 quarantined")
                .contains("no more firings; waiting for the run in progress to end")
                .endsWith("Scheduler stopped.\n");
        assertThat(count(scheduler.out(), "nightly: missed: previous run still running (started ")).isEqualTo(2);
        assertThat(events(fixture)).containsExactly("STARTED", "MISSED", "MISSED", "COMPLETED 1");
        assertThat(fixture.h2("SELECT status FROM BATCH_JOB_EXECUTION")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
        assertThat(fixture.onWarehouse("status").out()).contains("Scheduled firings (latest 4, oldest first)")
                .containsPattern("nightly\\s+MISSED\\s+previous run still running")
                .containsPattern("nightly\\s+COMPLETED\\s+1  5 loaded");
    }

    @Test
    void schedule_WhenAnotherSchedulerProcessIsLoadingTheWarehouse_ThenThisOnesFiringsAreMissed() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path job = fixture.jobFile("nightly", EVERY_SECOND);
        Path console = tmp.resolve("other-scheduler.log");
        Process other = CliFixture.start(console, SLOW.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList(), "schedule", job.toString(), "--max-firings", "1");
        CliFixture.await(other, console, "nightly: started", 1, Duration.ofSeconds(60));

        CliFixture.Result scheduler = xxgk("schedule", job.toString(), "--max-firings", "2");

        assertThat(scheduler.exitCode()).as(scheduler.all()).isZero();
        assertThat(count(scheduler.out(), "nightly: missed: the warehouse is busy: another load holds its run.lock "
                + "(pid " + other.pid() + " since ")).isEqualTo(2);
        assertThat(scheduler.out()).doesNotContain("nightly: started");
        assertThat(other.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).as(CliFixture.read(console)).isZero();
        assertThat(CliFixture.read(console)).contains("nightly: completed (execution 1): 5 loaded");
        assertThat(events(fixture)).containsExactly("STARTED", "MISSED", "MISSED", "COMPLETED 1");
        assertThat(fixture.h2("SELECT status FROM BATCH_JOB_EXECUTION")).extracting(r -> r.get("status"))
                .containsExactly("COMPLETED");
    }

    @Test
    void schedule_WhenSignalledWhileWaiting_ThenStopsCleanly() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path job = fixture.jobFile("yearly", "schedule: \"0 0 0 1 1 *\"");
        Path console = tmp.resolve("scheduler.log");
        Process scheduler = CliFixture.start(console, List.of(), "schedule", job.toString());
        CliFixture.await(scheduler, console, "yearly: next run at ", 1, Duration.ofSeconds(60));

        scheduler.destroy(); // SIGTERM

        assertThat(scheduler.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(CliFixture.read(console)).contains("Stopping the scheduler (signal): no more firings.")
                .contains("Scheduler stopped.");
        assertThat(fixture.warehouse.resolve("logs/schedule-events.tsv")).doesNotExist();
    }

    @Test
    void schedule_WhenTheJobHasNoSchedule_ThenUsageError() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path job = fixture.jobFile("manual");

        CliFixture.Result scheduler = xxgk("schedule", job.toString());

        assertThat(scheduler.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(scheduler.err()).contains("manual.yml has no schedule");
    }

    /** The outcomes recorded in the warehouse's schedule-events.tsv, with the execution when there is one. */
    private static List<String> events(CliFixture fixture) throws Exception {
        return Files.readAllLines(fixture.warehouse.resolve("logs/schedule-events.tsv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.split("\t", -1))
                .map(f -> (f[2] + " " + f[3]).strip()).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

package io.xxgk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.xxgk.cli.CliFixture.xxgk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code xxgk status} and {@code xxgk abandon} as an operator uses them the morning after: what ran, what failed,
 * where and why, and giving a failed load up.
 */
class StatusCommandTest {

    @TempDir
    static Path loadedDir;

    static CliFixture loaded;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadTheSeeds() throws Exception {
        loaded = CliFixture.withSeeds(loadedDir);
        assertThat(loaded.run().exitCode()).isZero();
    }

    @Test
    void status_AfterASuccessfulRun_ThenShowsItCompletedWithItsCounts() {
        CliFixture.Result status = loaded.onWarehouse("status");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Job sample (inbox " + loaded.inbox + ")")
                .containsPattern("\\n\\s+1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  \\d\\d:\\d\\d:\\d\\d\\s+\\S+ s"
                        + "  COMPLETED\\s+5\\s+0\\s+992\\n")
                .doesNotContain("->");
    }

    @Test
    void statusId_ThenShowsTheStepsWithTheirCounts() {
        CliFixture.Result status = loaded.onWarehouse("status", "1");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Execution 1 of job sample: COMPLETED")
                .contains("wrote       5 files loaded, 0 quarantined, 992 facts")
                .containsPattern("inbox\\.fingerprint\\s+[0-9a-f]{64}")
                .containsPattern("discover\\s+COMPLETED\\s+0\\s+0\\s+0\\s+1 ")
                .containsPattern("extract\\s+COMPLETED\\s+5\\s+5\\s+0 ")
                .containsPattern("extractPartition:partition-0\\s+COMPLETED\\s+3\\s+3\\s+0 ")
                .containsPattern("extractPartition:partition-1\\s+COMPLETED\\s+2\\s+2\\s+0 ")
                .containsPattern("publish\\s+COMPLETED\\s+5\\s+5\\s+0 ");
    }

    @Test
    void status_WhenTheIdOrTheWarehouseDoesNotExist_ThenSaysSoWithExitCode64() {
        CliFixture.Result unknownId = loaded.onWarehouse("status", "99");
        CliFixture.Result noWarehouse = xxgk("status", "--warehouse", tmp.resolve("nowhere").toString());

        assertThat(unknownId.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownId.err()).contains("no job execution 99");
        assertThat(noWarehouse.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noWarehouse.err()).contains("no warehouse at").contains("xxgk.mv.db");
        assertThat(tmp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void statusAndAbandon_WhenPublishingFailed_ThenShowTheStepAndTheErrorAndTheLoadCanBeGivenUp() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        // A file where the csv/ directory must go: publishing cannot write there, as on a read-only mount.
        Files.createDirectories(fixture.warehouse);
        Files.writeString(fixture.warehouse.resolve("csv"), "in the way");

        CliFixture.Result run = fixture.run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        CliFixture.Result status = fixture.onWarehouse("status");
        assertThat(status.out()).containsPattern("\\n\\s+1  .*  FAILED\\s+5\\s+0\\s+992\\n")
                .contains("failed in step publish: FileSystemException: " + fixture.warehouse.resolve("csv/facts")
                        + ": Not a directory")
                .contains("-> resume it: xxgk restart 1 --warehouse " + fixture.warehouse);
        CliFixture.Result steps = fixture.onWarehouse("status", "1");
        assertThat(steps.out()).contains("Execution 1 of job sample: FAILED")
                .containsPattern("resolveDuplicates\\s+COMPLETED")
                .containsPattern("publish\\s+FAILED\\s+1\\s+0\\s+0\\s+0 .*\\n\\s+FileSystemException: .*Not a directory\\n");

        CliFixture.Result abandon = fixture.onWarehouse("abandon", "1");
        CliFixture.Result restart = fixture.onWarehouse("restart", "1");

        assertThat(abandon.exitCode()).as(abandon.all()).isZero();
        assertThat(abandon.out()).contains("Execution 1 abandoned (it was FAILED)");
        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.err()).contains("execution 1 was abandoned, which is final");
        assertThat(fixture.onWarehouse("status").out()).containsPattern("\\n\\s+1  .*  ABANDONED ")
                .contains("abandoned; it had failed in step publish: FileSystemException")
                .doesNotContain("->");
    }
}

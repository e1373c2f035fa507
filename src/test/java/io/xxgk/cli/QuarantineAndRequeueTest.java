package io.xxgk.cli;

import io.xxgk.batch.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that were not loaded, and getting them loaded: a bad file replaced in the inbox is read again by the
 * next run by itself; a file quarantined for a reason outside it (a loader bug since fixed) needs {@code requeue},
 * because otherwise the next run of the unchanged inbox is "nothing new".
 */
class QuarantineAndRequeueTest {

    @TempDir
    Path tmp;

    @Test
    void quarantine_WhenAnEmptyFileIsReplacedByAGoodReport_ThenTheNextRunLoadsIt() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        Path empty = Files.write(fixture.inbox.resolve("empty.txt"), new byte[0]);
        assertThat(fixture.run().exitCode()).isEqualTo(ExitCodes.QUARANTINED);

        CliFixture.Result listed = fixture.onWarehouse("quarantine");

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("1 file not loaded (quarantined)")
                .contains("\n  empty.txt\n    reason   EMPTY: the file is empty (0 bytes)\n")
                .contains("    file     " + empty + ", 0 bytes\n")
                .containsPattern("    when     \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(execution 1\\)\\n");

        Files.writeString(empty, Files.readString(CliFixture.SEEDS.resolve("003_ae5e98d31dd755d7.txt"),
                StandardCharsets.UTF_8).replace("2023", "2024"));
        CliFixture.Result rerun = fixture.run();

        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(rerun.out()).contains("6 seen: 1 loaded, 5 skipped as unchanged, 0 quarantined");
        assertThat(fixture.onWarehouse("quarantine").out()).contains("No quarantined files");
    }

    @Test
    void requeue_WhenAFileWasQuarantinedByABugSinceFixed_ThenTheNextRunReadsItAgain() throws Exception {
        CliFixture fixture = CliFixture.withSeeds(tmp);
        RunSummary withBug = TestLoads.run(fixture, TestLoads.ChecksFailingOn江源区.class);
        assertThat(withBug.files().quarantinedCount()).isEqualTo(1);
        String file = "002_1cb59e66f00bcffe.txt";
        assertThat(fixture.onWarehouse("quarantine").out()).contains("\n  " + file + "\n")
                .contains("reason   UNEXPECTED_ERROR: the loader failed on this file (IllegalStateException: bug "
                        + "in a rule)");

        CliFixture.Result fixedButUnchanged = fixture.run();
        CliFixture.Result unknown = fixture.onWarehouse("requeue", "001_5bf9956e543a31f7.txt");
        CliFixture.Result requeue = fixture.onWarehouse("requeue", fixture.inbox.resolve(file).toString());

        assertThat(fixedButUnchanged.out()).contains("nothing new");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("not quarantined in this warehouse: 001_5bf9956e543a31f7.txt");
        assertThat(requeue.exitCode()).as(requeue.all()).isZero();
        assertThat(requeue.out()).contains("Requeued 1 file: " + file);
        assertThat(fixture.onWarehouse("quarantine").out()).contains("requeued: the next run reads it again");

        CliFixture.Result afterRequeue = fixture.run();
        CliFixture.Result again = fixture.run();

        assertThat(afterRequeue.exitCode()).as(afterRequeue.all()).isZero();
        assertThat(afterRequeue.out()).contains("5 seen: 1 loaded, 4 skipped as unchanged, 0 quarantined");
        assertThat(fixture.onWarehouse("quarantine").out()).contains("No quarantined files");
        assertThat(again.out()).contains("nothing new");
        assertThat(fixture.h2("SELECT status FROM reports WHERE source_file = ?", file))
                .extracting(r -> r.get("status")).containsExactly("LOADED");
    }
}

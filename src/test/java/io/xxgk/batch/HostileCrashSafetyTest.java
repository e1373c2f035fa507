package io.xxgk.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed in the middle of a load over the hostile inbox loses no file: the load never moves, renames,
 * rewrites or deletes an input (quarantined files included; there is no quarantine folder to move them to), so
 * the inbox is the same, byte for byte, after the kill and after the run that resumes, which accounts for every file.
 */
class HostileCrashSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void run_WhenTheJvmIsKilledMidRun_ThenEveryInputIsIntactAndTheResumedRunAccountsForAll() throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Path outside = tmp.resolve("outside");
        HostileCorpus corpus = HostileCorpus.writeInto(fixture.inbox, outside);
        Map<String, String> inbox = InboxListing.of(fixture.inbox);
        Map<String, String> outsideFiles = InboxListing.of(outside);
        Path job = Files.writeString(tmp.resolve("hostile.yml"), "name: hostile\ninbox: " + fixture.inbox
                + "\nwarehouse: " + fixture.warehouse + "\nmax-file-size: " + HostileCorpus.MAX_FILE_SIZE + "\n");

        // One file per chunk, 300 ms per file: the kill lands while both partitions are extracting.
        SeparateLoad load = SeparateLoad.start(tmp.resolve("killed.log"),
                List.of("-Dxxgk.chunk-size=1", "-Dxxgk.test.slow-item-ms=300"), "run", job.toString());
        load.awaitConsole("Staged 1 files", 4);
        load.kill();

        assertThat(InboxListing.of(fixture.inbox)).isEqualTo(inbox);
        assertThat(InboxListing.of(outside)).isEqualTo(outsideFiles);
        assertThat(fixture.h2("SELECT status FROM BATCH_JOB_EXECUTION")).containsExactly(Map.of("status", "STARTED"));
        long stagedBeforeKill = (Long) fixture.h2("SELECT COUNT(*) AS n FROM reports").get(0).get("n");
        // "Staged" is logged before the chunk commits: at least one committed, and the kill was before the end.
        assertThat(stagedBeforeKill).isBetween(1L, (long) corpus.expected.size() - 1);

        LoadFixture.Run resumed = fixture.command("run", job.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(1);
        assertThat(resumed.out()).contains(corpus.expected.size() + " seen: 24 loaded (2 duplicate, not published), "
                + "0 skipped as unchanged, 15 quarantined");
        Map<String, String> statuses = fixture.h2("SELECT source_file, status FROM reports").stream()
                .collect(Collectors.toMap(r -> (String) r.get("source_file"), r -> (String) r.get("status")));
        assertThat(statuses).hasSize(corpus.expected.size());
        corpus.expected.forEach(e -> assertThat(statuses.get(e.sourceFile())).as(e.sourceFile()).isIn(e.statuses()));
        assertThat(InboxListing.of(fixture.inbox)).isEqualTo(inbox);
        assertThat(InboxListing.of(outside)).isEqualTo(outsideFiles);
    }
}

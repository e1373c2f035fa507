package io.xxgk.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse inside the inbox would have the load read its own database, logs and outputs as reports at every
 * run. The command refuses it as a usage error before it opens (and so creates) anything there.
 */
class HostileWarehouseInsideInboxTest {

    @TempDir
    Path tmp;

    @Test
    void run_WhenTheWarehouseIsInsideTheInbox_ThenUsageErrorAndNothingIsCreatedInTheInbox() throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Map<String, String> before = InboxListing.of(fixture.inbox);

        LoadFixture.Run run = fixture.command("run", LoadFixture.SAMPLE_JOB.toString(), "--inbox",
                fixture.inbox.toString(), "--warehouse", fixture.inbox.resolve("warehouse").toString());

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("is inside the inbox").contains("choose a warehouse directory outside");
        assertThat(InboxListing.of(fixture.inbox)).isEqualTo(before);
    }
}

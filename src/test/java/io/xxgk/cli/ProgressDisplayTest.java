package io.xxgk.cli;

import io.xxgk.batch.LoadProgress.Phase;
import io.xxgk.batch.LoadProgress.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line a person sees while a load runs: files done of total, rate and time left. */
class ProgressDisplayTest {

    @Test
    void line_WhenExtracting_ThenShowsFilesDoneRateAndTimeLeft() {
        Snapshot s = new Snapshot(Phase.EXTRACTING, 1000, 250, 0, 3, 49_500, Duration.ofSeconds(50));

        assertThat(ProgressDisplay.line(s))
                .isEqualTo("extracting 250/1000 files (25%), 3 quarantined, 5.0 files/s, about 2m30s left");
    }

    @Test
    void line_WhenAResumedLoadHasDoneNothingYet_ThenTheRateCountsOnlyThisAttempt() {
        Snapshot resumed = new Snapshot(Phase.EXTRACTING, 100, 40, 40, 0, 0, Duration.ofSeconds(3));
        Snapshot later = new Snapshot(Phase.EXTRACTING, 100, 70, 40, 0, 0, Duration.ofSeconds(10));

        assertThat(ProgressDisplay.line(resumed))
                .isEqualTo("extracting 40/100 files (40%), 0 quarantined, 0.0 files/s, estimating time left");
        assertThat(ProgressDisplay.line(later))
                .isEqualTo("extracting 70/100 files (70%), 0 quarantined, 3.0 files/s, about 10 s left");
    }

    @Test
    void line_BeforeAndAfterExtraction_ThenSaysWhatTheLoadIsDoing() {
        assertThat(ProgressDisplay.line(new Snapshot(Phase.DISCOVERING, 0, 0, 0, 0, 0, Duration.ZERO)))
                .isEqualTo("listing and hashing the inbox…");
        assertThat(ProgressDisplay.line(new Snapshot(Phase.PUBLISHING, 5, 5, 0, 0, 992, Duration.ofSeconds(2))))
                .isEqualTo("extracted 5/5 files; publishing CSV and Parquet…");
        assertThat(ProgressDisplay.line(new Snapshot(Phase.PUBLISHING, 0, 0, 0, 0, 0, Duration.ZERO)))
                .as("a resumed load that starts at publishing").isEqualTo("publishing CSV and Parquet…");
    }

    @Test
    void human_WritesDurationsAsPeopleReadThem() {
        assertThat(ProgressDisplay.human(Duration.ofSeconds(9))).isEqualTo("9 s");
        assertThat(ProgressDisplay.human(Duration.ofSeconds(75))).isEqualTo("1m15s");
        assertThat(ProgressDisplay.human(Duration.ofMinutes(135))).isEqualTo("2h15m");
    }
}

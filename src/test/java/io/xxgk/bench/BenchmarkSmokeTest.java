package io.xxgk.bench;

import io.xxgk.cli.XxgkCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny run of the benchmark (20 reports): the figures are not checked, the shape of the output and the seam are. */
class BenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void benchRunsTheRealLoadJobAndEndsWithTheAccuracyAndLoadOverFloorLines() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new XxgkCommand()).setOut(new PrintWriter(out))
                .execute("bench", "--reports", "20", "--threads", "2", "--work", work.toString(), "--warm-up", "0",
                        "--min-measure", "0");

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 2]).matches("accuracy: (\\d+)/\\1 cells");
        assertThat(lines[lines.length - 1]).matches("load/floor: \\d+\\.\\d\\d");
        assertThat(out.toString()).doesNotContain("load job not wired").contains(
                "load total (spring-batch load job)", "load: extract + checks + H2 staging", "load: publish (csv + parquet)",
                "extract only, 1 thread(s)",
                "extract only, 2 thread(s)", "floor: csv", "floor: parquet", "floor: h2", "reports per CPU-second");
        // each writer of the load has its own line, from the job repository
        assertThat(out.toString()).contains("csv writer, on its own thread", "parquet writer, on its own thread");
        Matcher staging = Pattern.compile("writing to H2, 2 thread\\(s\\) summed +(\\d+\\.\\d+)")
                .matcher(out.toString());
        assertThat(staging.find()).isTrue();
        assertThat(Double.parseDouble(staging.group(1))).isPositive();
        // the machine's speed, probed before the floor and after the load on the same files
        Matcher speed = Pattern.compile("machine speed: ([\\d,]+) reports per CPU-second before the floor, "
                + "([\\d,]+) after the load \\([+-]\\d+%; extraction of 20 files on 1 thread").matcher(out.toString());
        assertThat(speed.find()).isTrue();
        assertThat(Integer.parseInt(speed.group(1).replace(",", ""))).isPositive();
        assertThat(Integer.parseInt(speed.group(2).replace(",", ""))).isPositive();
        assertThat(work.resolve("floor/facts.parquet")).isNotEmptyFile();
        assertThat(work.resolve("warehouse/parquet/reports/reports.parquet")).isNotEmptyFile();
    }

    @Test
    void aRegisteredLoadRunnerIsGivenTheInboxAndItsTotalIsComparedWithTheFloor() throws Exception {
        FakeLoad fake = new FakeLoad();
        StringWriter out = new StringWriter();

        Benchmark.Outcome outcome = new Benchmark(Optional.of(fake))
                .run(new BenchOptions(20, 2, 3, work, Duration.ZERO, Duration.ZERO), new PrintWriter(out));

        assertThat(fake.reportsSeen).isEqualTo(20);
        assertThat(fake.threads).isEqualTo(2);
        assertThat(outcome.loadMeasured()).isTrue();
        assertThat(outcome.loadOverFloor()).isGreaterThan(1.0); // 1000 s of fake load against a floor of seconds
        assertThat(out.toString()).contains("load: extract", "load total (fake load)")
                .doesNotContain("load job not wired")
                .endsWith(String.format("load/floor: %.2f%n", outcome.loadOverFloor()));
    }

    private static final class FakeLoad implements LoadRunner {
        long reportsSeen;
        int threads;

        @Override
        public String name() {
            return "fake load";
        }

        @Override
        public LoadTimings run(Path inbox, Path warehouse, int threads) throws Exception {
            try (Stream<Path> files = Files.list(inbox)) {
                reportsSeen = files.count();
            }
            this.threads = threads;
            return new LoadTimings(Map.of("extract", Duration.ofSeconds(400)), Duration.ofSeconds(1000), 4000);
        }
    }
}

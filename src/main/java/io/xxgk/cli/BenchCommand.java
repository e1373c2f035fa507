package io.xxgk.cli;

import io.xxgk.bench.BenchOptions;
import io.xxgk.bench.Benchmark;
import io.xxgk.bench.LoadRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code xxgk bench --reports N [--threads T] [--seed S] [--work DIR]}: figures beside a floor, same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a corpus, measure extraction, the load and the floor (the same facts written with "
                + "commons-csv, parquet-avro and H2, no parsing), and check extraction accuracy.",
                "The last two lines are 'accuracy: R/T cells' and 'load/floor: X.XX'. Exit 1 if accuracy is below 100%%."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--reports", required = true, description = "number of reports to generate and load")
    int reports;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads of the load. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--work", description = "working directory (emptied first, kept afterwards); default: a "
            + "temporary directory, deleted afterwards")
    Path work;

    @Option(names = "--warm-up", defaultValue = "6", description = "seconds of untimed extraction and of untimed "
            + "writing before each is measured (JIT warm-up). Default: ${DEFAULT-VALUE}")
    int warmUpSeconds;

    @Option(names = "--min-measure", defaultValue = "2", description = "each extraction measurement repeats passes "
            + "over the corpus until it has run this many seconds. Default: ${DEFAULT-VALUE}")
    int minMeasureSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reports < 1 || threads < 1 || warmUpSeconds < 0 || minMeasureSeconds < 0) {
            spec.commandLine().getErr().println("--reports and --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("xxgk-bench-") : work;
        try {
            Benchmark.Outcome outcome = new Benchmark(LoadRunner.installed())
                    .run(new BenchOptions(reports, threads, seed, dir, Duration.ofSeconds(warmUpSeconds),
                            Duration.ofSeconds(minMeasureSeconds)), spec.commandLine().getOut());
            return outcome.accuracy().perfect() ? ExitCodes.OK : ExitCodes.QUARANTINED;
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package io.xxgk.bench;

import io.xxgk.generate.AccuracyCheck;
import io.xxgk.generate.AccuracyResult;
import io.xxgk.generate.CorpusSummary;
import io.xxgk.generate.CorpusWriter;
import io.xxgk.generate.GroundTruthCsv;
import io.xxgk.generate.ReportGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6: generates a corpus, measures extraction alone (1 and 2 threads, and the requested
 * count), checks extraction accuracy against the ground truth, measures the floor (the same facts written with the
 * same libraries, no parsing) and the load, and ends with the two lines scripts track:
 * {@code accuracy: R/T cells} and {@code load/floor: X.XX}. Everything is measured in the same run.
 */
public final class Benchmark {

    /** What the run concluded: the accuracy and the ratio of the load (or its estimate) to the floor. */
    public record Outcome(AccuracyResult accuracy, double loadOverFloor, boolean loadMeasured) {
    }

    private final Optional<LoadRunner> loadRunner;

    public Benchmark(Optional<LoadRunner> loadRunner) {
        this.loadRunner = loadRunner;
    }

    public Outcome run(BenchOptions o, PrintWriter out) throws Exception {
        QuietLibraries.apply();
        Path corpus = o.work().resolve("corpus");
        FloorRun.delete(o.work());
        Files.createDirectories(o.work());
        out.printf("xxgk bench: %,d reports, seed %d, %d thread(s), work %s; Java %s, %d cores, max heap %,d MB, "
                        + "load average %.1f%n", o.reports(), o.seed(), o.threads(), o.work(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), HeapWatch.maxBytes() >> 20, loadAverage());
        BenchTable table = new BenchTable();

        HeapWatch.reset();
        CorpusSummary summary = new CorpusWriter(new ReportGenerator(o.seed())).write(corpus, o.reports());
        table.add("generate corpus (not part of the load)", summary.nanos(), summary.reports(), summary.cells(),
                summary.bytes(), HeapWatch.peakBytes());
        out.println(summary.line(corpus.toString()));
        out.flush();

        long t0 = System.nanoTime();
        List<Path> files = discover(corpus.resolve(GroundTruthCsv.REPORTS_DIR));
        long discoverNanos = System.nanoTime() - t0;
        table.add("discover (list the inbox)", discoverNanos, files.size(), 0, 0, 0);

        ExtractionThroughput.warmUp(files, o.warmUp().toNanos());
        ExtractionFigures mine = null;
        ExtractionFigures single = null;
        ExtractionFigures dual = null;
        for (int threads : new TreeSet<>(List.of(1, 2, o.threads()))) {
            ExtractionFigures f = ExtractionThroughput.measure(files, threads, o.minMeasured().toNanos());
            table.add("extract only, " + threads + " thread(s)", f.extractNanos(), f.reports(), f.facts(), f.bytes(),
                    f.peakHeapBytes());
            out.printf("extraction, %d thread(s): %,.0f reports/s, %,.0f reports per CPU-second, %,.0f facts/s, "
                            + "%.1f MB/s (%d pass(es) over the corpus, read %.2f s apart, %d refused)%n", threads,
                    f.reportsPerSecond(), f.reportsPerCpuSecond(), f.factsPerSecond(), f.megabytesPerSecond(),
                    f.passes(), f.readNanos() / 1e9, f.failures());
            out.flush();
            single = threads == 1 ? f : single;
            dual = threads == 2 ? f : dual;
            mine = threads == o.threads() ? f : mine;
        }
        table.add("read files (one pass)", mine.readNanos() / mine.passes(), files.size(), 0, mine.bytes() / mine.passes(), 0);

        HeapWatch.reset();
        long a0 = System.nanoTime();
        AccuracyResult accuracy = AccuracyCheck.run(corpus, o.threads());
        table.add("accuracy check (parse + compare)", System.nanoTime() - a0, accuracy.reports(), accuracy.total(), 0,
                HeapWatch.peakBytes());
        accuracy.failed().forEach(f -> out.println("  refused: " + f));
        accuracy.mismatches().forEach(m -> out.println("  mismatch: " + m));

        FloorRun.warmUp(corpus, o.work().resolve("floor-warm-up"), o.warmUp().toNanos());
        FloorFigures floor = FloorRun.run(corpus, o.work().resolve("floor"));
        for (Map.Entry<String, Long> sink : floor.sinkNanos().entrySet()) {
            table.add(String.format("floor: %s (%.1f MB written)", sink.getKey(), floor.bytes().get(sink.getKey()) / 1e6),
                    sink.getValue(), 0, floor.facts(), 0, 0);
        }
        table.add("floor total (csv + parquet + h2, one thread)", floor.totalNanos(), 0, floor.facts(), 0,
                floor.peakHeapBytes());

        double ratio;
        boolean measured = loadRunner.isPresent();
        String loadNote;
        if (measured) {
            LoadRunner runner = loadRunner.get();
            HeapWatch.reset();
            LoadTimings load = runner.run(corpus.resolve(GroundTruthCsv.REPORTS_DIR), o.work().resolve("warehouse"),
                    o.threads());
            for (Map.Entry<String, Duration> step : load.steps().entrySet()) {
                table.add("load: " + step.getKey(), step.getValue().toNanos(), 0, 0, 0, 0);
            }
            table.add("load total (" + runner.name() + ")", load.total().toNanos(), o.reports(), load.facts(),
                    summary.bytes(), HeapWatch.peakBytes());
            ratio = load.total().toNanos() / (double) floor.totalNanos();
            loadNote = "load: " + runner.name() + ", " + o.threads() + " thread(s)";
        } else {
            long onePass = (mine.readNanos() + mine.extractNanos()) / mine.passes();
            long estimate = discoverNanos + onePass + floor.totalNanos();
            table.add("load ESTIMATE (discover+read+extract+floor)", estimate, o.reports(), floor.facts(),
                    summary.bytes(), 0);
            ratio = estimate / (double) floor.totalNanos();
            loadNote = "load job not wired: no io.xxgk.bench.LoadRunner on the class path, so load/floor is an "
                    + "estimate = (discover + read + extraction with " + o.threads() + " thread(s) + the floor's own "
                    + "writes) / floor; it has no Spring Batch, no job repository, no findings and no partitioning";
        }

        out.println();
        table.print(out);
        out.println();
        out.printf("extraction per core: %,.0f reports per CPU-second on 1 thread (target >= 5,000)%n",
                single.reportsPerCpuSecond());
        out.printf("second thread: %.2fx reports/s from 1 to 2 threads (target >= 1.6x; %d cores here)%n",
                dual.reportsPerSecond() / single.reportsPerSecond(), Runtime.getRuntime().availableProcessors());
        out.printf("floor per core: %,.0f facts per CPU-second of writing (csv + parquet + h2, open/close left out)%n",
                floor.facts() / ExtractionFigures.seconds(floor.totalWriteCpuNanos()));
        out.printf("machine load average at the end: %.1f (figures in seconds are wall time on a shared machine; "
                + "compare ratios from one run)%n", loadAverage());
        out.println(loadNote);
        out.println(accuracy.line());
        out.printf("load/floor: %.2f%n", ratio);
        out.flush();
        return new Outcome(accuracy, ratio, measured);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<Path> discover(Path inbox) throws IOException {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}

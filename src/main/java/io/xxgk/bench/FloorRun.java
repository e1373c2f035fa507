package io.xxgk.bench;

import io.xxgk.core.model.Fact;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the corpus's facts with the warehouse's three libraries and no parsing: commons-csv, parquet-avro and an
 * H2 batch insert, each timed on its own (open, every write, close). Facts come in chunks from the ground truth;
 * building them is not timed, so the figures are what the libraries cost.
 */
final class FloorRun {

    /** Reports per chunk: about 10,000 facts, one H2 batch. */
    private static final int CHUNK_REPORTS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FloorRun() {
    }

    /** The floor over the whole corpus. */
    static FloorFigures run(Path corpus, Path out) throws IOException {
        return run(corpus, out, Integer.MAX_VALUE);
    }

    /**
     * Writes the facts of the first reports over and over for {@code nanos} (none for 0), untimed, deleting
     * the output each time: the measured run then starts with compiled code and loaded classes, as the extraction
     * passes do after their warm-up.
     */
    static void warmUp(Path corpus, Path scratch, long nanos) throws IOException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            run(corpus, scratch, 10 * CHUNK_REPORTS);
            delete(scratch);
        }
    }

    private static FloorFigures run(Path corpus, Path out, int maxReports) throws IOException {
        Files.createDirectories(out);
        HeapWatch.reset();
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> cpuNanos = new LinkedHashMap<>();
        long facts = 0;
        long t0 = System.nanoTime();
        try (FactSink csv = new CsvFactSink(out.resolve("facts.csv"))) {
            nanos.put("csv", System.nanoTime() - t0);
            try (FactSink parquet = timed(nanos, "parquet", () -> new ParquetFactSink(out.resolve("facts.parquet")));
                 FactSink h2 = timed(nanos, "h2", () -> new H2FactSink(out.resolve("floor")));
                 FactSource source = new FactSource(corpus)) {
                int reports = 0;
                for (List<Fact> chunk = source.next(CHUNK_REPORTS); !chunk.isEmpty() && reports < maxReports;
                     chunk = source.next(CHUNK_REPORTS)) {
                    reports += CHUNK_REPORTS;
                    facts += chunk.size();
                    for (FactSink sink : List.of(csv, parquet, h2)) {
                        long start = System.nanoTime();
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        sink.write(chunk);
                        nanos.merge(sink.name(), System.nanoTime() - start, Long::sum);
                        cpuNanos.merge(sink.name(), THREADS.getCurrentThreadCpuTime() - cpu, Long::sum);
                    }
                }
                closeTimed(nanos, parquet);
                closeTimed(nanos, h2);
            }
            closeTimed(nanos, csv);
        }
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("csv", Files.size(out.resolve("facts.csv")));
        bytes.put("parquet", Files.size(out.resolve("facts.parquet")));
        bytes.put("h2", Files.size(out.resolve("floor.mv.db")));
        return new FloorFigures(facts, nanos, cpuNanos, bytes, HeapWatch.peakBytes());
    }

    private interface Opener {
        FactSink open() throws IOException;
    }

    private static FactSink timed(Map<String, Long> nanos, String name, Opener opener) throws IOException {
        long start = System.nanoTime();
        FactSink sink = opener.open();
        nanos.merge(name, System.nanoTime() - start, Long::sum);
        return sink;
    }

    /** Closes a sink inside its timing (Parquet writes its last row group and footer there); closing twice is harmless. */
    private static void closeTimed(Map<String, Long> nanos, FactSink sink) throws IOException {
        long start = System.nanoTime();
        sink.close();
        nanos.merge(sink.name(), System.nanoTime() - start, Long::sum);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}

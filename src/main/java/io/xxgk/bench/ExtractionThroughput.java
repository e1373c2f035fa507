package io.xxgk.bench;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractionFailure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extraction alone: the corpus is read in batches (timed apart), then each batch is parsed by {@code threads}
 * workers taking files from a shared counter. Only {@link ReportParser#parse} runs in the timed part; its output is
 * counted and dropped. Batches bound the memory at any corpus size; a small corpus is passed over several times so
 * that every figure rests on a couple of seconds of work.
 */
final class ExtractionThroughput {

    private static final int BATCH = 2_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionThroughput() {
    }

    /** Parses the first files over and over for {@code nanos} (none for 0), untimed, so C2 has compiled the code. */
    static void warmUp(List<Path> files, long nanos) throws IOException {
        List<byte[]> batch = read(files.subList(0, Math.min(files.size(), BATCH)));
        ReportParser parser = new ReportParser();
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            for (byte[] b : batch) {
                try {
                    parser.parse(b, "warm-up.txt");
                } catch (ExtractionFailure e) {
                    // counted in the measured passes
                }
            }
        }
    }

    /** Extraction with {@code threads} workers, whole passes over the corpus until at least {@code minNanos}. */
    static ExtractionFigures measure(List<Path> files, int threads, long minNanos) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        HeapWatch.reset();
        long readNanos = 0;
        long extractNanos = 0;
        long[] totals = new long[4]; // facts, bytes, cpu nanos, failures
        int passes = 0;
        try {
            do {
                passes++;
                for (int from = 0; from < files.size(); from += BATCH) {
                    long t0 = System.nanoTime();
                    List<byte[]> batch = read(files.subList(from, Math.min(files.size(), from + BATCH)));
                    long t1 = System.nanoTime();
                    AtomicInteger next = new AtomicInteger();
                    List<Future<long[]>> workers = new ArrayList<>(threads);
                    for (int t = 0; t < threads; t++) {
                        workers.add(pool.submit(() -> extract(batch, next)));
                    }
                    for (Future<long[]> w : workers) {
                        long[] r = w.get();
                        for (int i = 0; i < totals.length; i++) {
                            totals[i] += r[i];
                        }
                    }
                    readNanos += t1 - t0;
                    extractNanos += System.nanoTime() - t1;
                }
            } while (extractNanos < minNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("extraction worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new ExtractionFigures(threads, passes, files.size() * passes, totals[0], totals[1], readNanos,
                extractNanos, totals[2], (int) totals[3], HeapWatch.peakBytes());
    }

    /** One worker: parses files until the batch is done; returns facts, bytes, its CPU time and failures. */
    private static long[] extract(List<byte[]> batch, AtomicInteger next) {
        ReportParser parser = new ReportParser();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long facts = 0;
        long bytes = 0;
        long failures = 0;
        for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
            byte[] b = batch.get(i);
            bytes += b.length;
            try {
                facts += parser.parse(b, "report.txt").report().cells().size();
            } catch (ExtractionFailure e) {
                failures++;
            }
        }
        return new long[] {facts, bytes, THREADS.getCurrentThreadCpuTime() - cpu0, failures};
    }

    private static List<byte[]> read(List<Path> files) throws IOException {
        List<byte[]> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(Files.readAllBytes(f));
        }
        return out;
    }
}

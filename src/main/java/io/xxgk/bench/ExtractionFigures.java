package io.xxgk.bench;

/**
 * Extraction alone over a corpus, files already in memory: no output, no framework.
 *
 * @param readNanos    time to read the files' bytes (not part of extraction; the load pays it too)
 * @param extractNanos wall time of extraction with {@code threads} workers
 * @param cpuNanos     CPU time the workers spent extracting; reports per CPU-second is the per-core rate,
 *                     unaffected by other processes on a shared machine
 * @param passes       passes over the corpus (a small corpus is extracted several times); reports counts them all
 * @param failures     reports the extractor refused (over all passes)
 */
record ExtractionFigures(int threads, int passes, int reports, long facts, long bytes, long readNanos, long extractNanos,
                         long cpuNanos, int failures, long peakHeapBytes) {

    double reportsPerSecond() {
        return reports / seconds(extractNanos);
    }

    double reportsPerCpuSecond() {
        return reports / seconds(cpuNanos);
    }

    double factsPerSecond() {
        return facts / seconds(extractNanos);
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds(extractNanos);
    }

    static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}

package io.xxgk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The floor: the time each library took to write the corpus's facts, with no parsing (open, writes and close).
 *
 * @param sinkNanos time per sink, in the order they ran (csv, parquet, h2)
 * @param bytes     size of each sink's output on disk
 */
record FloorFigures(long facts, Map<String, Long> sinkNanos, Map<String, Long> bytes, long peakHeapBytes) {

    FloorFigures {
        sinkNanos = new LinkedHashMap<>(sinkNanos);
        bytes = new LinkedHashMap<>(bytes);
    }

    /** The floor time: the three sinks one after another on one thread. */
    long totalNanos() {
        return sinkNanos.values().stream().mapToLong(Long::longValue).sum();
    }
}

package io.xxgk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The floor: the time each library took to write the corpus's facts, with no parsing (open, writes and close).
 *
 * @param sinkNanos time per sink, in the order they ran (csv, parquet, h2)
 * @param writeCpuNanos CPU time of the writing thread inside each sink's writes (opening and closing left out):
 *                      what the library costs on a core, whatever else the machine is doing
 * @param bytes     size of each sink's output on disk
 */
record FloorFigures(long facts, Map<String, Long> sinkNanos, Map<String, Long> writeCpuNanos, Map<String, Long> bytes,
                    long peakHeapBytes) {

    FloorFigures {
        sinkNanos = new LinkedHashMap<>(sinkNanos);
        writeCpuNanos = new LinkedHashMap<>(writeCpuNanos);
        bytes = new LinkedHashMap<>(bytes);
    }

    /** The floor time: the three sinks one after another on one thread. */
    long totalNanos() {
        return sinkNanos.values().stream().mapToLong(Long::longValue).sum();
    }

    long totalWriteCpuNanos() {
        return writeCpuNanos.values().stream().mapToLong(Long::longValue).sum();
    }
}

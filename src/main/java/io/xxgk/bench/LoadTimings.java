package io.xxgk.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link LoadRunner} measured: the wall time of each step in order (discover, extract, csv, parquet, h2, …),
 * the whole run, and how many fact rows it wrote.
 */
public record LoadTimings(Map<String, Duration> steps, Duration total, long facts) {

    public LoadTimings {
        steps = new LinkedHashMap<>(steps);
    }
}

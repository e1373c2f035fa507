package io.xxgk.bench;

import java.nio.file.Path;

import java.time.Duration;

/**
 * @param work        where the corpus and the floor's outputs go ({@code work/corpus}, {@code work/floor},
 *                    {@code work/warehouse}); emptied first
 * @param warmUp      untimed work before extraction and before the floor, so both are measured on compiled code
 * @param minMeasured each extraction configuration repeats passes over the corpus until it has run this long
 */
public record BenchOptions(int reports, int threads, long seed, Path work, Duration warmUp, Duration minMeasured) {

    public static final Duration DEFAULT_WARM_UP = Duration.ofSeconds(6);
    public static final Duration DEFAULT_MIN_MEASURED = Duration.ofSeconds(2);

    public BenchOptions {
        if (reports < 1 || threads < 1) {
            throw new IllegalArgumentException("--reports and --threads must be at least 1");
        }
    }

    public BenchOptions(int reports, int threads, long seed, Path work) {
        this(reports, threads, seed, work, DEFAULT_WARM_UP, DEFAULT_MIN_MEASURED);
    }
}

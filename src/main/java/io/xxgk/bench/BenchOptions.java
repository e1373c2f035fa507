package io.xxgk.bench;

import java.nio.file.Path;

/**
 * @param work where the corpus and the floor's outputs go ({@code work/corpus}, {@code work/floor},
 *             {@code work/warehouse}); emptied first
 */
public record BenchOptions(int reports, int threads, long seed, Path work) {

    public BenchOptions {
        if (reports < 1 || threads < 1) {
            throw new IllegalArgumentException("--reports and --threads must be at least 1");
        }
    }
}

package io.xxgk.bench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The seam for the end-to-end load: the benchmark hands it the generated inbox and an empty warehouse directory and
 * times nothing itself; the runner returns the time of each of its steps. The Spring Batch load job plugs in here by
 * implementing this interface and listing the class in
 * {@code META-INF/services/io.xxgk.bench.LoadRunner}; until then the benchmark estimates the load (and says so).
 */
public interface LoadRunner {

    /** A short name for the output, e.g. {@code spring-batch load job}. */
    String name();

    /**
     * Loads every report of {@code inbox} into {@code warehouse} (CSV, Parquet, H2 as the output contract says) with
     * {@code threads} worker threads, and returns when the warehouse is complete.
     */
    LoadTimings run(Path inbox, Path warehouse, int threads) throws Exception;

    /** The load runner on the class path, if the load job has registered one. */
    static Optional<LoadRunner> installed() {
        return ServiceLoader.load(LoadRunner.class).findFirst();
    }
}

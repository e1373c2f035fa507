package io.xxgk.bench;

import io.xxgk.core.model.Fact;

import java.io.IOException;
import java.util.List;

/** One library writing fact rows, as the load job's writers will: opened once, fed in chunks, closed. */
interface FactSink extends AutoCloseable {

    /** {@code csv}, {@code parquet}, {@code h2}. */
    String name();

    void write(List<Fact> facts) throws IOException;

    @Override
    void close() throws IOException;
}

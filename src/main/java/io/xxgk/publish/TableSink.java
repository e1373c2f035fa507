package io.xxgk.publish;

import java.io.IOException;

/**
 * One output file being written under a temporary name in its final directory. {@link #publish()} completes it
 * and renames it into place atomically, so readers see the old file or the new one, never a half-written one;
 * {@link #close()} without publish discards the temporary file.
 */
public interface TableSink extends AutoCloseable {

    /** One row, values in the table's column order (null for an absent value). */
    void write(Object[] row) throws IOException;

    void publish() throws IOException;

    @Override
    void close() throws IOException;
}

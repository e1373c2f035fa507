package io.xxgk.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Writes to a sink on a thread of its own. Publishing a table reads its rows from H2 and encodes them as CSV and
 * as Parquet; done one after the other on one thread, that leaves the second core idle for the longest step after
 * extraction. With each format's sink in the background, reading and both encodings run at once.
 *
 * <p>Rows go over in batches through a bounded queue: at most {@value #QUEUED_BATCHES} batches of
 * {@value #BATCH_ROWS} rows wait per sink, so a slow sink slows the reader down instead of piling rows up in the
 * heap. The sink sees the rows in the order they were written, so its file is the same as when written inline.
 * {@link #publish()} returns once the file is renamed into place, and rethrows the sink's failure; {@link #close()}
 * without publish stops the thread and discards the file.
 */
final class BackgroundSink implements TableSink {

    static final int BATCH_ROWS = 1024;
    static final int QUEUED_BATCHES = 8;

    /** End-of-rows markers, told apart by identity (two distinct objects: {@code List.of()} is one shared list). */
    private static final List<Object[]> PUBLISH = new ArrayList<>(0);
    private static final List<Object[]> DISCARD = new ArrayList<>(0);

    private final TableSink sink;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    /** Completes when the thread ends: normally after publishing or discarding, exceptionally when the sink failed. */
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Thread thread;
    private List<Object[]> batch = new ArrayList<>(BATCH_ROWS);
    /** Time the thread spent in the sink (writing, publishing), not waiting for rows; read after {@link #publish}. */
    private volatile long busyNanos;

    BackgroundSink(TableSink sink, String threadName) {
        this.sink = sink;
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(Object[] row) throws IOException {
        batch.add(row);
        if (batch.size() == BATCH_ROWS) {
            handOver(batch);
            batch = new ArrayList<>(BATCH_ROWS);
        }
    }

    @Override
    public void publish() throws IOException {
        if (!batch.isEmpty()) {
            handOver(batch);
            batch = new ArrayList<>(0);
        }
        handOver(PUBLISH);
        awaitThread();
    }

    /** Discards the file unless it was published; the thread has ended when this returns. */
    @Override
    public void close() throws IOException {
        try {
            if (!finished.isDone()) {
                queue.clear();
                queue.offer(DISCARD);
                awaitQuietly();
            }
        } finally {
            sink.close();
        }
    }

    private void drain() {
        try {
            for (List<Object[]> rows = queue.take(); rows != DISCARD; rows = queue.take()) {
                long start = System.nanoTime();
                if (rows == PUBLISH) {
                    sink.publish();
                    busyNanos += System.nanoTime() - start;
                    break;
                }
                for (Object[] row : rows) {
                    sink.write(row);
                }
                busyNanos += System.nanoTime() - start;
            }
            finished.complete(null);
        } catch (Throwable e) {
            finished.completeExceptionally(e);
        }
    }

    /** How long the sink worked on its thread: the time this format's writing took, without waiting for rows. */
    long busyNanos() {
        return busyNanos;
    }

    /** Queues rows for the thread; fails with the sink's own failure if the thread has stopped. */
    private void handOver(List<Object[]> rows) throws IOException {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                if (finished.isDone()) {
                    awaitThread();
                    throw new IllegalStateException("the writer of this file stopped before its last row");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing rows to the file writer");
        }
    }

    private void awaitThread() throws IOException {
        try {
            finished.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the file was written");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private void awaitQuietly() {
        try {
            finished.get(1, TimeUnit.MINUTES);
        } catch (Exception ignored) {
            // closing after a failure: the failure that matters is already on its way up
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}

package io.xxgk.publish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundSinkTest {

    /** Records what reaches it and on which thread; fails at a given row if asked to. */
    private static final class RecordingSink implements TableSink {
        final List<Object> rows = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        volatile boolean published;
        volatile boolean closed;
        private final int failAt;

        RecordingSink(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void write(Object[] row) throws IOException {
            if (rows.size() == failAt) {
                throw new IOException("disk full at row " + failAt);
            }
            rows.add(row[0]);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void publish() {
            published = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void everyRowReachesTheSinkInOrderOnItsOwnThreadAndIsPublished() throws IOException {
        RecordingSink target = new RecordingSink(-1);
        int rows = 5 * BackgroundSink.BATCH_ROWS + 17;
        try (BackgroundSink sink = new BackgroundSink(target, "publish-test")) {
            for (int i = 0; i < rows; i++) {
                sink.write(new Object[] {i});
            }
            sink.publish();
        }

        assertThat(target.rows).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(target.rows.get(i)).isEqualTo(i);
        }
        assertThat(target.threads).containsOnly("publish-test");
        assertThat(target.published).isTrue();
        assertThat(target.closed).isTrue();
    }

    @Test
    void theSinksFailureReachesTheWriterAndNothingIsPublished() {
        RecordingSink target = new RecordingSink(3 * BackgroundSink.BATCH_ROWS + 5);

        assertThatThrownBy(() -> {
            try (BackgroundSink sink = new BackgroundSink(target, "publish-test")) {
                for (int i = 0; i < 100 * BackgroundSink.BATCH_ROWS; i++) {
                    sink.write(new Object[] {i});
                }
                sink.publish();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full at row " + (3 * BackgroundSink.BATCH_ROWS + 5));

        assertThat(target.published).isFalse();
        assertThat(target.closed).isTrue();
    }

    @Test
    void closingWithoutPublishingDiscardsTheFile() throws IOException {
        RecordingSink target = new RecordingSink(-1);
        try (BackgroundSink sink = new BackgroundSink(target, "publish-test")) {
            for (int i = 0; i < 2 * BackgroundSink.BATCH_ROWS; i++) {
                sink.write(new Object[] {i});
            }
        }

        assertThat(target.published).isFalse();
        assertThat(target.closed).isTrue();
    }
}

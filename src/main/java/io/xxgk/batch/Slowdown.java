package io.xxgk.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Test support: decorators that pause before each extracted file ({@code xxgk.test.slow-item-ms}) or each published
 * target ({@code xxgk.test.slow-publish-ms}), so a test can kill the process at a known point of the run. Both are
 * 0, and not in the chain, unless set.
 */
final class Slowdown {

    private Slowdown() {
    }

    static <I, O> ItemProcessor<I, O> items(ItemProcessor<I, O> processor, long millis) {
        return millis <= 0 ? processor : item -> {
            pause(millis);
            return processor.process(item);
        };
    }

    static <T> ItemWriter<T> writes(ItemWriter<T> writer, long millis) {
        return millis <= 0 ? writer : (Chunk<? extends T> chunk) -> {
            pause(millis);
            writer.write(chunk);
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

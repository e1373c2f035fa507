package io.xxgk.batch;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the load running in this context is, for a progress display: the files this load extracts, how many are
 * done (by an earlier, interrupted attempt of the same load too), the rate of this attempt and what remains.
 * Written by the extraction listeners from the partition threads, read by the display's thread: every field is
 * atomic or volatile and a {@link Snapshot} is taken without locking (its fields may be a few files apart).
 */
public final class LoadProgress {

    public enum Phase {
        /** Listing and hashing the inbox. */
        DISCOVERING,
        /** Reading the files into the warehouse. */
        EXTRACTING,
        /** Resolving duplicates and publishing CSV and Parquet. */
        PUBLISHING
    }

    /**
     * @param total      files this load extracts (unchanged files not counted)
     * @param done       of those, staged (loaded or quarantined), earlier attempts included
     * @param doneBefore of {@code done}, staged by an earlier attempt of this load (a resumed load)
     * @param elapsed    time since this attempt started extracting
     */
    public record Snapshot(Phase phase, int total, int done, int doneBefore, int quarantined, long facts,
                           Duration elapsed) {

        /** Files per second in this attempt; 0 until one file is done. */
        public double rate() {
            double seconds = elapsed.toMillis() / 1000.0;
            return seconds <= 0 ? 0 : (done - doneBefore) / seconds;
        }

        /** Time left at the current rate; empty until the rate is known. */
        public Optional<Duration> eta() {
            double rate = rate();
            return rate <= 0 ? Optional.empty()
                    : Optional.of(Duration.ofMillis((long) (Math.max(0, total - done) / rate * 1000)));
        }
    }

    private volatile Phase phase = Phase.DISCOVERING;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger doneBefore = new AtomicInteger();
    private final AtomicInteger quarantined = new AtomicInteger();
    private final AtomicLong facts = new AtomicLong();
    private volatile long extractingSince;

    void extractionStarts(int files, int alreadyDone) {
        total.set(files);
        done.set(alreadyDone);
        doneBefore.set(alreadyDone);
        quarantined.set(0);
        facts.set(0);
        extractingSince = System.nanoTime();
        phase = Phase.EXTRACTING;
    }

    void staged(int files, int quarantinedFiles, long factRows) {
        done.addAndGet(files);
        quarantined.addAndGet(quarantinedFiles);
        facts.addAndGet(factRows);
    }

    /** Extraction is over (also when a resumed load starts after it: its extract step completed before). */
    void extractionEnded() {
        phase = Phase.PUBLISHING;
    }

    public Snapshot snapshot() {
        Phase now = phase;
        Duration elapsed = now == Phase.DISCOVERING ? Duration.ZERO
                : Duration.ofNanos(System.nanoTime() - extractingSince);
        return new Snapshot(now, total.get(), done.get(), doneBefore.get(), quarantined.get(), facts.get(), elapsed);
    }
}

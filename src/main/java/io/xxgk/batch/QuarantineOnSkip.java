package io.xxgk.batch;

import io.xxgk.discovery.ManifestEntry;
import io.xxgk.warehouse.ReportLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Accounts for a file whose processing threw (see {@link ReportSkipPolicy}): it is staged as QUARANTINED, in the
 * chunk's transaction, so the file is never silently lost from the run and the stack trace goes to the log for
 * the developers.
 */
final class QuarantineOnSkip implements SkipListener<ManifestEntry, ReportLoad> {

    static final String UNEXPECTED_ERROR = "UNEXPECTED_ERROR";

    private static final Logger log = LoggerFactory.getLogger(QuarantineOnSkip.class);

    private final ItemWriter<ReportLoad> writer;

    QuarantineOnSkip(ItemWriter<ReportLoad> writer) {
        this.writer = writer;
    }

    @Override
    public void onSkipInProcess(ManifestEntry entry, Throwable t) {
        log.error("{}: unexpected failure while reading it; quarantined", entry.sourceFile(), t);
        quarantine(entry, t);
    }

    @Override
    public void onSkipInWrite(ReportLoad load, Throwable t) {
        log.error("{}: unexpected failure while staging it; quarantined", load.entry().sourceFile(), t);
        quarantine(load.entry(), t);
    }

    private void quarantine(ManifestEntry entry, Throwable t) {
        try {
            writer.write(Chunk.of(new ReportLoad.Quarantined(entry, ReportLoad.reportIdOf(entry), UNEXPECTED_ERROR,
                    "the loader failed on this file (" + t.getClass().getSimpleName() + (t.getMessage() == null
                            ? "" : ": " + t.getMessage()) + "); it is a bug: send the file to the developers, "
                            + "the details are in the log")));
        } catch (Exception e) {
            throw new IllegalStateException("could not record the quarantine of " + entry.sourceFile(), e);
        }
    }
}

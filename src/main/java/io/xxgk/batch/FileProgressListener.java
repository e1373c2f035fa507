package io.xxgk.batch;

import io.xxgk.discovery.ManifestEntry;
import io.xxgk.warehouse.ReportLoad;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * On each extraction partition: counts the files of every chunk written into {@link LoadProgress}, and the files
 * the skip policy quarantined (they leave the chunk). Called from the partition threads; the counters are atomic.
 */
final class FileProgressListener implements ItemWriteListener<ReportLoad>, SkipListener<ManifestEntry, ReportLoad> {

    private final LoadProgress progress;

    FileProgressListener(LoadProgress progress) {
        this.progress = progress;
    }

    @Override
    public void afterWrite(Chunk<? extends ReportLoad> items) {
        int quarantined = 0;
        long facts = 0;
        for (ReportLoad load : items) {
            if (load instanceof ReportLoad.Loaded loaded) {
                facts += loaded.facts().size();
            } else {
                quarantined++;
            }
        }
        progress.staged(items.size(), quarantined, facts);
    }

    @Override
    public void onSkipInProcess(ManifestEntry item, Throwable t) {
        progress.staged(1, 1, 0);
    }
}

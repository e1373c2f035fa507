package io.xxgk.batch;

import io.xxgk.discovery.ManifestEntry;
import io.xxgk.warehouse.ReportLoad;
import io.xxgk.warehouse.ReportLoader;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The extraction processor: one call, {@link ReportLoader#load}, which reads the file and calls the core parser. */
class ExtractProcessor implements ItemProcessor<ManifestEntry, ReportLoad> {

    private final ReportLoader loader;

    ExtractProcessor(ReportLoader loader) {
        this.loader = loader;
    }

    @Override
    public ReportLoad process(ManifestEntry entry) {
        return loader.load(entry);
    }
}

package io.xxgk.batch;

import io.xxgk.discovery.Manifest;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One extraction partition per partition number stored in the manifest. The grid size passed in is ignored on
 * purpose: discovery already dealt the files to partitions and stored the choice, so a restart (even with another
 * --threads) finds the same partitions, by the same names, with the same files.
 */
class ManifestPartitioner implements Partitioner {

    static final String PARTITION = "partition";

    private final Manifest manifest;
    private final long jobInstanceId;

    ManifestPartitioner(Manifest manifest, long jobInstanceId) {
        this.manifest = manifest;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int partition : manifest.partitions(jobInstanceId)) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, partition);
            partitions.put(PARTITION + "-" + partition, context);
        }
        return partitions;
    }
}

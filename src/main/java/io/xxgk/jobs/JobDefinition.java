package io.xxgk.jobs;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * One load as a job file ({@code jobs/*.yml}) describes it, after command-line overrides. Immutable; paths are
 * absolute and normalised. Read by {@link JobDefinitions}.
 *
 * @param name         short name for logs and summaries ({@code sample})
 * @param inbox        directory read recursively; files are never moved or modified
 * @param warehouse    directory holding the H2 database, {@code csv/}, {@code parquet/} and {@code logs/}
 * @param outputs      file formats to publish (H2 is always written)
 * @param threads      extraction partitions that run at once
 * @param maxFileBytes files larger than this are quarantined without being read
 * @param schedule     Spring cron expression for {@code xxgk schedule}; empty when the job is run by hand only
 */
public record JobDefinition(
        String name,
        Path inbox,
        Path warehouse,
        Set<OutputFormat> outputs,
        int threads,
        long maxFileBytes,
        String schedule) {

    public static final int DEFAULT_THREADS = 2;
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public JobDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        inbox = inbox.toAbsolutePath().normalize();
        warehouse = warehouse.toAbsolutePath().normalize();
        outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("max-file-size must be positive, was " + maxFileBytes);
        }
        schedule = schedule == null ? "" : schedule.strip();
    }

    public JobDefinition withInbox(Path dir) {
        return new JobDefinition(name, dir, warehouse, outputs, threads, maxFileBytes, schedule);
    }

    public JobDefinition withWarehouse(Path dir) {
        return new JobDefinition(name, inbox, dir, outputs, threads, maxFileBytes, schedule);
    }

    public JobDefinition withThreads(int n) {
        return new JobDefinition(name, inbox, warehouse, outputs, n, maxFileBytes, schedule);
    }

    /**
     * Refuses a warehouse inside the inbox: the inbox is read recursively, so the load would take its own database,
     * logs and CSV for reports, quarantine them at every run and never find the inbox unchanged. Not checked in the
     * constructor, so that overriding the inbox and then the warehouse never trips over the pair in between.
     *
     * @throws IllegalArgumentException saying what to change
     */
    public JobDefinition requireWarehouseOutsideInbox() {
        if (warehouse.startsWith(inbox)) {
            throw new IllegalArgumentException("the warehouse " + warehouse + " is inside the inbox " + inbox
                    + "; the load would read its own database and outputs as reports: choose a warehouse directory "
                    + "outside the inbox");
        }
        return this;
    }

    public boolean publishes(OutputFormat format) {
        return outputs.contains(format);
    }
}

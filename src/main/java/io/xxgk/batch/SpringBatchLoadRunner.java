package io.xxgk.batch;

import io.xxgk.bench.LoadRunner;
import io.xxgk.bench.LoadTimings;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.OutputFormat;
import io.xxgk.publish.Publisher;
import io.xxgk.warehouse.WarehouseWriter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's end-to-end load: the real load job, as {@code xxgk run} runs it (Spring context, H2 job
 * repository, partitioned extraction with the consistency rules, staging, publishing CSV and Parquet). Step times
 * come from the job repository; the total includes opening and closing the warehouse.
 */
public final class SpringBatchLoadRunner implements LoadRunner {

    @Override
    public String name() {
        return "spring-batch load job";
    }

    @Override
    public LoadTimings run(Path inbox, Path warehouse, int threads) throws Exception {
        JobDefinition job = new JobDefinition("bench", inbox, warehouse, Set.of(OutputFormat.CSV, OutputFormat.PARQUET),
                threads, JobDefinition.DEFAULT_MAX_FILE_BYTES, "");
        long start = System.nanoTime();
        Map<String, Duration> steps = new LinkedHashMap<>();
        RunSummary summary;
        try (ConfigurableApplicationContext context = WarehouseApplication.open(job.warehouse(), threads)) {
            steps.put("open warehouse (Spring context, H2)", Duration.ofNanos(System.nanoTime() - start));
            summary = context.getBean(LoadLauncher.class).run(job);
            if (summary.outcome() != RunSummary.Outcome.COMPLETED) {
                throw new IllegalStateException("the load did not complete: " + summary.outcome());
            }
            JobRepository repository = context.getBean(JobRepository.class);
            Collection<StepExecution> executions = repository.getJobExecution(summary.executionId())
                    .getStepExecutions();
            executions.stream()
                    .filter(s -> !s.getStepName().contains(":partition")) // partitions run inside "extract"
                    .sorted(Comparator.comparing(StepExecution::getStartTime))
                    .forEach(s -> {
                        steps.put(describe(s.getStepName()), Duration.between(s.getStartTime(), s.getEndTime()));
                        writers(s, executions, threads, steps);
                    });
        }
        return new LoadTimings(steps, Duration.ofNanos(System.nanoTime() - start), summary.outputs().facts());
    }

    /** The time each writer of a step worked, from the step's execution context, under the step's line. */
    private static void writers(StepExecution step, Collection<StepExecution> all, int threads,
                                Map<String, Duration> steps) {
        if (step.getStepName().equals("extract")) {
            long staging = all.stream().filter(s -> s.getStepName().startsWith("extractPartition:"))
                    .mapToLong(s -> s.getExecutionContext().getLong(WarehouseWriter.STAGING_NANOS, 0L)).sum();
            steps.put("  writing to H2, " + threads + " thread(s) summed", Duration.ofNanos(staging));
        } else if (step.getStepName().equals("publish")) {
            for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.PARQUET)) {
                steps.put("  " + format.label() + " writer, on its own thread", Duration.ofNanos(
                        step.getExecutionContext().getLong(Publisher.busyKey(format), 0L)));
            }
        }
    }

    private static String describe(String step) {
        return switch (step) {
            case "extract" -> "extract + checks + H2 staging";
            case "publish" -> "publish (csv + parquet)";
            default -> step;
        };
    }
}

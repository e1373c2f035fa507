package io.xxgk.batch;

import io.xxgk.bench.LoadRunner;
import io.xxgk.bench.LoadTimings;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.OutputFormat;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
            repository.getJobExecution(summary.executionId()).getStepExecutions().stream()
                    .filter(s -> !s.getStepName().contains(":partition")) // partitions run inside "extract"
                    .sorted(Comparator.comparing(StepExecution::getStartTime))
                    .forEach(s -> steps.put(describe(s.getStepName()),
                            Duration.between(s.getStartTime(), s.getEndTime())));
        }
        return new LoadTimings(steps, Duration.ofNanos(System.nanoTime() - start), summary.outputs().facts());
    }

    private static String describe(String step) {
        return switch (step) {
            case "extract" -> "extract + checks + H2 staging";
            case "publish" -> "publish (csv + parquet)";
            default -> step;
        };
    }
}

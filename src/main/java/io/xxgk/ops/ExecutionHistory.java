package io.xxgk.ops;

import io.xxgk.batch.LoadParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What ran in a warehouse, for {@code xxgk status}: the load executions from the Spring Batch job repository, with
 * what each did to the warehouse ({@code reports} rows it wrote) and, for those that did not complete, where and
 * why they stopped.
 */
public final class ExecutionHistory {

    /** The Spring Batch job every load runs (one job; the job file's name is a parameter). */
    private static final String BATCH_JOB = "load";
    /** Job instances looked at, newest first; a warehouse loaded nightly has one or two a day. */
    private static final int INSTANCES_SEARCHED = 500;
    /** Execution-context key JobOperator.recover sets on what it marked FAILED. */
    private static final String RECOVERED = "batch.recovered";

    /**
     * One load execution.
     *
     * @param job       the job file's name ({@code sample})
     * @param error     for an unsuccessful execution: the error, one line; empty otherwise
     * @param stepName  for an unsuccessful execution: the step that failed or stopped
     * @param recovered whether it was found STARTED after its process died and marked FAILED
     */
    public record Run(long id, String job, String inbox, LocalDateTime start, LocalDateTime end, BatchStatus status,
                      String stepName, String error, boolean recovered, Counts counts) {

        public Duration duration() {
            return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
        }
    }

    /** What an execution wrote: files read and loaded (duplicates included), files quarantined, facts. */
    public record Counts(int loaded, int quarantined, long facts) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** One step execution of a run. */
    public record Step(String name, BatchStatus status, long read, long written, long skipped, long filtered,
                       long commits, long rollbacks, LocalDateTime start, LocalDateTime end) {

        public Duration duration() {
            return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
        }
    }

    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;

    public ExecutionHistory(JobRepository jobRepository, JdbcTemplate jdbc) {
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
    }

    /** The newest {@code perJob} executions of each job, newest first, jobs in order of their newest run. */
    public Map<String, List<Run>> recentByJob(int perJob) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(BATCH_JOB, 0, INSTANCES_SEARCHED)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        Map<String, List<JobExecution>> byJob = new LinkedHashMap<>();
        for (JobExecution e : executions) {
            List<JobExecution> runs = byJob.computeIfAbsent(jobName(e.getJobParameters()), k -> new ArrayList<>());
            if (runs.size() < perJob) {
                runs.add(e);
            }
        }
        Map<Long, Counts> counts = counts(byJob.values().stream().flatMap(List::stream).map(JobExecution::getId)
                .toList());
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        byJob.forEach((job, list) -> runs.put(job, list.stream()
                .map(e -> run(e, counts.getOrDefault(e.getId(), Counts.NONE))).toList()));
        return runs;
    }

    /** @throws IllegalArgumentException when there is no such execution */
    public Run run(long executionId) {
        JobExecution execution = execution(executionId);
        return run(execution, counts(List.of(executionId)).getOrDefault(executionId, Counts.NONE));
    }

    /** The steps of one execution (partition workers included) in the order they started. */
    public List<Step> steps(long executionId) {
        return execution(executionId).getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new Step(s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(),
                        s.getSkipCount(), s.getFilterCount(), s.getCommitCount(), s.getRollbackCount(),
                        s.getStartTime(), s.getEndTime()))
                .toList();
    }

    /** The parameters an execution ran with, as recorded (identifying ones first). */
    public Map<String, String> parameters(long executionId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        execution(executionId).getJobParameters().parameters().stream()
                .sorted(Comparator.comparing((JobParameter<?> p) -> !p.identifying()).thenComparing(JobParameter::name))
                .forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        return parameters;
    }

    private JobExecution execution(long executionId) {
        JobExecution execution = Executions.find(jobRepository, executionId);
        if (execution == null) {
            throw new IllegalArgumentException("no job execution " + executionId + " in this warehouse "
                    + "(xxgk status lists them)");
        }
        return execution;
    }

    private Run run(JobExecution e, Counts counts) {
        JobParameters parameters = e.getJobParameters();
        // JobOperator.recover marks the context (persisted by xxgk since it recovers through it) and leaves the
        // exit code UNKNOWN, where a failure that Spring Batch saw happen records FAILED.
        boolean recovered = e.getExecutionContext().containsKey(RECOVERED)
                || (e.getStatus() == BatchStatus.FAILED && ExitStatus.UNKNOWN.getExitCode().equals(
                e.getExitStatus().getExitCode()));
        String step = "";
        String error = "";
        if (e.getStatus() != BatchStatus.COMPLETED && !e.getStatus().isRunning()) {
            StepExecution failed = failedStep(e);
            step = failed == null ? "" : failed.getStepName();
            error = recovered ? "its process ended without finishing it (killed or crashed)"
                    : Errors.oneLine(e.getExitStatus().getExitDescription());
        }
        return new Run(e.getId(), jobName(parameters), parameters.getString(LoadParameters.INBOX, ""),
                e.getStartTime(), e.getEndTime(), e.getStatus(), step, error, recovered, counts);
    }

    /** The step that failed or stopped; a partition worker rather than its manager, which only reports it. */
    private static StepExecution failedStep(JobExecution e) {
        return e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.STOPPED
                        || s.getStatus() == BatchStatus.UNKNOWN)
                .max(Comparator.comparing((StepExecution s) -> s.getStepName().contains(":"))
                        .thenComparingLong(StepExecution::getId))
                .orElse(null);
    }

    private static String jobName(JobParameters parameters) {
        return parameters.getString(LoadParameters.JOB_NAME, BATCH_JOB);
    }

    /** Files and facts each execution wrote, from the {@code reports} rows it staged. */
    private Map<Long, Counts> counts(List<Long> executionIds) {
        if (executionIds.isEmpty()) {
            return Map.of();
        }
        String ids = executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query("SELECT job_execution_id, SUM(CASE WHEN status = 'QUARANTINED' THEN 0 ELSE 1 END), "
                + "SUM(CASE WHEN status = 'QUARANTINED' THEN 1 ELSE 0 END), COALESCE(SUM(cells_expected), 0) "
                + "FROM reports WHERE job_execution_id IN (" + ids + ") GROUP BY job_execution_id", rs -> {
                    counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3), rs.getLong(4)));
                });
        return counts;
    }
}

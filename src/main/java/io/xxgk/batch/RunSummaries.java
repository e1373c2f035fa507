package io.xxgk.batch;

import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.OutputFormat;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** Builds {@link RunSummary}s from the job execution and the warehouse tables (aggregates only, no row lists). */
final class RunSummaries {

    /** Joins each manifest file to its report row for the parser version of the run. */
    private static final String OUTCOMES = "FROM manifest m LEFT JOIN reports r ON r.source_file = m.source_file "
            + "AND r.source_sha256 = m.sha256 AND r.parser_version = ? WHERE m.job_instance_id = ?";

    private final JdbcTemplate jdbc;

    RunSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RunSummary nothingNew(JobDefinition job, int files, JobExecution completed) {
        return new RunSummary(RunSummary.Outcome.NOTHING_NEW, job.name(), job.inbox(), job.warehouse(),
                completed.getId(), RunSummary.Files.none(files), outputs(completed, false), "", Duration.ZERO,
                RunSummary.Findings.none());
    }

    RunSummary of(JobExecution execution) {
        var parameters = execution.getJobParameters();
        RunSummary.Outcome outcome = switch (execution.getStatus()) {
            case COMPLETED -> RunSummary.Outcome.COMPLETED;
            case STOPPED -> RunSummary.Outcome.STOPPED;
            default -> RunSummary.Outcome.FAILED;
        };
        return new RunSummary(outcome, parameters.getString(LoadParameters.JOB_NAME, "load"),
                Path.of(parameters.getString(LoadParameters.INBOX)),
                Path.of(parameters.getString(LoadParameters.WAREHOUSE)), execution.getId(),
                files(execution), outputs(execution, publishedSomething(execution)), failure(execution),
                duration(execution.getStartTime(), execution.getEndTime()), new FindingsOfLoad(jdbc).of(execution));
    }

    private RunSummary.Files files(JobExecution execution) {
        String parserVersion = execution.getJobParameters().getString(LoadParameters.PARSER_VERSION);
        long instance = execution.getJobInstanceId();
        int[] n = new int[7]; // seen, loaded, duplicates, unchanged, quarantinedEarlier, quarantined, notProcessed
        jdbc.query("SELECT m.action, r.status, COUNT(*) " + OUTCOMES + " GROUP BY m.action, r.status", rs -> {
            boolean unchanged = "UNCHANGED".equals(rs.getString(1));
            String status = rs.getString(2);
            int count = rs.getInt(3);
            n[0] += count;
            if (unchanged) {
                n[3] += count;
                n[4] += "QUARANTINED".equals(status) ? count : 0;
            } else if (status == null) {
                n[6] += count;
            } else if (status.equals("QUARANTINED")) {
                n[5] += count;
            } else {
                n[1] += count;
                n[2] += status.equals("DUPLICATE") ? count : 0;
            }
        }, parserVersion, instance);
        List<RunSummary.Quarantined> quarantined = jdbc.query("SELECT m.source_file, r.reason " + OUTCOMES
                        + " AND m.action <> 'UNCHANGED' AND r.status = 'QUARANTINED' ORDER BY m.file_no LIMIT "
                        + RunSummary.Files.LISTED,
                (rs, i) -> new RunSummary.Quarantined(rs.getString(1), rs.getString(2)), parserVersion, instance);
        return new RunSummary.Files(n[0], n[1], n[2], n[3], n[4], quarantined, n[5], n[6]);
    }

    private RunSummary.Outputs outputs(JobExecution execution, boolean rewritten) {
        String formats = execution.getJobParameters().getString(LoadParameters.OUTPUTS, "");
        Long facts = jdbc.queryForObject("SELECT COALESCE(SUM(cells_expected), 0) FROM reports WHERE status = 'LOADED'",
                Long.class);
        Integer years = jdbc.queryForObject("SELECT COUNT(DISTINCT year) FROM reports WHERE status = 'LOADED'",
                Integer.class);
        Long reports = jdbc.queryForObject("SELECT COUNT(*) FROM reports", Long.class);
        // Superseded reports lose their findings, so every finding left is a published one.
        Long findings = jdbc.queryForObject("SELECT COUNT(*) FROM findings", Long.class);
        return new RunSummary.Outputs(rewritten, Arrays.stream(formats.split(",")).filter(s -> !s.isBlank())
                .map(name -> OutputFormat.valueOf(name).label()).toList(), facts, years, reports, findings);
    }

    private static boolean publishedSomething(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("publish"))
                .mapToLong(StepExecution::getWriteCount).sum() > 0;
    }

    private static String failure(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return "";
        }
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isUnsuccessful())
                .map(StepExecution::getStepName)
                .reduce((a, b) -> b).orElse("");
        Throwable error = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String message = error == null ? "status " + execution.getStatus() : rootMessage(error);
        return (step.isEmpty() ? "" : "in step " + step + ": ") + message;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Duration duration(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}

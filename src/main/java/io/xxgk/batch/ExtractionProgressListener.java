package io.xxgk.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * On the partitioned extract step: before it, tells {@link LoadProgress} how many files this load extracts and
 * how many an earlier attempt of the same load already staged (a resumed load does not start from zero); after it,
 * that extraction is over.
 */
final class ExtractionProgressListener implements StepExecutionListener {

    private final LoadProgress progress;
    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    ExtractionProgressListener(LoadProgress progress, JdbcTemplate jdbc, JobRepository jobRepository) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobExecution job = stepExecution.getJobExecution();
        long instance = job.getJobInstanceId();
        Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM manifest WHERE job_instance_id = ? "
                + "AND action <> 'UNCHANGED'", Integer.class, instance);
        progress.extractionStarts(total == null ? 0 : total, stagedByEarlierAttempts(job));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.extractionEnded();
        return null;
    }

    /** Files of this load's manifest that earlier executions of the same job instance staged. */
    private int stagedByEarlierAttempts(JobExecution job) {
        List<Long> earlier = jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .map(JobExecution::getId).filter(id -> id != job.getId()).toList();
        if (earlier.isEmpty()) {
            return 0;
        }
        Integer staged = jdbc.queryForObject("SELECT COUNT(*) FROM manifest m JOIN reports r "
                + "ON r.source_file = m.source_file AND r.source_sha256 = m.sha256 AND r.parser_version = ? "
                + "WHERE m.job_instance_id = ? AND m.action <> 'UNCHANGED' AND r.job_execution_id IN ("
                + earlier.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")", Integer.class,
                job.getJobParameters().getString(LoadParameters.PARSER_VERSION), job.getJobInstanceId());
        return staged == null ? 0 : staged;
    }
}

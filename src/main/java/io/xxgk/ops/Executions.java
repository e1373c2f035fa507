package io.xxgk.ops;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/** Looking up a job execution by id, which the JDBC job repository answers with an exception when there is none. */
final class Executions {

    private Executions() {
    }

    /** The execution, or null when the repository has no execution with that id. */
    static JobExecution find(JobRepository jobRepository, long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }
}

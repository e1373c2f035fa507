package io.xxgk.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.util.Comparator;
import java.util.Optional;

/**
 * Puts what went wrong with a failed load, in one line, at the top of the job's exit description. Spring Batch
 * stores a stack trace there, cut at 2,500 characters, often before the "Caused by" that names the real error;
 * {@code xxgk status} shows this first line. The error of a partition worker is preferred to its manager's, which
 * only says that a partition failed.
 */
final class RootCauseFirst implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        Optional<Throwable> error = execution.getStepExecutions().stream()
                .filter(s -> !s.getFailureExceptions().isEmpty())
                .max(Comparator.comparing((StepExecution s) -> s.getStepName().contains(":"))
                        .thenComparingLong(StepExecution::getId))
                .map(s -> s.getFailureExceptions().get(0))
                .or(() -> execution.getFailureExceptions().stream().findFirst());
        error.ifPresent(e -> execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(),
                RunSummaries.rootMessage(e) + "\n" + execution.getExitStatus().getExitDescription())));
    }
}

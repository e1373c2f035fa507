package io.xxgk.ops;

import io.xxgk.batch.RunLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Stop and abandon of one load execution through Spring Batch's {@link JobOperator}, from any process. Whether an
 * execution marked STARTED is really running is told by the warehouse's {@link RunLock}: held means a live load
 * (this one: the holder recovered every older STARTED execution when it took the lock); free means the process
 * died, and the execution is recovered (marked FAILED) under the lock before anything else is done with it.
 */
public final class ExecutionControl {

    private static final Logger log = LoggerFactory.getLogger(ExecutionControl.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Where a recorded execution stands. */
    public enum Liveness {
        /** Marked running, and a load holds the run lock: it is running (here or in another process). */
        RUNNING,
        /** Marked running, but no process holds the run lock: its process died. */
        DEAD,
        /** Ended: COMPLETED, FAILED, STOPPED or ABANDONED. */
        ENDED
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Path warehouse;

    public ExecutionControl(JobOperator jobOperator, JobRepository jobRepository, Path warehouse) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.warehouse = warehouse;
    }

    /** @throws IllegalArgumentException when the warehouse has no such execution */
    public JobExecution find(long executionId) {
        JobExecution execution = Executions.find(jobRepository, executionId);
        if (execution == null) {
            throw new IllegalArgumentException("no job execution " + executionId + " in " + warehouse
                    + " (xxgk status lists them)");
        }
        return execution;
    }

    public Liveness liveness(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return Liveness.ENDED;
        }
        return RunLock.isHeld(warehouse) ? Liveness.RUNNING : Liveness.DEAD;
    }

    /**
     * Marks FAILED an execution whose process died, holding the run lock meanwhile so that no load starts in
     * between. Returns the execution as it is now; unchanged when a load took the lock first (then it is alive).
     */
    public JobExecution recoverIfDead(JobExecution execution) throws IOException {
        Optional<RunLock> lock = RunLock.tryAcquire(warehouse);
        if (lock.isEmpty()) {
            return execution;
        }
        try (RunLock held = lock.get()) {
            JobExecution current = find(execution.getId());
            if (!current.getStatus().isRunning()) {
                return current;
            }
            log.warn("Execution {} was left {} by a process that ended without finishing it (killed or crashed); "
                    + "marking it FAILED", current.getId(), current.getStatus());
            JobExecution recovered = jobOperator.recover(current);
            jobRepository.updateExecutionContext(recovered); // keeps recover's "batch.recovered" mark for status
            return recovered;
        }
    }

    /**
     * Marks a running execution STOPPING in the job repository; the process running it sees that at its next
     * chunk boundary, stops the step and ends the execution STOPPED (restartable).
     */
    public void requestStop(JobExecution execution) throws JobExecutionNotRunningException {
        log.info("Stop of execution {} requested by an operator (xxgk stop)", execution.getId());
        jobOperator.stop(execution);
    }

    /**
     * Waits until the execution is no longer running, or the time is up; returns its status then. The process
     * running the load usually serves the database and exits right after the load ends, which breaks this
     * process's connections; the next poll reconnects (and opens the file itself).
     */
    public BatchStatus awaitEnd(long executionId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        BatchStatus status = find(executionId).getStatus();
        while (status.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                status = find(executionId).getStatus();
            } catch (DataAccessException serverGone) {
                log.debug("Reconnecting to the warehouse database: {}", serverGone.getMessage());
            }
        }
        return status;
    }

    /** Marks an ended, unfinished execution ABANDONED: never to be restarted. */
    public JobExecution abandon(JobExecution execution) throws JobExecutionAlreadyRunningException {
        log.info("Execution {} ({}) abandoned by an operator (xxgk abandon)", execution.getId(),
                execution.getStatus());
        return jobOperator.abandon(execution);
    }

    /** Whether the execution can still be resumed by restart. */
    public static boolean resumable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }
}

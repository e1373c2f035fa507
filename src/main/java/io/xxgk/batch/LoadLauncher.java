package io.xxgk.batch;

import io.xxgk.discovery.FileNames;
import io.xxgk.discovery.InboxFile;
import io.xxgk.discovery.InboxFingerprint;
import io.xxgk.discovery.InboxScanner;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.warehouse.Requeues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the load job for a job definition through {@link JobOperator}: recovers executions a dead process left
 * STARTED, derives the job parameters from the inbox, answers "nothing new" for a listing that already completed,
 * and otherwise starts the job (which Spring Batch turns into a restart when the same instance failed before).
 * Recovering at start is safe because callers hold the warehouse's {@link RunLock} (see {@link LoadSession}): no
 * live process can be running an execution that is still marked STARTED.
 */
public final class LoadLauncher {

    private static final Logger log = LoggerFactory.getLogger(LoadLauncher.class);

    /** How many of the newest loads {@link #lastResumableExecution} looks at. */
    private static final int RESUMABLE_SEARCH = 100;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job load;
    private final ParserVersion parserVersion;
    private final RunSummaries summaries;
    private final Requeues requeues;

    LoadLauncher(JobOperator jobOperator, JobRepository jobRepository, Job load, ParserVersion parserVersion,
                 RunSummaries summaries, Requeues requeues) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.load = load;
        this.parserVersion = parserVersion;
        this.summaries = summaries;
        this.requeues = requeues;
    }

    /** One load of the job's inbox into its warehouse. */
    public RunSummary run(JobDefinition job) throws Exception {
        if (!Files.isDirectory(job.inbox())) {
            throw new IllegalArgumentException("the inbox " + job.inbox() + " is not a directory");
        }
        job.requireWarehouseOutsideInbox(); // again: --inbox and --warehouse may have moved one into the other
        if (!FileNames.utf8()) {
            log.warn("This JVM reads file names as {}, not UTF-8: files with Chinese names will be quarantined. "
                    + "Run xxgk with a UTF-8 locale, e.g. LANG=C.UTF-8", System.getProperty("sun.jnu.encoding"));
        }
        recoverStaleExecutions();
        List<InboxFile> listing = new InboxScanner(job.maxFileBytes()).scan(job.inbox());
        long requeueThrough = requeues.pendingThrough();
        JobParameters parameters = LoadParameters.of(job, InboxFingerprint.of(listing), parserVersion.value(),
                requeueThrough);
        JobInstance instance = jobRepository.getJobInstance(load.getName(), parameters);
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                requeues.consumeThrough(requeueThrough); // done by that load; its process ended before saying so
                log.info("Nothing new in {}: the same {} files completed in execution {}", job.inbox(),
                        listing.size(), last.getId());
                return summaries.nothingNew(job, listing.size(), last);
            }
            if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
                throw new IllegalStateException("the load of this inbox listing was abandoned (execution "
                        + last.getId() + "); add or touch a file in the inbox to start a new load");
            }
            if (last != null) {
                log.info("Resuming load instance {}: execution {} ended {}", instance.getInstanceId(), last.getId(),
                        last.getStatus());
            }
        }
        log.info("Loading {} ({} files) into {}", job.inbox(), listing.size(), job.warehouse());
        return summarize(jobOperator.start(load, parameters));
    }

    /**
     * Restarts a failed or stopped execution with its own stored parameters; with no id, the last execution of
     * the job if it did not complete.
     */
    public RunSummary restart(Long executionId) throws Exception {
        recoverStaleExecutions();
        JobExecution execution;
        if (executionId != null) {
            try {
                execution = jobRepository.getJobExecution(executionId);
            } catch (EmptyResultDataAccessException e) {
                execution = null; // the JDBC repository's way of saying there is none
            }
            if (execution == null) {
                throw new IllegalArgumentException("no job execution " + executionId + " in this warehouse");
            }
        } else {
            JobInstance last = jobRepository.getLastJobInstance(load.getName());
            execution = last == null ? null : jobRepository.getLastJobExecution(last);
            if (execution == null) {
                throw new IllegalArgumentException("this warehouse has no load to restart");
            }
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException("execution " + execution.getId() + " completed; there is nothing to "
                    + "restart (use run for new files)");
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalArgumentException("execution " + execution.getId() + " was abandoned, which is final; "
                    + "run loads the inbox again once a file in it changes");
        }
        String recorded = execution.getJobParameters().getString(LoadParameters.PARSER_VERSION);
        if (!parserVersion.value().equals(recorded)) {
            throw new IllegalArgumentException("execution " + execution.getId() + " ran parser " + recorded
                    + " and this is parser " + parserVersion.value() + "; use run, which loads everything with "
                    + "the new parser");
        }
        log.info("Restarting execution {} ({})", execution.getId(), execution.getStatus());
        return summarize(jobOperator.restart(execution));
    }

    /** The summary of a load that ended; a completed load has read the files requeued before it started. */
    private RunSummary summarize(JobExecution ended) {
        if (ended.getStatus() == BatchStatus.COMPLETED) {
            requeues.consumeThrough(ended.getJobParameters().getLong(LoadParameters.REQUEUE_THROUGH, 0L));
        }
        return summaries.of(ended);
    }

    /**
     * The newest execution that ended FAILED or STOPPED and was not resumed since (it is the last of its job
     * instance), after recovering those a dead process left STARTED; empty when there is none.
     */
    public Optional<Long> lastResumableExecution() {
        recoverStaleExecutions();
        for (JobInstance instance : jobRepository.getJobInstances(load.getName(), 0, RESUMABLE_SEARCH)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                return Optional.of(last.getId());
            }
        }
        return Optional.empty();
    }

    /**
     * Marks FAILED (with end time, steps too) the executions a process that died left STARTED or STOPPING, so that
     * they can be resumed. Only for a caller holding the warehouse's {@link RunLock}.
     *
     * @return the ids of the executions recovered, oldest first
     */
    public List<Long> recoverStaleExecutions() {
        List<Long> recovered = new ArrayList<>();
        for (JobExecution stale : jobRepository.findRunningJobExecutions(load.getName())) {
            log.warn("Execution {} was left {} by a process that ended without finishing it (killed or crashed); "
                    + "marking it FAILED so that it can be resumed", stale.getId(), stale.getStatus());
            jobRepository.updateExecutionContext(jobOperator.recover(stale)); // keeps recover's "batch.recovered" mark
            recovered.add(stale.getId());
        }
        recovered.sort(null);
        return recovered;
    }
}

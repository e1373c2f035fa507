package io.xxgk.cli;

import io.xxgk.ops.ExecutionControl;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code xxgk stop ID}: asks a running load, in this or another process, to stop at its next chunk boundary
 * (JobOperator.stop marks it STOPPING in the shared job repository), then waits for it to end STOPPED.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop a running load at its next chunk boundary (at most 20 files or one output file "
                + "away). It ends STOPPED with what it committed kept; restart (or run) resumes it.",
                "A load whose process died (still marked STARTED) is marked FAILED instead."},
        footer = {"", "Exit codes: 0 stopped (or found dead and marked FAILED), 2 stop requested but the load "
                + "was still running when --wait ran out, 64 not running, unknown id or usage error."})
public class StopCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "job execution id, as xxgk status shows it")
    long executionId;

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "how long to wait for the load to stop; 0 returns at once. Default: ${DEFAULT-VALUE}")
    int waitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return where.withExisting("Stop", err, (context, warehouse) -> stop(new ExecutionControl(
                context.getBean(JobOperator.class), context.getBean(JobRepository.class), warehouse), out, err));
    }

    private int stop(ExecutionControl control, PrintWriter out, PrintWriter err) throws Exception {
        JobExecution execution = control.find(executionId);
        switch (control.liveness(execution)) {
            case ENDED -> {
                err.printf("Execution %d is not running: it ended %s. Nothing to stop.%n", executionId,
                        execution.getStatus());
                return ExitCodes.USAGE;
            }
            case DEAD -> {
                JobExecution now = control.recoverIfDead(execution);
                if (!now.getStatus().isRunning()) {
                    out.printf("Execution %d was still marked %s, but no process was running it (killed or "
                            + "crashed): marked %s. Nothing left to stop; resume it with xxgk restart %d, or give "
                            + "it up with xxgk abandon %d.%n", executionId, execution.getStatus(), now.getStatus(),
                            executionId, executionId);
                    return ExitCodes.OK;
                }
                execution = now; // a load took the lock meanwhile: it is alive, stop it
            }
            case RUNNING -> {
            }
        }
        try {
            control.requestStop(execution);
        } catch (JobExecutionNotRunningException e) {
            err.printf("Execution %d ended before it could be stopped.%n", executionId);
            return ExitCodes.USAGE;
        }
        out.printf("Stop requested: execution %d is STOPPING; it stops at its next chunk boundary.%n", executionId);
        out.flush();
        if (waitSeconds <= 0) {
            return ExitCodes.OK;
        }
        BatchStatus status = control.awaitEnd(executionId, Duration.ofSeconds(waitSeconds));
        if (status.isRunning()) {
            out.printf("Execution %d is still %s after %d s; xxgk status %d shows when it ends.%n", executionId,
                    status, waitSeconds, executionId);
            return ExitCodes.FAILED;
        }
        out.printf("Execution %d ended %s.%s%n", executionId, status, ExecutionControl.resumable(status)
                ? " Resume it with xxgk restart " + executionId + " (or run the job again)." : "");
        return ExitCodes.OK;
    }
}

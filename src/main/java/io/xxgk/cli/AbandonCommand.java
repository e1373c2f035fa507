package io.xxgk.cli;

import io.xxgk.batch.RunLock;
import io.xxgk.ops.ExecutionControl;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code xxgk abandon ID}: gives up a failed or stopped load for good (JobOperator.abandon): restart refuses it and
 * run does not resume it. What it committed stays in the warehouse.
 */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = {"Give up a failed or stopped load for good: it is marked ABANDONED and never resumed. "
                + "What it loaded stays in the warehouse.",
                "A load whose process died (still marked STARTED) is marked FAILED first; a running load must be "
                        + "stopped first (xxgk stop ID)."},
        footer = {"", "Exit codes: 0 abandoned (or already), 3 the load is running (stop it first), 64 completed, "
                + "unknown id or usage error."})
public class AbandonCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "job execution id, as xxgk status shows it")
    long executionId;

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return where.withExisting("Abandon", err, (context, warehouse) -> abandon(new ExecutionControl(
                context.getBean(JobOperator.class), context.getBean(JobRepository.class), warehouse), warehouse,
                spec.commandLine().getOut(), err));
    }

    private int abandon(ExecutionControl control, Path warehouse, PrintWriter out, PrintWriter err)
            throws Exception {
        JobExecution execution = control.find(executionId);
        BatchStatus before = execution.getStatus();
        if (before == BatchStatus.ABANDONED) {
            out.printf("Execution %d is already abandoned.%n", executionId);
            return ExitCodes.OK;
        }
        if (before == BatchStatus.COMPLETED) {
            err.printf("Execution %d completed; there is nothing to abandon.%n", executionId);
            return ExitCodes.USAGE;
        }
        if (control.liveness(execution) == ExecutionControl.Liveness.DEAD) {
            execution = control.recoverIfDead(execution);
            if (!execution.getStatus().isRunning()) {
                out.printf("Execution %d was still marked %s, but no process was running it (killed or crashed): "
                        + "marked %s.%n", executionId, before, execution.getStatus());
            }
        }
        if (execution.getStatus().isRunning()) {
            return running(warehouse, err);
        }
        BatchStatus was = execution.getStatus();
        try {
            control.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            return running(warehouse, err);
        }
        out.printf("Execution %d abandoned (it was %s): restart refuses it, and run starts a new load only once "
                + "a file in the inbox changes.%n", executionId, was);
        return ExitCodes.OK;
    }

    private int running(Path warehouse, PrintWriter err) {
        String holder = RunLock.holder(warehouse);
        err.printf("Execution %d is running%s; stop it first: xxgk stop %d --warehouse %s%n", executionId,
                holder.isEmpty() ? "" : " (" + holder + ")", executionId, warehouse);
        return ExitCodes.ALREADY_RUNNING;
    }
}

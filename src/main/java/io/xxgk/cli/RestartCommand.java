package io.xxgk.cli;

import io.xxgk.batch.LoadSession;
import io.xxgk.batch.RunSummary;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.batch.WarehouseBusyException;
import io.xxgk.jobs.InvalidJobFileException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code xxgk restart [ID|--last-failed]}: resumes a failed, stopped or killed load with its recorded parameters,
 * through Spring Batch's JobOperator. {@code run} does the same for the current inbox; this is for resuming a given
 * execution, e.g. after the inbox changed. A load whose process died (left STARTED) is recovered first, and said so.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resume a failed, stopped or killed load with its recorded parameters: steps and files "
                + "already done are not done again.",
                "Default: the last load. A load whose process died (still marked STARTED) is marked FAILED first."},
        footer = {"", "Exit codes: 0 completed, 1 completed but some files were quarantined, 2 failed or stopped "
                + "again, 3 another load holds the warehouse's run.lock, 64 nothing to restart (completed, "
                + "abandoned, unknown id) or usage error."})
public class RestartCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "0..1")
    Which which;

    static class Which {
        @Parameters(paramLabel = "ID", description = "job execution id, as xxgk status shows it")
        Long executionId;

        @Option(names = "--last-failed", description = "the newest load that failed or was stopped and has not "
                + "been resumed since")
        boolean lastFailed;
    }

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path warehouse;
        int threads;
        try {
            warehouse = where.warehouse();
            threads = where.threads();
        } catch (InvalidJobFileException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        boolean terminal = System.console() != null;
        try (LoadSession session = LoadSession.open(warehouse, threads,
                terminal ? WarehouseApplication.QUIET_CONSOLE : Map.of())) {
            SummaryView view = new SummaryView(out);
            view.printRecovered(session.recoverStaleExecutions());
            Long id = which == null ? null : which.executionId;
            if (which != null && which.lastFailed) {
                Optional<Long> resumable = session.launcher().lastResumableExecution();
                if (resumable.isEmpty()) {
                    err.println("Nothing restarted: no load in " + warehouse + " failed or was stopped without "
                            + "being resumed since");
                    return ExitCodes.USAGE;
                }
                id = resumable.get();
            }
            RunSummary summary;
            try (var progress = ProgressDisplay.start(session.progress(), err, terminal)) {
                summary = session.launcher().restart(id);
            }
            view.print(summary);
            return RunCommand.exitCode(summary);
        } catch (WarehouseBusyException e) {
            err.println(e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        } catch (IllegalArgumentException e) {
            err.println("Nothing restarted: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            err.println("Restart failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}

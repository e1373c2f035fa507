package io.xxgk.cli;

import io.xxgk.batch.LoadLauncher;
import io.xxgk.batch.RunSummary;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.batch.WarehouseBusyException;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code xxgk restart [ID]}: resumes a failed (or killed) load with its recorded parameters. {@code run} does the
 * same for the current inbox; this is for resuming a given execution, e.g. after the inbox changed.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resume a failed or killed load with its recorded parameters (default: the last load).",
        footer = {"", "Exit codes as for run."})
public class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "job execution id (default: the last load)")
    Long executionId;

    @ArgGroup(multiplicity = "1")
    Warehouse where;

    static class Warehouse {
        @Option(names = "--job", paramLabel = "JOB.yml", description = "the job file naming the warehouse")
        Path jobFile;

        @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse directory")
        Path dir;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path here = Path.of("").toAbsolutePath();
        Path warehouse;
        int threads = JobDefinition.DEFAULT_THREADS;
        try {
            if (where.dir != null) {
                warehouse = here.resolve(where.dir);
            } else {
                JobDefinition job = JobDefinitions.load(here.resolve(where.jobFile), here);
                warehouse = job.warehouse();
                threads = job.threads();
            }
        } catch (InvalidJobFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        try (var context = WarehouseApplication.open(warehouse, threads)) {
            RunSummary summary = context.getBean(LoadLauncher.class).restart(executionId);
            new SummaryView(spec.commandLine().getOut()).print(summary);
            return RunCommand.exitCode(summary);
        } catch (WarehouseBusyException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Nothing restarted: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            spec.commandLine().getErr().println("Restart failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}

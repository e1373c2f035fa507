package io.xxgk.cli;

import io.xxgk.batch.LoadSession;
import io.xxgk.batch.RunSummary;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.batch.WarehouseBusyException;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code xxgk run JOB.yml}: one load now, with an end-of-run summary and an exit code scripts can act on. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Load the job's inbox into its warehouse now: new and changed files are extracted, unchanged "
                + "ones skipped, unreadable ones quarantined with a reason; then CSV and Parquet are published.",
                "Running it again with nothing new changes nothing; after a failure or a kill it resumes.",
                "Progress: on a terminal, one line on stderr (files done/total, rate, time left); otherwise a log "
                        + "line every 10 s. The console log goes to stderr, the summary to stdout, everything to "
                        + "<warehouse>/logs/xxgk.log."},
        footer = {"", "Exit codes: 0 loaded (or nothing new), 1 completed but some files were quarantined, "
                + "2 failed or stopped (run again to resume), 3 another load holds the warehouse's run.lock, "
                + "64 usage error (bad job file, option or inbox)."})
public class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOB.yml", description = "job file, e.g. jobs/sample.yml")
    Path jobFile;

    @Option(names = "--inbox", paramLabel = "DIR", description = "read this directory instead of the job's inbox")
    Path inbox;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "load into this directory instead")
    Path warehouse;

    @Option(names = "--threads", paramLabel = "N", description = "extraction partitions at once (default: the job's)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path here = Path.of("").toAbsolutePath();
        JobDefinition job;
        try {
            job = JobDefinitions.load(here.resolve(jobFile), here);
            job = inbox == null ? job : job.withInbox(here.resolve(inbox));
            job = warehouse == null ? job : job.withWarehouse(here.resolve(warehouse));
            job = threads == null ? job : job.withThreads(threads);
            job.requireWarehouseOutsideInbox(); // before the warehouse is opened (and created) inside the inbox
        } catch (InvalidJobFileException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(job.inbox())) {
            // Checked before the warehouse is opened, so a mistyped path does not create an empty warehouse.
            spec.commandLine().getErr().println("the inbox " + job.inbox() + " is not a directory");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        try (LoadSession session = LoadSession.open(job.warehouse(), job.threads(),
                terminal ? WarehouseApplication.QUIET_CONSOLE : Map.of())) {
            SummaryView view = new SummaryView(out);
            view.printRecovered(session.recoverStaleExecutions());
            RunSummary summary;
            try (var progress = ProgressDisplay.start(session.progress(), spec.commandLine().getErr(), terminal)) {
                summary = session.launcher().run(job);
            }
            view.print(summary);
            return exitCode(summary);
        } catch (WarehouseBusyException | JobExecutionAlreadyRunningException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        } catch (Exception e) {
            spec.commandLine().getErr().println("Load " + job.name() + " failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    static int exitCode(RunSummary summary) {
        return switch (summary.outcome()) {
            case NOTHING_NEW -> ExitCodes.OK;
            case COMPLETED -> summary.files().quarantinedCount() > 0 ? ExitCodes.QUARANTINED : ExitCodes.OK;
            case FAILED, STOPPED -> ExitCodes.FAILED;
        };
    }
}

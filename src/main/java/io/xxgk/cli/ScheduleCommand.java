package io.xxgk.cli;

import io.xxgk.batch.LoadSession;
import io.xxgk.batch.RunSummary;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import io.xxgk.ops.ScheduleEvents.Outcome;
import io.xxgk.ops.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code xxgk schedule [JOB.yml…]}: a long-running process that runs each job on the cron in its job file, one
 * run of a job at a time (also across schedulers sharing a warehouse, through its run.lock), recording every
 * firing where {@code xxgk status} shows it. SIGTERM or Ctrl-C stops it: between runs at once; a run in progress
 * is ended by the JVM's shutdown like a kill, and the next run (or restart) resumes it.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run each job on the cron of its job file (schedule: \"sec min hour day month weekday\") "
                + "until stopped. A firing while the job's previous run is still going, or while another process "
                + "loads the warehouse, is missed, never overlapped.",
                "Every firing (started, completed, failed, missed and why) is appended to "
                        + "<warehouse>/logs/schedule-events.tsv; xxgk status shows the latest."},
        footer = {"", "Exit codes: 0 stopped (signal or --max-firings), 64 no job with a schedule, bad job file or "
                + "inbox, usage error. Runs that fail are recorded, not turned into an exit code."})
public class ScheduleCommand implements Callable<Integer> {

    /** How long a signal waits for the scheduler to wind down before the JVM halts. */
    private static final Duration SIGNAL_PATIENCE = Duration.ofSeconds(20);

    @Parameters(paramLabel = "JOB.yml", arity = "0..*",
            description = "job files with a schedule (default: every jobs/*.yml that has one)")
    List<Path> jobFiles = new ArrayList<>();

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "0",
            description = "stop after N firings, missed ones included, once the runs in progress end "
                    + "(for trials and tests; default: run until stopped)")
    int maxFirings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<JobDefinition> jobs;
        try {
            jobs = jobs();
        } catch (InvalidJobFileException | IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Scheduler scheduler = new Scheduler(jobs, ScheduleCommand::load, line -> say(out, line), maxFirings,
                Clock.systemDefaultZone());
        CountDownLatch ended = new CountDownLatch(1);
        Thread stopOnSignal = new Thread(() -> {
            say(out, "Stopping the scheduler (signal): no more firings.");
            scheduler.stop();
            try {
                // The JVM halts when this hook returns: give the loop time to say how it ended. A load in progress
                // meanwhile loses its database (H2 closes at exit) and is left STARTED, as after a kill; the next
                // run or restart recovers and resumes it.
                ended.await(SIGNAL_PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scheduler-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try {
            scheduler.run();
            say(out, "Scheduler stopped.");
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is stopping anyway
            }
        }
        return ExitCodes.OK;
    }

    private static void say(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** One scheduled load: as {@code xxgk run JOB.yml}, its outcome in one line. */
    private static Scheduler.Result load(JobDefinition job, Runnable started) throws Exception {
        try (LoadSession session = LoadSession.open(job.warehouse(), job.threads(), Map.of(), started)) {
            session.recoverStaleExecutions();
            RunSummary s = session.launcher().run(job);
            RunSummary.Files f = s.files();
            return switch (s.outcome()) {
                case NOTHING_NEW -> new Scheduler.Result(Outcome.COMPLETED, s.executionId(), "nothing new");
                case COMPLETED -> new Scheduler.Result(Outcome.COMPLETED, s.executionId(), f.loaded() + " loaded, "
                        + f.unchanged() + " unchanged, " + f.quarantinedCount() + " quarantined");
                case STOPPED -> new Scheduler.Result(Outcome.FAILED, s.executionId(), "stopped by an operator");
                case FAILED -> new Scheduler.Result(Outcome.FAILED, s.executionId(), s.failure());
            };
        }
    }

    private List<JobDefinition> jobs() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        List<Path> files = jobFiles.isEmpty() ? defaultJobFiles(here) : jobFiles;
        List<JobDefinition> jobs = new ArrayList<>();
        for (Path file : files) {
            JobDefinition job = JobDefinitions.load(here.resolve(file), here);
            if (job.schedule().isEmpty()) {
                if (jobFiles.isEmpty()) {
                    continue;
                }
                throw new IllegalArgumentException(file + " has no schedule: add one, e.g. schedule: \"0 30 2 * * *\"");
            }
            if (!Files.isDirectory(job.inbox())) {
                throw new IllegalArgumentException(file + ": the inbox " + job.inbox() + " is not a directory");
            }
            jobs.add(job);
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("no job to schedule: name job files with a schedule (none of "
                    + here.resolve("jobs") + "/*.yml has one)");
        }
        return jobs;
    }

    private static List<Path> defaultJobFiles(Path here) throws IOException {
        Path dir = here.resolve("jobs");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
    }
}

package io.xxgk.ops;

import io.xxgk.batch.RunLock;
import io.xxgk.batch.WarehouseBusyException;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.ops.ScheduleEvents.Outcome;
import org.springframework.scheduling.support.CronExpression;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fires each job on the cron of its job file and records what became of every firing ({@link ScheduleEvents}). A
 * job never runs twice at once: a firing while the job's previous run is still going is missed ("previous run
 * still running"), and one that finds another process loading the warehouse (its {@link RunLock} held) is missed
 * too. Firings are computed from the cron, not from when runs end, so a missed firing is recorded rather than
 * silently not scheduled. Each job runs on its own thread; the dispatcher only keeps time.
 */
public final class Scheduler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One load of a job. Calls {@code started} once it holds the warehouse; throws {@link WarehouseBusyException} when it cannot. */
    @FunctionalInterface
    public interface Load {
        Result run(JobDefinition job, Runnable started) throws Exception;
    }

    /** How a load ended: COMPLETED or FAILED, the execution, and a short detail for people. */
    public record Result(Outcome outcome, Long executionId, String detail) {
    }

    private final class Entry {
        final JobDefinition job;
        final CronExpression cron;
        final ScheduleEvents events;
        ZonedDateTime next;
        Future<?> run;
        ZonedDateTime runStarted;

        Entry(JobDefinition job) {
            this.job = job;
            this.cron = CronExpression.parse(job.schedule());
            this.events = new ScheduleEvents(job.warehouse());
            this.next = cron.next(ZonedDateTime.now(clock));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Load load;
    private final Consumer<String> say;
    private final int maxFirings;
    private final Clock clock;
    private final ExecutorService workers;
    private volatile boolean stopping;
    private volatile Thread dispatcher;

    /**
     * @param jobs       jobs with a schedule
     * @param say        where to print what happens (one line per event)
     * @param maxFirings stop firing after this many firings (0: never); runs in progress are waited for
     */
    public Scheduler(List<JobDefinition> jobs, Load load, Consumer<String> say, int maxFirings, Clock clock) {
        this.load = load;
        this.say = say;
        this.maxFirings = maxFirings;
        this.clock = clock;
        for (JobDefinition job : jobs) {
            entries.add(new Entry(job));
        }
        this.workers = Executors.newFixedThreadPool(Math.max(1, jobs.size()), r -> {
            Thread t = new Thread(r, "scheduled-load");
            t.setDaemon(true);
            return t;
        });
    }

    /** Fires jobs until {@link #stop} or the last of {@code maxFirings}, then waits for the runs in progress. */
    public void run() throws InterruptedException {
        dispatcher = Thread.currentThread();
        for (Entry e : entries) {
            say(e.job.name() + ": next run at " + TIME.format(e.next) + " (cron \"" + e.job.schedule() + "\", "
                    + "warehouse " + e.job.warehouse() + ")");
        }
        int firings = 0;
        try {
            while (!stopping && (maxFirings == 0 || firings < maxFirings)) {
                Entry due = entries.stream().min((a, b) -> a.next.compareTo(b.next)).orElseThrow();
                Duration wait = Duration.between(ZonedDateTime.now(clock), due.next);
                if (!wait.isNegative() && !wait.isZero()) {
                    Thread.sleep(Math.max(1, wait.toMillis()));
                    continue; // woken: the clock may have moved, recheck
                }
                fire(due);
                firings++;
                ZonedDateTime now = ZonedDateTime.now(clock);
                ZonedDateTime following = due.cron.next(due.next);
                due.next = following.isAfter(now) ? following : due.cron.next(now); // fell behind: skip to the future
            }
        } catch (InterruptedException e) {
            if (!stopping) {
                throw e;
            }
        } finally {
            dispatcher = null;
            workers.shutdown();
        }
        if (workers.awaitTermination(0, TimeUnit.SECONDS)) {
            return;
        }
        say("no more firings; waiting for the run in progress to end");
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** Stops firing (from a signal handler); runs in progress go on, {@link #run} waits for them. */
    public void stop() {
        stopping = true;
        Thread t = dispatcher;
        if (t != null) {
            t.interrupt();
        }
    }

    private void fire(Entry e) {
        if (e.run != null && !e.run.isDone()) {
            missed(e, "previous run still running (started " + TIME.format(e.runStarted) + ")");
            return;
        }
        e.runStarted = ZonedDateTime.now(clock);
        e.run = workers.submit(() -> runOnce(e));
    }

    private void runOnce(Entry e) {
        Result result;
        try {
            result = load.run(e.job, () -> record(e, Outcome.STARTED, null, ""));
        } catch (WarehouseBusyException busy) {
            String holder = RunLock.holder(e.job.warehouse());
            missed(e, "the warehouse is busy: another load holds its " + RunLock.FILE_NAME
                    + (holder.isEmpty() ? "" : " (" + holder + ")"));
            return;
        } catch (Exception | Error failure) {
            result = new Result(Outcome.FAILED, null, failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
        record(e, result.outcome(), result.executionId(), result.detail());
    }

    private void missed(Entry e, String reason) {
        record(e, Outcome.MISSED, null, reason);
    }

    private void record(Entry e, Outcome outcome, Long executionId, String detail) {
        say(e.job.name() + ": " + outcome.name().toLowerCase() + (executionId == null ? "" : " (execution "
                + executionId + ")") + (detail.isEmpty() ? "" : ": " + detail));
        try {
            e.events.record(e.job.name(), outcome, executionId, detail);
        } catch (IOException io) {
            say(e.job.name() + ": could not record the firing in " + e.events.file() + ": " + io.getMessage());
        }
    }

    private void say(String line) {
        say.accept(TIME.format(ZonedDateTime.now(clock)) + "  " + line);
    }
}

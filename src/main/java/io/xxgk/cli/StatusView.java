package io.xxgk.cli;

import io.xxgk.ops.ExecutionHistory.Run;
import io.xxgk.ops.ExecutionHistory.Step;
import io.xxgk.ops.ScheduleEvents;
import org.springframework.batch.core.BatchStatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints {@code xxgk status} for a person on call: per job, a table of recent loads with what each did, the reason
 * under every load that did not complete, and the one command that resumes or gives up the latest of them.
 */
final class StatusView {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String ROW = "  %6s  %-19s  %-8s  %8s  %-10s  %6s  %11s  %7s%n";

    private final PrintWriter out;
    private final Path warehouse;
    private final boolean loadRunning;
    private final String lockHolder;

    /**
     * @param loadRunning whether a load holds the warehouse's run lock now: tells a live STARTED execution from
     *                    one whose process died
     */
    StatusView(PrintWriter out, Path warehouse, boolean loadRunning, String lockHolder) {
        this.out = out;
        this.warehouse = warehouse;
        this.loadRunning = loadRunning;
        this.lockHolder = lockHolder;
    }

    void printRecent(Map<String, List<Run>> byJob, List<ScheduleEvents.Event> firings) {
        out.printf("Warehouse %s%s%n", warehouse, loadRunning ? "  (a load is running: " + lockHolder + ")" : "");
        if (byJob.isEmpty()) {
            out.printf("%nNo load has run here yet.%n");
        }
        byJob.forEach((job, runs) -> {
            out.printf("%nJob %s (inbox %s)%n", job, runs.get(0).inbox());
            out.printf(ROW, "ID", "STARTED", "ENDED", "DURATION", "STATUS", "LOADED", "QUARANTINED", "FACTS");
            for (Run run : runs) {
                out.printf(ROW, run.id(), format(run.start()), ended(run), seconds(run.duration()), shown(run),
                        run.counts().loaded(), run.counts().quarantined(), run.counts().facts());
                String why = why(run);
                if (!why.isEmpty()) {
                    out.printf("          %s%n", why);
                }
            }
            String next = nextStep(runs.get(0));
            if (!next.isEmpty()) {
                out.printf("  -> %s%n", next);
            }
        });
        if (!firings.isEmpty()) {
            out.printf("%nScheduled firings (latest %d, oldest first)%n", firings.size());
            for (ScheduleEvents.Event e : firings) {
                out.printf("  %s  %-12s %-9s %5s  %s%n", DATE_TIME.format(e.time().toLocalDateTime()), e.job(),
                        e.outcome(), e.executionId() == null ? "" : e.executionId(), e.detail());
            }
        }
    }

    void printRun(Run run, Map<String, String> parameters, List<Step> steps) {
        out.printf("Execution %d of job %s: %s%n", run.id(), run.job(), shown(run));
        out.printf("  started     %s%n", format(run.start()));
        out.printf("  ended       %s%s%n", run.end() == null ? "-" : format(run.end()),
                run.end() == null ? "" : "  (" + seconds(run.duration()) + ")");
        out.printf("  wrote       %d file%s loaded, %d quarantined, %d facts%n", run.counts().loaded(),
                run.counts().loaded() == 1 ? "" : "s", run.counts().quarantined(), run.counts().facts());
        String why = why(run);
        if (!why.isEmpty()) {
            out.printf("  why         %s%n", why);
        }
        out.printf("  parameters%n");
        parameters.forEach((name, value) -> out.printf("    %-18s %s%n", name, value));
        out.printf("%n  %-30s %-10s %6s %6s %5s %7s %9s%n", "STEP", "STATUS", "READ", "WRITE", "SKIP", "COMMITS",
                "DURATION");
        for (Step s : steps) {
            out.printf("  %-30s %-10s %6d %6d %5d %7d %9s%n", s.name(), s.status(), s.read(), s.written(),
                    s.skipped(), s.commits(), s.end() == null ? "running" : seconds(s.duration()));
            if (s.name().equals(run.stepName()) && !run.error().isEmpty()) {
                out.printf("    %s%n", run.error());
            }
        }
        if (steps.isEmpty()) {
            out.printf("  (no step ran)%n");
        }
        String next = nextStep(run);
        if (!next.isEmpty()) {
            out.printf("  -> %s%n", next);
        }
    }

    /** The status, with STARTED told apart: running now, or left behind by a process that died. */
    private String shown(Run run) {
        if (!run.status().isRunning()) {
            return run.status().name();
        }
        return loadRunning ? "RUNNING" : "DEAD";
    }

    private String why(Run run) {
        if (run.status().isRunning()) {
            return loadRunning ? "" : "marked " + run.status() + ", but no process is running it (killed or crashed)";
        }
        if (run.status() == BatchStatus.COMPLETED) {
            return "";
        }
        String where = run.stepName().isEmpty() ? "" : " in step " + run.stepName();
        return switch (run.status()) {
            case STOPPED -> "stopped" + where + " by an operator";
            case ABANDONED -> "abandoned" + (run.error().isEmpty() ? "" : "; it had failed" + where + ": "
                    + run.error());
            default -> run.recovered() ? "recovered: " + run.error() + where.replace(" in step", ", in step")
                    : "failed" + where + ": " + run.error();
        };
    }

    /** What to do about the newest load of a job, when it did not complete. */
    private String nextStep(Run newest) {
        String target = " --warehouse " + warehouse;
        if (newest.status().isRunning()) {
            return loadRunning ? "stop it: xxgk stop " + newest.id() + target
                    : "resume it: xxgk restart " + newest.id() + target + "   (or give it up: xxgk abandon "
                    + newest.id() + ")";
        }
        if (newest.status() == BatchStatus.FAILED || newest.status() == BatchStatus.STOPPED) {
            return "resume it: xxgk restart " + newest.id() + target + "   (or give it up: xxgk abandon "
                    + newest.id() + ")";
        }
        return "";
    }

    private static String ended(Run run) {
        if (run.end() == null) {
            return "-";
        }
        return run.start() != null && run.end().toLocalDate().equals(run.start().toLocalDate())
                ? TIME.format(run.end()) : format(run.end());
    }

    private static String format(LocalDateTime time) {
        return time == null ? "-" : DATE_TIME.format(time);
    }

    static String seconds(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}

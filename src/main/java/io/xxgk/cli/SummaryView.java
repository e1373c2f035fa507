package io.xxgk.cli;

import io.xxgk.batch.RunSummary;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link RunSummary} for people: one headline, then files, outputs and what to do about problems. */
final class SummaryView {

    private final PrintWriter out;

    SummaryView(PrintWriter out) {
        this.out = out;
    }

    /** Says which executions a dead process had left running and this command marked FAILED before going on. */
    void printRecovered(List<Long> executionIds) {
        for (long id : executionIds) {
            out.printf("Execution %d was still marked STARTED, but no process was running it (killed or crashed): "
                    + "marked FAILED, so it can be resumed.%n", id);
        }
        out.flush();
    }

    void print(RunSummary s) {
        RunSummary.Files f = s.files();
        switch (s.outcome()) {
            case NOTHING_NEW -> {
                out.printf("Load %s: nothing new. The %d files in %s are as they were when execution %d completed;"
                        + " no output changed.%n", s.jobName(), f.seen(), s.inbox(), s.executionId());
                out.flush();
                return;
            }
            case COMPLETED -> out.printf("Load %s: completed in %s (execution %d)%n", s.jobName(),
                    seconds(s.duration()), s.executionId());
            case FAILED -> out.printf("Load %s: FAILED after %s (execution %d) %s%n", s.jobName(),
                    seconds(s.duration()), s.executionId(), s.failure());
            case STOPPED -> out.printf("Load %s: STOPPED after %s (execution %d), as an operator asked (xxgk stop)%n",
                    s.jobName(), seconds(s.duration()), s.executionId());
        }
        out.printf("  inbox      %s%n", s.inbox());
        out.printf("  warehouse  %s%n", s.warehouse());
        out.printf("  files      %d seen: %d loaded%s, %d skipped as unchanged%s, %d quarantined%s%n", f.seen(),
                f.loaded(), f.duplicates() == 0 ? "" : " (" + f.duplicates() + " duplicate, not published)",
                f.unchanged(), f.quarantinedEarlier() == 0 ? "" : " (" + f.quarantinedEarlier()
                        + " of them quarantined earlier)", f.quarantinedCount(),
                f.notProcessed() == 0 ? "" : ", " + f.notProcessed() + " not processed yet");
        RunSummary.Outputs o = s.outputs();
        String formats = String.join(" and ", o.formats()).toLowerCase(Locale.ROOT);
        boolean unfinished = s.outcome() == RunSummary.Outcome.FAILED || s.outcome() == RunSummary.Outcome.STOPPED;
        out.printf("  outputs    %s %s: facts %s (%s), reports %s, findings %s%n",
                formats.isEmpty() ? "H2 only" : formats, unfinished
                        ? "not all published yet; the warehouse holds" : o.rewritten() ? "written"
                        : "unchanged (already up to date)",
                plural(o.facts(), "row"), plural(o.years(), "year"), plural(o.reports(), "row"),
                plural(o.findings(), "row"));
        printFindings(s.findings());
        if (f.quarantinedCount() > 0) {
            out.printf("  quarantined (not published; the files stay where they are):%n");
            for (RunSummary.Quarantined q : f.quarantined()) {
                out.printf("    %s: %s%n", q.sourceFile(), q.reason());
            }
            if (f.quarantinedCount() > f.quarantined().size()) {
                out.printf("    ... and %d more: see reports (status QUARANTINED)%n",
                        f.quarantinedCount() - f.quarantined().size());
            }
        }
        if (s.outcome() == RunSummary.Outcome.FAILED || s.outcome() == RunSummary.Outcome.STOPPED) {
            out.printf("  Run the same command again to resume: files already loaded are not read again.%n");
        }
        out.flush();
    }

    /** This load's findings: how many of each severity, the rules failing most often, the reports with errors. */
    private void printFindings(RunSummary.Findings findings) {
        if (findings.total() == 0) {
            out.printf("  findings   none on the reports read%n");
            return;
        }
        List<String> severities = new ArrayList<>();
        findings.bySeverity().forEach((severity, n) -> severities.add(n + " " + severity));
        out.printf("  findings   %s on the reports read: %s%n", plural(findings.total(), "finding"),
                String.join(", ", severities));
        if (!findings.failingRules().isEmpty()) {
            out.printf("             failing most often: %s%n", counts(findings.failingRules()));
        }
        if (findings.reportsWithErrors() > 0) {
            out.printf("             %s with errors: %s%s; see xxgk findings --severity ERROR%n",
                    plural(findings.reportsWithErrors(), "report"), counts(findings.worstReports()),
                    findings.reportsWithErrors() > findings.worstReports().size() ? ", ..." : "");
        }
    }

    private static String counts(List<RunSummary.Count> counts) {
        return String.join(", ", counts.stream().map(c -> c.name() + " (" + c.count() + ")").toList());
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}

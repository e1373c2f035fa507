package io.xxgk.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one {@code run} (or {@code restart}) did, for the end-of-run summary and the exit code. Files seen =
 * loaded + skipped unchanged + quarantined + not processed (the last is non-zero only for a failed run).
 *
 * @param executionId  the job execution that ran, or the completed one that made this run "nothing new"
 * @param files        what became of the inbox's files
 * @param outputs      what the published outputs hold now
 * @param failure      for a failed or stopped run: the step and the error, in one line
 * @param findings     the findings of the reports this load read
 */
public record RunSummary(
        Outcome outcome,
        String jobName,
        Path inbox,
        Path warehouse,
        long executionId,
        Files files,
        Outputs outputs,
        String failure,
        Duration duration,
        Findings findings) {

    public enum Outcome {
        /** The load ran to the end. */
        COMPLETED,
        /** The inbox is as it was at a completed load: nothing ran, no output changed. */
        NOTHING_NEW,
        /** The load stopped on an error; {@code run} again (or {@code restart}) resumes it. */
        FAILED,
        /** An operator stopped the load ({@code xxgk stop}); {@code run} again (or {@code restart}) resumes it. */
        STOPPED
    }

    /**
     * @param loaded             loaded by this run (duplicates included)
     * @param duplicates         of those, not published because another file reports the same agency and year
     * @param unchanged          already in the warehouse with the same content and parser version
     * @param quarantinedEarlier of the unchanged, files that were quarantined by an earlier run
     * @param quarantined        quarantined by this run, with reasons (the first {@value #LISTED})
     * @param quarantinedCount   quarantined by this run, all of them
     * @param notProcessed       files a failed run did not get to
     */
    public record Files(int seen, int loaded, int duplicates, int unchanged, int quarantinedEarlier,
                        List<Quarantined> quarantined, int quarantinedCount, int notProcessed) {

        public static final int LISTED = 20;

        static Files none(int seen) {
            return new Files(seen, 0, 0, seen, 0, List.of(), 0, 0);
        }
    }

    public record Quarantined(String sourceFile, String reason) {
    }

    /**
     * The findings on the reports a load read (files it skipped as unchanged not included).
     *
     * @param bySeverity         ERROR, WARN, INFO counts (severities with none left out), most severe first
     * @param failingRules       rules with ERROR or WARN findings and their counts, most frequent first (at most
     *                           {@value #LISTED})
     * @param reportsWithErrors  reports with at least one ERROR finding
     * @param worstReports       the files with the most ERROR findings and their counts (at most {@value #LISTED})
     */
    public record Findings(Map<String, Integer> bySeverity, List<Count> failingRules, int reportsWithErrors,
                           List<Count> worstReports) {

        public static final int LISTED = 5;

        static Findings none() {
            return new Findings(Map.of(), List.of(), 0, List.of());
        }

        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A name (rule, file) and how many findings it has. */
    public record Count(String name, int count) {
    }

    /**
     * @param rewritten whether this run rewrote the CSV and Parquet files (false when they were up to date)
     * @param formats   the formats published, as job files name them (csv, parquet, csv-excel)
     */
    public record Outputs(boolean rewritten, List<String> formats, long facts, int years, long reports,
                          long findings) {
    }
}

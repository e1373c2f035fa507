package io.xxgk.batch;

import io.xxgk.warehouse.RowKeys;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of the reports one load read, for its end-of-run summary: counts by severity, the rules that fail
 * most often and the reports with errors. A finding belongs to the report row whose load_key is its key / 10,000
 * (see {@code RowKeys}); the load's reports are its manifest files that were not skipped as unchanged.
 */
final class FindingsOfLoad {

    /** The report rows a load read: its manifest joined to reports for the load's parser version. */
    private static final String READ_BY_LOAD = "FROM manifest m JOIN reports r ON r.source_file = m.source_file "
            + "AND r.source_sha256 = m.sha256 AND r.parser_version = ? "
            + "WHERE m.job_instance_id = ? AND m.action <> 'UNCHANGED'";
    /** The findings of those reports (see {@link RowKeys#sqlJoin}). */
    private static final String FINDINGS = "FROM (SELECT r.load_key " + READ_BY_LOAD + ") l JOIN findings f ON "
            + RowKeys.sqlJoin("l.load_key", "f.finding_id");

    private static final int INFO_RANK = 2;

    private final JdbcTemplate jdbc;

    FindingsOfLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RunSummary.Findings of(JobExecution execution) {
        Object[] load = {execution.getJobParameters().getString(LoadParameters.PARSER_VERSION),
                execution.getJobInstanceId()};
        // One pass over the findings (at 100k reports, about a million rows with their messages): counts per
        // severity and rule, from which both the severity totals and the rules failing most often are summed.
        Map<String, Integer> bySeverity = new TreeMap<>(
                Comparator.comparingInt(FindingsOfLoad::severityRank).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> failuresByRule = new HashMap<>();
        jdbc.query("SELECT f.severity, f.rule, COUNT(*) " + FINDINGS + " GROUP BY f.severity, f.rule", rs -> {
            String severity = rs.getString(1);
            int count = rs.getInt(3);
            bySeverity.merge(severity, count, Integer::sum);
            if (severityRank(severity) < INFO_RANK) {
                failuresByRule.merge(rs.getString(2), count, Integer::sum);
            }
        }, load);
        List<RunSummary.Count> failingRules = failuresByRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(RunSummary.Findings.LISTED)
                .map(e -> new RunSummary.Count(e.getKey(), e.getValue()))
                .toList();
        Integer withErrors = jdbc.queryForObject("SELECT COUNT(*) " + READ_BY_LOAD + " AND r.errors > 0",
                Integer.class, load);
        List<RunSummary.Count> worst = jdbc.query("SELECT r.source_file, r.errors " + READ_BY_LOAD
                + " AND r.errors > 0 ORDER BY r.errors DESC, r.source_file LIMIT " + RunSummary.Findings.LISTED,
                (rs, i) -> new RunSummary.Count(rs.getString(1), rs.getInt(2)), load);
        return new RunSummary.Findings(bySeverity, failingRules, withErrors == null ? 0 : withErrors, worst);
    }

    /** ERROR first, then WARN, then INFO and anything else. */
    private static int severityRank(String severity) {
        return switch (severity) {
            case "ERROR" -> 0;
            case "WARN" -> 1;
            default -> INFO_RANK;
        };
    }
}

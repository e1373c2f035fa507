package io.xxgk.warehouse;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.Fact;
import io.xxgk.core.model.ReportMetadata;
import io.xxgk.validation.FindingRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Stages reports into H2, idempotently: a file version's report row, facts and findings are deleted and inserted
 * again in the chunk's transaction, which also commits the step's restart position (the job repository lives in
 * the same database). Older versions of the same file become SUPERSEDED and lose their facts and findings.
 * The time spent staging is kept in the step's execution context ({@link #STAGING_NANOS}), for the benchmark.
 */
public class WarehouseWriter implements ItemWriter<ReportLoad>, ItemStream {

    /** The scale of {@code facts.value} in H2 and Parquet; reports print at most 2-4 decimals. */
    public static final int VALUE_SCALE = 6;

    private static final String INSERT_REPORT = "INSERT INTO reports (load_key, report_id, source_file, "
            + "source_sha256, bytes, format, agency, agency_raw, admin_level, year, template, template_expected, "
            + "status, reason, cells_expected, cells_reported, cells_blank, errors, warnings, parser_version, "
            + "loaded_at, job_execution_id, quarantine_code, publication_date, changed_by) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_FACT = "INSERT INTO facts (fact_id, report_id, agency, year, template, "
            + "table_code, category, block_code, row_code, col_code, row_label, col_label, value, value_raw, unit, "
            + "status, source_file, source_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_FINDING = "INSERT INTO findings (finding_id, report_id, rule, severity, "
            + "table_code, scope, expected, actual, message) VALUES (?,?,?,?,?,?,?,?,?)";

    /** Execution-context key: nanoseconds this step (partition) spent writing to H2, restarts included. */
    public static final String STAGING_NANOS = "staging.nanos";

    private static final Logger log = LoggerFactory.getLogger(WarehouseWriter.class);

    private record Keyed<T>(long id, T row) {
    }

    private final JdbcTemplate jdbc;
    private final String parserVersion;
    private final long jobExecutionId;
    private final Clock clock;
    private long stagingNanos;

    public WarehouseWriter(JdbcTemplate jdbc, String parserVersion, long jobExecutionId, Clock clock) {
        this.jdbc = jdbc;
        this.parserVersion = parserVersion;
        this.jobExecutionId = jobExecutionId;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext context) {
        stagingNanos = context.getLong(STAGING_NANOS, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(STAGING_NANOS, stagingNanos);
    }

    @Override
    public void write(Chunk<? extends ReportLoad> chunk) {
        long start = System.nanoTime();
        try {
            stage(chunk);
        } finally {
            stagingNanos += System.nanoTime() - start;
        }
    }

    private void stage(Chunk<? extends ReportLoad> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        LocalDateTime loadedAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        List<Long> earlierKeys = chunk.getItems().stream().map(this::earlierAttempt).toList();
        Iterator<Long> newKeys = newLoadKeys(earlierKeys.stream().filter(Objects::isNull).count()).iterator();
        List<Keyed<Fact>> facts = new ArrayList<>();
        List<Keyed<FindingRow>> findings = new ArrayList<>();
        for (int n = 0; n < chunk.size(); n++) {
            ReportLoad load = chunk.getItems().get(n);
            Long earlierKey = earlierKeys.get(n);
            long loadKey = earlierKey == null ? newKeys.next() : earlierKey;
            stageReport(load, loadKey, earlierKey != null, loadedAt);
            if (load instanceof ReportLoad.Loaded loaded) {
                for (int i = 0; i < loaded.facts().size(); i++) {
                    facts.add(new Keyed<>(RowKeys.of(loadKey, i), loaded.facts().get(i)));
                }
                List<FindingRow> rows = loaded.findings();
                for (int i = 0; i < Math.min(rows.size(), RowKeys.PER_REPORT); i++) {
                    findings.add(new Keyed<>(RowKeys.of(loadKey, i), rows.get(i)));
                }
            }
        }
        jdbc.batchUpdate(INSERT_FACT, facts, 1000, WarehouseWriter::bindFact);
        jdbc.batchUpdate(INSERT_FINDING, findings, 1000, WarehouseWriter::bindFinding);
        long quarantined = chunk.getItems().stream().filter(l -> l instanceof ReportLoad.Quarantined).count();
        log.info("Staged {} files ({} loaded, {} quarantined), {} facts; last {}", chunk.size(),
                chunk.size() - quarantined, quarantined, facts.size(),
                chunk.getItems().get(chunk.size() - 1).entry().sourceFile());
    }

    /** The load key of an earlier attempt at this file version (a restart, or a requeue), or null. */
    private Long earlierAttempt(ReportLoad load) {
        List<Long> existing = jdbc.queryForList("SELECT load_key FROM reports WHERE source_file = ? "
                + "AND source_sha256 = ? AND parser_version = ?", Long.class, load.entry().sourceFile(),
                load.entry().sha256(), parserVersion);
        return existing.isEmpty() ? null : existing.get(0);
    }

    /**
     * {@code count} fresh load keys from one statement, in ascending order. A chunk's reports thus get one run of
     * keys (unless another partition draws at the same moment), so two partitions append their facts to separate
     * stretches of the primary key instead of interleaving report by report, which made each partition's commit
     * rewrite B-tree pages the other one had just written.
     */
    private List<Long> newLoadKeys(long count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT NEXT VALUE FOR load_keys FROM SYSTEM_RANGE(1, ?)", Long.class, count)
                .stream().sorted().toList();
    }

    /** Writes the report row of this file version (replacing an earlier attempt) and supersedes other versions. */
    private void stageReport(ReportLoad load, long loadKey, boolean replacesEarlierAttempt, LocalDateTime loadedAt) {
        if (replacesEarlierAttempt) {
            deleteRowsOf(loadKey);
            jdbc.update("DELETE FROM reports WHERE load_key = ?", loadKey);
        }
        jdbc.update(INSERT_REPORT, reportRow(loadKey, load, loadedAt));
        supersedeOtherVersions(load.entry().sourceFile(), loadKey, load.reportId());
    }

    private void supersedeOtherVersions(String sourceFile, long currentKey, String currentReportId) {
        List<Object[]> others = jdbc.query("SELECT load_key, report_id, parser_version FROM reports "
                        + "WHERE source_file = ? AND load_key <> ? AND status <> 'SUPERSEDED'",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, sourceFile, currentKey);
        for (Object[] other : others) {
            String reason = currentReportId.equals(other[1])
                    ? "read again by parser " + parserVersion + " (was " + other[2] + ")"
                    : "the file changed; its new content is report " + currentReportId;
            jdbc.update("UPDATE reports SET status = 'SUPERSEDED', reason = ?, changed_by = ? WHERE load_key = ?",
                    reason, jobExecutionId, other[0]);
            deleteRowsOf((Long) other[0]);
        }
    }

    private void deleteRowsOf(long loadKey) {
        jdbc.update("DELETE FROM facts WHERE fact_id BETWEEN ? AND ?", RowKeys.first(loadKey), RowKeys.last(loadKey));
        jdbc.update("DELETE FROM findings WHERE finding_id BETWEEN ? AND ?", RowKeys.first(loadKey),
                RowKeys.last(loadKey));
    }

    private Object[] reportRow(long loadKey, ReportLoad load, LocalDateTime loadedAt) {
        var e = load.entry();
        if (load instanceof ReportLoad.Loaded loaded) {
            ReportMetadata m = loaded.report().metadata();
            List<Fact> facts = loaded.facts();
            return new Object[] {loadKey, load.reportId(), e.sourceFile(), e.sha256(), e.bytes(), loaded.format(),
                    m.agency(), m.agencyRaw(), m.adminLevel(), m.year(), m.template().name(),
                    m.templateExpected().name(), ReportStatus.LOADED.name(), "", facts.size(),
                    count(facts, CellStatus.REPORTED), count(facts, CellStatus.BLANK),
                    severity(loaded.findings(), "ERROR"), severity(loaded.findings(), "WARN"), parserVersion,
                    loadedAt, jobExecutionId, "", m.publicationDate(), jobExecutionId};
        }
        ReportLoad.Quarantined q = (ReportLoad.Quarantined) load;
        return new Object[] {loadKey, load.reportId(), e.sourceFile(), e.sha256(), e.bytes(), "", "", "", "", null,
                "", "", ReportStatus.QUARANTINED.name(), q.reason(), null, null, null, null, null, parserVersion,
                loadedAt, jobExecutionId, q.code(), "", jobExecutionId};
    }

    private static int count(List<Fact> facts, CellStatus status) {
        return (int) facts.stream().filter(f -> f.status().equals(status.name())).count();
    }

    private static int severity(List<FindingRow> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    private static void bindFact(PreparedStatement ps, Keyed<Fact> keyed) throws SQLException {
        Fact f = keyed.row();
        ps.setLong(1, keyed.id());
        ps.setString(2, f.reportId());
        ps.setString(3, f.agency());
        ps.setInt(4, f.year());
        ps.setString(5, f.template());
        ps.setString(6, f.tableCode());
        ps.setString(7, f.category());
        ps.setString(8, f.blockCode());
        ps.setString(9, f.rowCode());
        ps.setString(10, f.colCode());
        ps.setString(11, f.rowLabel());
        ps.setString(12, f.colLabel());
        if (f.value() == null) {
            ps.setNull(13, Types.NUMERIC);
        } else {
            ps.setBigDecimal(13, f.value().setScale(VALUE_SCALE, RoundingMode.HALF_UP));
        }
        ps.setString(14, f.valueRaw());
        ps.setString(15, f.unit());
        ps.setString(16, f.status());
        ps.setString(17, f.sourceFile());
        ps.setInt(18, f.sourceLine());
    }

    private static void bindFinding(PreparedStatement ps, Keyed<FindingRow> keyed) throws SQLException {
        FindingRow f = keyed.row();
        ps.setLong(1, keyed.id());
        ps.setString(2, f.reportId());
        ps.setString(3, f.rule());
        ps.setString(4, f.severity());
        ps.setString(5, f.tableCode());
        ps.setString(6, f.scope());
        ps.setString(7, f.expected());
        ps.setString(8, f.actual());
        ps.setString(9, f.message());
    }
}

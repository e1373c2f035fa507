package io.xxgk.validation;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ReportMetadata;
import io.xxgk.core.model.SourceRef;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.core.validate.CarryInMatchesPreviousCarryOutRule;
import io.xxgk.core.validate.DuplicateReportRule;
import io.xxgk.core.validate.PreviousCarryOut;
import io.xxgk.core.validate.ReportSummary;
import io.xxgk.warehouse.RowKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that need more than one report, run over the whole warehouse after every load: DUPLICATE_REPORT (two
 * files claim the same agency and year) and R6 (this year's 上年结转 against the agency's 结转下年度 of the year
 * before, when the warehouse holds that year). Their findings sit in a report's findings range from position
 * {@value #FIRST_POSITION} on, apart from the findings made while loading the file; they are rewritten only when
 * they change, and the report is then marked changed so the next publication includes them.
 */
public final class CrossReportChecks {

    /** Per-report findings take the low positions of a report's key range; these take the top. */
    static final int FIRST_POSITION = 9_000;

    private static final String INSERT = "INSERT INTO findings (finding_id, report_id, rule, severity, table_code, "
            + "scope, expected, actual, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record Report(long loadKey, String reportId, String sourceFile, String agency, int year,
                          String publicationDate, String template, String status) {
    }

    private final JdbcTemplate jdbc;
    private final DuplicateReportRule duplicates = new DuplicateReportRule();
    private final CarryInMatchesPreviousCarryOutRule carryOver = new CarryInMatchesPreviousCarryOutRule();

    public CrossReportChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the cross-report findings; returns the number of reports whose findings changed. */
    public int run(long jobExecutionId) {
        List<Report> candidates = jdbc.query("SELECT load_key, report_id, source_file, agency, year, "
                        + "publication_date, template, status FROM reports WHERE status IN ('LOADED', 'DUPLICATE') "
                        + "ORDER BY load_key",
                (rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        Map<Long, List<FindingRow>> wanted = new LinkedHashMap<>();
        duplicateFindings(candidates, wanted);
        carryOverFindings(candidates, wanted);
        // reports that had cross-report findings before but may have none now (superseded, no longer duplicated)
        for (Long key : jdbc.queryForList("SELECT DISTINCT finding_id / ? FROM findings WHERE MOD(finding_id, ?) >= ?",
                Long.class, RowKeys.PER_REPORT, RowKeys.PER_REPORT, FIRST_POSITION)) {
            wanted.putIfAbsent(key, List.of());
        }
        int changed = 0;
        for (Map.Entry<Long, List<FindingRow>> e : wanted.entrySet()) {
            if (replaceIfChanged(e.getKey(), e.getValue(), jobExecutionId)) {
                changed++;
            }
        }
        return changed;
    }

    private void duplicateFindings(List<Report> candidates, Map<Long, List<FindingRow>> wanted) {
        // keyed by load_key, not report_id: the same bytes saved under two names share a report_id
        Map<String, Report> byKey = new HashMap<>();
        List<ReportSummary> summaries = new ArrayList<>();
        for (Report r : candidates) {
            byKey.put(String.valueOf(r.loadKey()), r);
            summaries.add(new ReportSummary(String.valueOf(r.loadKey()), r.sourceFile(), r.agency(), r.year(),
                    r.publicationDate()));
        }
        for (var f : duplicates.check(summaries)) {
            Report r = byKey.get(f.reportId());
            wanted.computeIfAbsent(r.loadKey(), k -> new ArrayList<>())
                    .add(ConsistencyChecks.row(r.reportId(), f.finding()));
        }
    }

    private void carryOverFindings(List<Report> candidates, Map<Long, List<FindingRow>> wanted) {
        Map<String, Report> published = new HashMap<>();
        for (Report r : candidates) {
            if (r.status().equals("LOADED")) {
                published.put(r.agency() + "\u0000" + r.year(), r);
            }
        }
        for (Report current : published.values().stream()
                .sorted((a, b) -> Long.compare(a.loadKey(), b.loadKey())).toList()) {
            Report previous = published.get(current.agency() + "\u0000" + (current.year() - 1));
            if (previous == null) {
                continue;
            }
            PreviousCarryOut carriedOut = new PreviousCarryOut(previous.year(), previous.sourceFile(),
                    t2Row(previous.loadKey(), "CARRY_OUT"));
            for (var f : carryOver.check(carryInOf(current), carriedOut)) {
                wanted.computeIfAbsent(current.loadKey(), k -> new ArrayList<>())
                        .add(ConsistencyChecks.row(current.reportId(), f));
            }
        }
    }

    /** The report as far as R6 reads it: its year, templates and 上年结转 row, rebuilt from the staged facts. */
    private ExtractedReport carryInOf(Report r) {
        TemplateVersion template = TemplateVersion.valueOf(r.template());
        List<Cell> cells = new ArrayList<>();
        jdbc.query("SELECT template, category, value, value_raw, unit, status, source_line FROM facts "
                        + "WHERE fact_id BETWEEN ? AND ? AND table_code = 'T2' AND row_code = 'CARRY_IN' ORDER BY fact_id",
                rs -> {
                    TemplateVersion v = TemplateVersion.valueOf(rs.getString(1));
                    CellDef def = CodeBook.standard().find(v, TableCode.T2, rs.getString(2));
                    cells.add(new Cell(def, v, def.rowLabel(), def.colLabel(), rs.getString(4),
                            stripped(rs.getBigDecimal(3)), rs.getString(5), CellStatus.valueOf(rs.getString(6)),
                            SourceRef.line(rs.getInt(7))));
                }, RowKeys.first(r.loadKey()), RowKeys.last(r.loadKey()));
        ReportMetadata metadata = new ReportMetadata("", r.agency(), r.year(), "", template,
                TemplateVersion.expectedForYear(r.year()), List.of(), null, List.of(), r.publicationDate(), "");
        Map<TableCode, TemplateVersion> templates = new HashMap<>();
        cells.stream().findFirst().ifPresent(c -> templates.put(TableCode.T2, c.template()));
        return new ExtractedReport(metadata, templates, cells, List.of(), List.of());
    }

    private Map<String, BigDecimal> t2Row(long loadKey, String rowCode) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.query("SELECT col_code, value FROM facts WHERE fact_id BETWEEN ? AND ? AND table_code = 'T2' "
                        + "AND row_code = ?",
                rs -> {
                    values.put(rs.getString(1), stripped(rs.getBigDecimal(2)));
                }, RowKeys.first(loadKey), RowKeys.last(loadKey), rowCode);
        return values;
    }

    /** H2 hands back NUMERIC(38,6); the findings show numbers as the report printed them (0, not 0.000000). */
    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private boolean replaceIfChanged(long loadKey, List<FindingRow> rows, long jobExecutionId) {
        long from = RowKeys.of(loadKey, FIRST_POSITION);
        long to = RowKeys.last(loadKey);
        List<FindingRow> existing = jdbc.query("SELECT report_id, rule, severity, table_code, scope, expected, "
                        + "actual, message FROM findings WHERE finding_id BETWEEN ? AND ? ORDER BY finding_id",
                (rs, n) -> new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), from, to);
        if (Objects.equals(existing, rows)) {
            return false;
        }
        jdbc.update("DELETE FROM findings WHERE finding_id BETWEEN ? AND ?", from, to);
        for (int i = 0; i < rows.size(); i++) {
            FindingRow f = rows.get(i);
            jdbc.update(INSERT, RowKeys.of(loadKey, FIRST_POSITION + i), f.reportId(), f.rule(), f.severity(),
                    f.tableCode(), f.scope(), f.expected(), f.actual(), f.message());
        }
        jdbc.update("UPDATE reports SET changed_by = ?, "
                + "errors = (SELECT COUNT(*) FROM findings WHERE finding_id BETWEEN ? AND ? AND severity = 'ERROR'), "
                + "warnings = (SELECT COUNT(*) FROM findings WHERE finding_id BETWEEN ? AND ? AND severity = 'WARN') "
                + "WHERE load_key = ? AND status <> 'QUARANTINED'", jobExecutionId,
                RowKeys.first(loadKey), to, RowKeys.first(loadKey), to, loadKey);
        return true;
    }
}

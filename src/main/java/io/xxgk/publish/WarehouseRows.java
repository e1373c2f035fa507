package io.xxgk.publish;

import io.xxgk.warehouse.RowKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads the published rows back from H2 in their deterministic order, streaming: a report's facts or findings
 * are one primary-key range (see {@code RowKeys}), read report by report, so nothing is sorted and no more than
 * one report's rows and the list of report keys are held at a time.
 *
 * <ul>
 *   <li>facts: reports LOADED, by year, then agency, then source file; cells in template order</li>
 *   <li>reports: every row (history included), by source file, then load time</li>
 *   <li>findings: of every report that is not SUPERSEDED, in report order, then in the order found</li>
 * </ul>
 */
public final class WarehouseRows {

    /** Receives one row, values in the table's column order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Object[] values) throws IOException;
    }

    private static final String REPORT_ORDER = "source_file, loaded_at, parser_version, source_sha256";

    private final JdbcTemplate jdbc;

    public WarehouseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Years that have published facts, ascending. */
    public List<Integer> factYears() {
        return jdbc.queryForList("SELECT DISTINCT year FROM reports WHERE status = 'LOADED' ORDER BY year",
                Integer.class);
    }

    /** The newest warehouse change (a job execution id), 0 for an empty warehouse. */
    public long lastChange() {
        Long last = jdbc.queryForObject("SELECT MAX(changed_by) FROM reports", Long.class);
        return last == null ? 0 : last;
    }

    public long facts(int year, RowHandler handler) throws IOException {
        List<Long> keys = jdbc.queryForList("SELECT load_key FROM reports WHERE status = 'LOADED' AND year = ? "
                + "ORDER BY agency, source_file", Long.class, year);
        return rangesOf(keys, "SELECT " + OutputTable.FACTS.selectList() + " FROM facts WHERE fact_id BETWEEN ? "
                + "AND ? ORDER BY fact_id", OutputTable.FACTS, handler);
    }

    public long reports(RowHandler handler) throws IOException {
        long[] count = {0};
        stream("SELECT " + OutputTable.REPORTS.selectList() + " FROM reports ORDER BY " + REPORT_ORDER,
                OutputTable.REPORTS, handler, count);
        return count[0];
    }

    public long findings(RowHandler handler) throws IOException {
        List<Long> keys = jdbc.queryForList("SELECT load_key FROM reports r WHERE status <> 'SUPERSEDED' "
                + "AND EXISTS (SELECT 1 FROM findings f WHERE " + RowKeys.sqlRange("r.load_key", "f.finding_id")
                + ") ORDER BY " + REPORT_ORDER, Long.class);
        return rangesOf(keys, "SELECT " + OutputTable.FINDINGS.selectList() + " FROM findings WHERE finding_id "
                + "BETWEEN ? AND ? ORDER BY finding_id", OutputTable.FINDINGS, handler);
    }

    private long rangesOf(List<Long> loadKeys, String sql, OutputTable table, RowHandler handler) throws IOException {
        long[] count = {0};
        for (long key : loadKeys) {
            stream(sql, table, handler, count, RowKeys.first(key), RowKeys.last(key));
        }
        return count[0];
    }

    private void stream(String sql, OutputTable table, RowHandler handler, long[] count, Object... args)
            throws IOException {
        try {
            jdbc.query(sql, rs -> {
                try {
                    handler.row(values(rs, table));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Object[] values(ResultSet rs, OutputTable table) throws SQLException {
        List<OutputTable.Column> columns = table.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            int c = i + 1;
            row[i] = switch (columns.get(i).type()) {
                case STRING -> rs.getString(c);
                case INT -> rs.getObject(c, Integer.class);
                case LONG -> rs.getObject(c, Long.class);
                case DECIMAL -> rs.getBigDecimal(c);
                case TIMESTAMP -> {
                    LocalDateTime t = rs.getObject(c, LocalDateTime.class);
                    yield t == null ? null : t.toInstant(ZoneOffset.UTC);
                }
            };
        }
        return row;
    }
}

package io.xxgk.ops;

import io.xxgk.warehouse.RowKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Findings from the warehouse, each with its report's file, agency and year. A finding belongs to the report row
 * whose load_key is its key / 10,000 (see {@code RowKeys}), so two files with the same content keep their own
 * findings apart.
 */
public final class FindingsQuery {

    /**
     * What to show; null or blank fields do not filter.
     *
     * @param reportId a report id or its beginning
     * @param agency   part of the agency's name
     * @param rule     a rule id, e.g. R3 (any case)
     * @param severity ERROR, WARN or INFO (any case)
     */
    public record Filter(String reportId, String agency, String rule, String severity) {
    }

    public record Finding(String severity, String rule, String tableCode, String scope, String message,
                          String reportId, String sourceFile, String agency, Integer year) {
    }

    private static final String FROM = " FROM findings f JOIN reports r ON "
            + RowKeys.sqlJoin("r.load_key", "f.finding_id");
    private static final String SEVERITY_ORDER = "CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARN' THEN 1 ELSE 2 END";

    private final JdbcTemplate jdbc;

    public FindingsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Matching findings, most severe first, then by agency, year and file; at most {@code limit}. */
    public List<Finding> find(Filter filter, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        return jdbc.query("SELECT f.severity, f.rule, f.table_code, f.scope, f.message, f.report_id, "
                + "r.source_file, r.agency, r.year" + FROM + where + " ORDER BY " + SEVERITY_ORDER
                + ", r.agency, r.year, r.source_file, f.finding_id LIMIT ?", (rs, i) -> new Finding(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), (Integer) rs.getObject(9)), args.toArray());
    }

    /** How many findings match, by severity (most severe first). */
    public Map<String, Integer> countBySeverity(Filter filter) {
        List<Object> args = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT f.severity, COUNT(*)" + FROM + where(filter, args) + " GROUP BY f.severity ORDER BY "
                + SEVERITY_ORDER, rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, args.toArray());
        return counts;
    }

    private static String where(Filter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (present(filter.reportId())) {
            conditions.add("f.report_id LIKE ?");
            args.add(filter.reportId().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (present(filter.agency())) {
            conditions.add("(r.agency LIKE ? OR r.agency_raw LIKE ?)");
            args.add("%" + filter.agency().strip() + "%");
            args.add("%" + filter.agency().strip() + "%");
        }
        if (present(filter.rule())) {
            conditions.add("UPPER(f.rule) = ?");
            args.add(filter.rule().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.severity())) {
            conditions.add("f.severity = ?");
            args.add(filter.severity().strip().toUpperCase(Locale.ROOT));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

package io.xxgk.warehouse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Keeps one published report per agency and year. Among the loaded reports of an agency and year, the one with
 * the latest publication date (from its signature block; a report without one counts as older) is published; on a
 * tie the source file name that sorts last wins. This is the preference of {@code core.validate.DuplicateReportRule},
 * whose DUPLICATE_REPORT findings name the same file. The others become DUPLICATE with a reason naming the
 * published file; their facts stay in H2 but are not published. Decided over the whole warehouse at every load, so a later, better file takes over and
 * a file that disappears from the contest (superseded) hands back.
 */
public final class DuplicateResolver {

    private static final Logger log = LoggerFactory.getLogger(DuplicateResolver.class);

    private static final String RANKED = "SELECT load_key, status, reason, source_file, winner, rank_no FROM ("
            + "  SELECT load_key, status, reason, source_file,"
            + "    ROW_NUMBER() OVER w AS rank_no, FIRST_VALUE(source_file) OVER w AS winner"
            + "  FROM reports WHERE status IN ('LOADED', 'DUPLICATE')"
            + "  WINDOW w AS (PARTITION BY agency, year ORDER BY publication_date DESC, source_file DESC)"
            + ") ranked WHERE (rank_no = 1 AND status <> 'LOADED') OR (rank_no > 1 AND (status <> 'DUPLICATE' "
            + "  OR reason <> CONCAT(?, winner, ?)))";
    private static final String BEFORE = "same agency and year as ";
    private static final String AFTER = ", which is the one published (the later publication date wins, "
            + "then the file name that sorts last)";

    private record Change(long loadKey, String sourceFile, boolean winner, String winnerFile) {
    }

    private final JdbcTemplate jdbc;

    public DuplicateResolver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the rule; returns the number of reports whose status changed. */
    public int resolve(long jobExecutionId) {
        List<Change> changes = jdbc.query(RANKED, (rs, n) -> new Change(rs.getLong("load_key"),
                rs.getString("source_file"), rs.getInt("rank_no") == 1, rs.getString("winner")), BEFORE, AFTER);
        for (Change c : changes) {
            if (c.winner()) {
                jdbc.update("UPDATE reports SET status = 'LOADED', reason = '', changed_by = ? WHERE load_key = ?",
                        jobExecutionId, c.loadKey());
            } else {
                jdbc.update("UPDATE reports SET status = 'DUPLICATE', reason = ?, changed_by = ? WHERE load_key = ?",
                        BEFORE + c.winnerFile() + AFTER, jobExecutionId, c.loadKey());
                log.info("{} is a duplicate of {}: only the latter is published", c.sourceFile(), c.winnerFile());
            }
        }
        return changes.size();
    }
}

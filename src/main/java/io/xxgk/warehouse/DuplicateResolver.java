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
 * published file; their facts stay in H2 but are not published. A byte-identical copy under another name falls
 * under the same rule (same content, so same agency, year and date) and its reason says it is a copy. Decided over
 * the whole warehouse at every load, so a later, better file takes over and a file that disappears from the contest
 * (superseded) hands back.
 */
public final class DuplicateResolver {

    private static final Logger log = LoggerFactory.getLogger(DuplicateResolver.class);

    /**
     * Reports whose status or reason is not what the rule says, with the reason they should have. A byte-identical
     * copy (same sha256 as the published file) is told apart, so the operator knows the copy can simply go.
     */
    private static final String RANKED = "SELECT load_key, source_file, winner, rank_no, should_say FROM ("
            + "  SELECT load_key, status, reason, source_file, rank_no, winner,"
            + "    CASE WHEN source_sha256 = winner_sha256 THEN CONCAT(?, winner, ?) ELSE CONCAT(?, winner, ?) END"
            + "      AS should_say"
            + "  FROM ("
            + "    SELECT load_key, status, reason, source_file, source_sha256,"
            + "      ROW_NUMBER() OVER w AS rank_no, FIRST_VALUE(source_file) OVER w AS winner,"
            + "      FIRST_VALUE(source_sha256) OVER w AS winner_sha256"
            + "    FROM reports WHERE status IN ('LOADED', 'DUPLICATE')"
            + "    WINDOW w AS (PARTITION BY agency, year ORDER BY publication_date DESC, source_file DESC)"
            + "  ) ranked"
            + ") judged WHERE (rank_no = 1 AND status <> 'LOADED') OR (rank_no > 1 AND (status <> 'DUPLICATE' "
            + "  OR reason <> should_say))";
    private static final String COPY_BEFORE = "a byte-identical copy of ";
    private static final String COPY_AFTER = " (same content), which is the one published; the copy adds nothing "
            + "and can be removed from the inbox";
    private static final String BEFORE = "same agency and year as ";
    private static final String AFTER = ", which is the one published (the later publication date wins, "
            + "then the file name that sorts last)";

    private record Change(long loadKey, String sourceFile, boolean winner, String winnerFile, String reason) {
    }

    private final JdbcTemplate jdbc;

    public DuplicateResolver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the rule; returns the number of reports whose status changed. */
    public int resolve(long jobExecutionId) {
        List<Change> changes = jdbc.query(RANKED, (rs, n) -> new Change(rs.getLong("load_key"),
                rs.getString("source_file"), rs.getInt("rank_no") == 1, rs.getString("winner"),
                rs.getString("should_say")), COPY_BEFORE, COPY_AFTER, BEFORE, AFTER);
        for (Change c : changes) {
            if (c.winner()) {
                jdbc.update("UPDATE reports SET status = 'LOADED', reason = '', changed_by = ? WHERE load_key = ?",
                        jobExecutionId, c.loadKey());
            } else {
                jdbc.update("UPDATE reports SET status = 'DUPLICATE', reason = ?, changed_by = ? WHERE load_key = ?",
                        c.reason(), jobExecutionId, c.loadKey());
                log.info("{} is a duplicate of {}: only the latter is published", c.sourceFile(), c.winnerFile());
            }
        }
        return changes.size();
    }
}

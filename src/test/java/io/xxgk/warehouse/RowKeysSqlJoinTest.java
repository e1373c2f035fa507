package io.xxgk.warehouse;

import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The join of reports to their facts or findings must reach the inner table through its primary key whichever
 * table H2 reads first; a table scan per outer row made the run summary of a 10,000-report load take minutes.
 * Checked on H2's own plans for the warehouse schema.
 */
class RowKeysSqlJoinTest {

    @TempDir
    Path dir;
    private Connection db;

    @BeforeEach
    void schema() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("w") + ";NON_KEYWORDS=YEAR,VALUE", "sa", "");
        try (var script = new InputStreamReader(getClass().getResourceAsStream("/xxgk/warehouse-schema.sql"),
                StandardCharsets.UTF_8)) {
            RunScript.execute(db, script);
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void readingReportsFirstFindsTheirFindingsByKeyRange() throws SQLException {
        String plan = plan("SELECT f.rule FROM reports r JOIN findings f ON " + RowKeys.sqlJoin("r.load_key",
                "f.finding_id") + " WHERE r.load_key IN (5, 6)");

        assertThat(plan).startsWith("SELECT F.RULE FROM REPORTS R");
        assertThat(joined(plan)).contains("FINDING_ID >= (R.LOAD_KEY * 10000)").doesNotContain("tableScan");
    }

    @Test
    void readingFindingsFirstFindsTheirReportByKey() throws SQLException {
        String plan = plan("SELECT r.agency FROM findings f JOIN reports r ON " + RowKeys.sqlJoin("r.load_key",
                "f.finding_id") + " WHERE f.finding_id IN (50003, 60001)");

        assertThat(plan).startsWith("SELECT R.AGENCY FROM FINDINGS F");
        assertThat(joined(plan)).contains("LOAD_KEY = (F.FINDING_ID / 10000)").doesNotContain("tableScan");
    }

    /** How H2 reaches the second table of the join. */
    private static String joined(String plan) {
        return plan.substring(plan.indexOf("INNER JOIN"));
    }

    private String plan(String query) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + query)) {
            rs.next();
            return rs.getString(1).replace("\"", "").replace("PUBLIC.", "").replaceAll("\\s+", " ");
        }
    }
}

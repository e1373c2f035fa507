package io.xxgk.bench;

import io.xxgk.core.model.Fact;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * Facts into an H2 file database with JDBC batch inserts of 10,000 rows, one commit per batch, no key: the cheapest
 * way the warehouse table can be filled (perf-floors.md), so the floor under the load job's H2 writer.
 */
final class H2FactSink implements FactSink {

    private boolean closed; // the benchmark closes inside its timing, then try-with-resources again

    static final int BATCH = 10_000;
    private static final String COLUMNS = String.join(", ", Fact.COLUMNS);

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;

    H2FactSink(Path databaseFile) throws IOException {
        try {
            connection = DriverManager.getConnection("jdbc:h2:file:" + databaseFile.toAbsolutePath()
                    + ";NON_KEYWORDS=YEAR,VALUE", "sa", "");
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE IF EXISTS facts");
                s.execute("CREATE TABLE facts (report_id VARCHAR(16), agency VARCHAR, year INT, template VARCHAR(5),"
                        + " table_code VARCHAR(2), category VARCHAR, block_code VARCHAR, row_code VARCHAR,"
                        + " col_code VARCHAR, row_label VARCHAR, col_label VARCHAR, value DECIMAL(20,4),"
                        + " value_raw VARCHAR, unit VARCHAR, status VARCHAR(12), source_file VARCHAR, source_line INT)");
            }
            connection.commit();
            insert = connection.prepareStatement("INSERT INTO facts (" + COLUMNS + ") VALUES ("
                    + String.join(", ", Collections.nCopies(Fact.COLUMNS.size(), "?")) + ")");
        } catch (SQLException e) {
            throw new IOException("cannot open the H2 floor database " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        try {
            for (Fact f : facts) {
                List<Object> v = f.values();
                for (int i = 0; i < v.size(); i++) {
                    insert.setObject(i + 1, v.get(i));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }
        } catch (SQLException e) {
            throw new IOException("H2 insert failed: " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pending > 0) {
                flush();
            }
            insert.close();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("H2 close failed: " + e.getMessage(), e);
        }
    }
}

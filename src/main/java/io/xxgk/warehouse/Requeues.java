package io.xxgk.warehouse;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code requeue} table: quarantined files an operator asked to be read again ({@code xxgk requeue}) although
 * nothing about them changed, e.g. after a loader bug was fixed. Two things would otherwise skip such a file: the
 * load of an unchanged inbox listing already completed ("nothing new"), and discovery keeps a file whose report
 * row has the same content and parser version. So pending requests make the next load a new job instance (the
 * highest request id is an identifying job parameter), discovery reads the requeued files again, and a load that
 * completes removes the requests it covered. A load that fails leaves them, so running it again resumes the same
 * instance.
 */
public final class Requeues {

    /** Created by warehouse-schema.sql too; here for warehouses made before requeue existed. */
    private static final String[] DDL = {
            "CREATE SEQUENCE IF NOT EXISTS requeue_ids",
            "CREATE TABLE IF NOT EXISTS requeue (source_file VARCHAR PRIMARY KEY, request_id BIGINT NOT NULL, "
                    + "requested_at TIMESTAMP NOT NULL)"};

    private final JdbcTemplate jdbc;

    public Requeues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest pending request id; 0 when nothing is requeued. */
    public long pendingThrough() {
        if (!tableExists()) {
            return 0;
        }
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(request_id), 0) FROM requeue", Long.class);
        return max == null ? 0 : max;
    }

    /** The files requeued and not yet read again. */
    public Set<String> pendingFiles() {
        if (!tableExists()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT source_file FROM requeue", String.class));
    }

    /** Asks for these files to be read again by the next load; a file already requeued gets a new request. */
    public void request(Collection<String> sourceFiles) {
        if (!tableExists()) {
            for (String ddl : DDL) {
                jdbc.execute(ddl);
            }
        }
        for (String file : sourceFiles) {
            jdbc.update("MERGE INTO requeue (source_file, request_id, requested_at) KEY (source_file) "
                    + "VALUES (?, NEXT VALUE FOR requeue_ids, LOCALTIMESTAMP)", file);
        }
    }

    /** Removes the requests a completed load covered (those up to the id it ran with). */
    public void consumeThrough(long requestId) {
        if (requestId > 0 && tableExists()) {
            jdbc.update("DELETE FROM requeue WHERE request_id <= ?", requestId);
        }
    }

    private boolean tableExists() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'REQUEUE'", Integer.class);
        return n != null && n > 0;
    }
}

package io.xxgk.discovery;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The {@code manifest} table: the files of one load (job instance), their digests, what to do with each, and the
 * partition that does it. Only the current instance's manifest is kept; earlier ones are deleted when a new load
 * is discovered (the warehouse tables keep the outcome of every file).
 */
public final class Manifest {

    /** Columns the extraction reader selects, in {@link ManifestEntry} order. */
    public static final String ENTRY_COLUMNS =
            "file_no, source_file, sha256, bytes, action, refusal_code, refusal_reason, partition_no";

    private final JdbcTemplate jdbc;

    public Manifest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces this instance's manifest and drops those of earlier instances, in the caller's transaction. */
    public void replace(long jobInstanceId, List<ManifestEntry> entries) {
        jdbc.update("DELETE FROM manifest");
        jdbc.batchUpdate("INSERT INTO manifest (job_instance_id, " + ENTRY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)",
                entries, 1000, (ps, e) -> {
                    ps.setLong(1, jobInstanceId);
                    ps.setInt(2, e.fileNo());
                    ps.setString(3, e.sourceFile());
                    ps.setString(4, e.sha256());
                    ps.setLong(5, e.bytes());
                    ps.setString(6, e.action().name());
                    ps.setString(7, e.refusalCode());
                    ps.setString(8, e.refusalReason());
                    ps.setInt(9, e.partition());
                });
    }

    /** The partitions that have work in this instance's manifest, ascending (at least partition 0). */
    public List<Integer> partitions(long jobInstanceId) {
        List<Integer> partitions = jdbc.queryForList("SELECT DISTINCT partition_no FROM manifest "
                + "WHERE job_instance_id = ? AND partition_no >= 0 ORDER BY partition_no", Integer.class, jobInstanceId);
        return partitions.isEmpty() ? List.of(0) : partitions;
    }

    /** Number of files in this instance's manifest. */
    public int size(long jobInstanceId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM manifest WHERE job_instance_id = ?", Integer.class,
                jobInstanceId);
        return n == null ? 0 : n;
    }
}

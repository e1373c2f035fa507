package io.xxgk.ops;

import io.xxgk.batch.LoadParameters;
import io.xxgk.warehouse.Requeues;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a warehouse did not load: those whose current report row (the version not superseded) is QUARANTINED,
 * with the reason, where the file is, and whether it is requeued. Also requeues them ({@link Requeues}).
 */
public final class QuarantinedFiles {

    /**
     * @param path      where the file is, from the inbox of the load that quarantined it; null if unknown
     * @param inInbox   whether it is still there
     * @param when      when it was quarantined, in this machine's time zone
     * @param requeued  whether the next load reads it again
     */
    public record File(String sourceFile, long bytes, String code, String reason, LocalDateTime when,
                       long executionId, Path path, boolean inInbox, boolean requeued) {
    }

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final Requeues requeues;

    public QuarantinedFiles(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.requeues = new Requeues(jdbc);
    }

    /** The quarantined files, newest first. */
    public List<File> list() {
        Set<String> requeued = requeues.pendingFiles();
        Map<Long, Path> inboxes = new HashMap<>();
        return jdbc.query("SELECT source_file, bytes, quarantine_code, reason, loaded_at, job_execution_id "
                + "FROM reports WHERE status = 'QUARANTINED' ORDER BY loaded_at DESC, source_file", (rs, i) -> {
                    String sourceFile = rs.getString(1);
                    long execution = rs.getLong(6);
                    Path inbox = inboxes.computeIfAbsent(execution, this::inboxOf);
                    Path path = inbox == null ? null : inbox.resolve(sourceFile);
                    LocalDateTime utc = rs.getObject(5, LocalDateTime.class);
                    return new File(sourceFile, rs.getLong(2), rs.getString(3), rs.getString(4),
                            utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
                            execution, path, path != null && Files.exists(path), requeued.contains(sourceFile));
                });
    }

    /**
     * Requeues the named quarantined files: each name is a file as {@link #list} shows it (relative to the inbox)
     * or a path to it.
     *
     * @return the files requeued, as the warehouse names them
     * @throws IllegalArgumentException naming every argument that is not a quarantined file; nothing is requeued
     */
    public List<String> requeue(List<String> names, Path workingDirectory) {
        List<File> quarantined = list();
        Set<String> files = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Path asPath = workingDirectory.resolve(name).normalize();
            quarantined.stream()
                    .filter(f -> f.sourceFile().equals(name) || (f.path() != null && f.path().normalize().equals(asPath)))
                    .findFirst()
                    .ifPresentOrElse(f -> files.add(f.sourceFile()), () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not quarantined in this warehouse: " + String.join(", ", unknown)
                    + " (xxgk quarantine lists the files that are)");
        }
        requeues.request(files);
        return List.copyOf(files);
    }

    /** Requeues every quarantined file; returns them. */
    public List<String> requeueAll() {
        List<String> files = list().stream().map(File::sourceFile).toList();
        requeues.request(files);
        return files;
    }

    private Path inboxOf(long executionId) {
        JobExecution execution = Executions.find(jobRepository, executionId);
        String inbox = execution == null ? null : execution.getJobParameters().getString(LoadParameters.INBOX);
        return inbox == null ? null : Path.of(inbox);
    }
}

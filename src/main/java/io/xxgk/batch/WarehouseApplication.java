package io.xxgk.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spring context of one warehouse: the H2 file {@code <warehouse>/xxgk.mv.db} holds the warehouse tables and
 * the Spring Batch job repository, and the log goes to the console and {@code <warehouse>/logs/xxgk.log}
 * (rolling). Non-web, no banner. Commands open it, use the {@link LoadLauncher}, and close it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LoadJobConfiguration.class)
public class WarehouseApplication {

    /** H2 error code for "Database may be already in use": another process holds the file lock. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Bean
    LoadLauncher loadLauncher(JobOperator jobOperator, JobRepository jobRepository, Job load,
                              ParserVersion parserVersion, JdbcTemplate jdbc) {
        return new LoadLauncher(jobOperator, jobRepository, load, parserVersion, new RunSummaries(jdbc));
    }

    /**
     * Opens the warehouse's context.
     *
     * @param threads      extraction partitions run at once
     * @param extraSources more configuration (tests add beans, e.g. a failing {@code ReportChecks})
     * @throws WarehouseBusyException when another process has the warehouse open
     */
    public static ConfigurableApplicationContext open(Path warehouse, int threads, Class<?>... extraSources)
            throws IOException {
        Files.createDirectories(warehouse);
        if (lockedByAnotherProcess(warehouse.resolve("xxgk.mv.db"))) {
            throw new WarehouseBusyException(warehouse); // said in one line, before Spring logs a failed start
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        // DB_CLOSE_ON_EXIT=FALSE: the context closes H2 itself; WRITE_DELAY=0: a commit is on disk before the
        // step moves on, so a kill -9 cannot lose chunks the job repository counts as done. COMPRESS=TRUE: facts
        // repeat long labels; measured 15 MB instead of 95 MB for 1,000 reports, for the same CPU time.
        // TRACE_LEVEL_FILE=0: the Batch DDL runs at every start and fails harmlessly on existing tables (Boot's
        // initialize-schema=always); H2 would log each failure to xxgk.trace.db. Real errors reach our log anyway.
        settings.put("spring.datasource.url", "jdbc:h2:file:" + warehouse.toAbsolutePath().resolve("xxgk")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=0;NON_KEYWORDS=YEAR,VALUE");
        settings.put("logging.file.name", warehouse.toAbsolutePath().resolve("logs").resolve("xxgk.log").toString());
        settings.put("xxgk.threads", threads);
        // Each extraction partition holds a connection for its chunk; the job repository needs a few more.
        settings.put("spring.datasource.hikari.maximum-pool-size", threads + 4);
        try {
            return new SpringApplicationBuilder(WarehouseApplication.class)
                    .sources(extraSources)
                    .properties(settings)
                    .run();
        } catch (RuntimeException e) {
            if (lockedByAnotherProcess(e)) {
                throw new WarehouseBusyException(warehouse);
            }
            throw e;
        }
    }

    /**
     * Whether another process holds H2's lock on the database file (H2 locks it with {@link FileChannel#tryLock}).
     * Only called while this JVM has the file closed: closing a channel drops all of a JVM's locks on the file.
     */
    private static boolean lockedByAnotherProcess(Path database) {
        if (!Files.exists(database)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // let H2 report what is wrong with the file
        }
    }

    private static boolean lockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}

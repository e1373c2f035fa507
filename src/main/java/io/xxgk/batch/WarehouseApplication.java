package io.xxgk.batch;

import io.xxgk.warehouse.Requeues;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spring context of one warehouse: the H2 file {@code <warehouse>/xxgk.mv.db} (see {@link WarehouseDatabase})
 * holds the warehouse tables and the Spring Batch job repository, and the log goes to the console and
 * {@code <warehouse>/logs/xxgk.log} (rolling). Non-web, no banner. Commands open it, use its beans and close it:
 * a load through a {@link LoadSession} ({@link #open}), the operator commands with {@link #openExisting}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LoadJobConfiguration.class)
public class WarehouseApplication {

    /** For a load shown with a progress line: the console gets warnings only, the log file everything. */
    public static final Map<String, Object> QUIET_CONSOLE = Map.of("logging.threshold.console", "WARN");

    @Bean
    LoadLauncher loadLauncher(JobOperator jobOperator, JobRepository jobRepository, Job load,
                              ParserVersion parserVersion, JdbcTemplate jdbc) {
        return new LoadLauncher(jobOperator, jobRepository, load, parserVersion, new RunSummaries(jdbc),
                new Requeues(jdbc));
    }

    /**
     * Opens the warehouse's context for a load: creates the database and its tables if needed. Callers other than
     * tests hold the warehouse's {@link RunLock} (see {@link LoadSession}).
     *
     * @param threads      extraction partitions run at once
     * @param extraSources more configuration (tests add beans, e.g. a failing {@code ReportChecks})
     */
    public static ConfigurableApplicationContext open(Path warehouse, int threads, Class<?>... extraSources)
            throws IOException {
        return open(warehouse, threads, Map.of(), extraSources);
    }

    /** As {@link #open(Path, int, Class[])}, with more properties (e.g. {@link #QUIET_CONSOLE}). */
    public static ConfigurableApplicationContext open(Path warehouse, int threads, Map<String, Object> properties,
                                                      Class<?>... extraSources) throws IOException {
        Files.createDirectories(warehouse);
        Map<String, Object> settings = common(warehouse);
        settings.put("spring.datasource.url", WarehouseDatabase.url(warehouse));
        settings.put("xxgk.threads", threads);
        // Each extraction partition holds a connection for its chunk; the job repository needs a few more.
        settings.put("spring.datasource.hikari.maximum-pool-size", threads + 4);
        settings.putAll(properties);
        return new SpringApplicationBuilder(WarehouseApplication.class)
                .sources(extraSources)
                .properties(settings)
                .run();
    }

    /**
     * Opens the context of a warehouse a load has created, for the operator commands (status, stop, findings, …):
     * runs no DDL, so it can join a load running in another process, and never creates a database.
     *
     * @throws NoWarehouseException when the directory holds no warehouse database
     */
    public static ConfigurableApplicationContext openExisting(Path warehouse) {
        if (!WarehouseDatabase.exists(warehouse)) {
            throw new NoWarehouseException(warehouse);
        }
        Map<String, Object> settings = common(warehouse);
        settings.put("spring.datasource.url", WarehouseDatabase.url(warehouse) + ";IFEXISTS=TRUE");
        settings.put("spring.batch.jdbc.initialize-schema", "never");
        settings.put("spring.sql.init.mode", "never");
        settings.put("spring.datasource.hikari.maximum-pool-size", 2);
        return new SpringApplicationBuilder(WarehouseApplication.class).properties(settings).run();
    }

    private static Map<String, Object> common(Path warehouse) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("logging.file.name", warehouse.toAbsolutePath().resolve("logs").resolve("xxgk.log").toString());
        return settings;
    }
}

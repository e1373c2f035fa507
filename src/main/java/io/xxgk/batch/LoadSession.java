package io.xxgk.batch;

import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One load's hold on its warehouse, in the order it is taken: the {@link RunLock} (the only load on this
 * warehouse), the database as its owner ({@link WarehouseDatabase#claim}), then the Spring context. Closed in
 * reverse. {@code run}, {@code restart} and each scheduled firing go through here.
 */
public final class LoadSession implements AutoCloseable {

    /** How long a load waits for an operator command (status, findings, …) to let go of the database. */
    private static final Duration DATABASE_PATIENCE = Duration.ofSeconds(60);

    private final RunLock lock;
    private final Connection database;
    private final ConfigurableApplicationContext context;

    private LoadSession(RunLock lock, Connection database, ConfigurableApplicationContext context) {
        this.lock = lock;
        this.database = database;
        this.context = context;
    }

    /**
     * @param properties more Spring properties, e.g. {@link WarehouseApplication#QUIET_CONSOLE}
     * @throws WarehouseBusyException when another load holds the warehouse's run lock; said before Spring starts
     */
    public static LoadSession open(Path warehouse, int threads, Map<String, Object> properties) throws IOException {
        return open(warehouse, threads, properties, () -> { });
    }

    /**
     * As {@link #open(Path, int, Map)}; {@code locked} is called once the run lock is held, before the database
     * and Spring are opened (the scheduler records the firing as started then).
     */
    public static LoadSession open(Path warehouse, int threads, Map<String, Object> properties, Runnable locked)
            throws IOException {
        RunLock lock = RunLock.acquire(warehouse);
        Connection database = null;
        try {
            locked.run();
            database = WarehouseDatabase.claim(warehouse, DATABASE_PATIENCE);
            return new LoadSession(lock, database, WarehouseApplication.open(warehouse, threads, properties));
        } catch (SQLException e) {
            lock.close();
            throw new IOException("cannot open the warehouse database: " + e.getMessage(), e);
        } catch (RuntimeException | IOException e) {
            closeQuietly(database);
            lock.close();
            throw e;
        }
    }

    public LoadLauncher launcher() {
        return context.getBean(LoadLauncher.class);
    }

    public LoadProgress progress() {
        return context.getBean(LoadProgress.class);
    }

    /**
     * Marks FAILED the executions a dead process left running, so they can be resumed; safe here because this
     * session holds the run lock, so no live process is running them.
     *
     * @return the ids of the executions recovered
     */
    public List<Long> recoverStaleExecutions() {
        return launcher().recoverStaleExecutions();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            closeQuietly(database);
            lock.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing the last connection closes the database; nothing else to do
        }
    }
}

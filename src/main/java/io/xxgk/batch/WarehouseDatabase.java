package io.xxgk.batch;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The warehouse's H2 file, {@code <warehouse>/xxgk.mv.db}, and how every command reaches it.
 *
 * <p>The URL says {@code AUTO_SERVER=TRUE}: the first process to open the file owns it and serves it on a loopback
 * port (address and a random key in {@code xxgk.lock.db}); a second process connects through the first. That is
 * how {@code status} reads, and {@code stop} writes STOPPING into, the job repository of a load running in another
 * process. Which process may load is decided by the {@link RunLock}, not by the database.
 *
 * <p>A load must own the database, not be a client of it: a client's connections break when the serving process
 * exits, and an operator command ({@code status}) that happened to open the file first exits within seconds. So a
 * load {@linkplain #claim claims} the database first and waits while another process serves it.
 */
public final class WarehouseDatabase {

    public static final String FILE_NAME = "xxgk.mv.db";

    /** H2 error code for "Database may be already in use": opened by a process that does not serve it. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final Duration RETRY = Duration.ofMillis(250);

    private WarehouseDatabase() {
    }

    /**
     * The JDBC URL of the warehouse. WRITE_DELAY=0: a commit is on disk before the step moves on, so a kill -9
     * cannot lose chunks the job repository counts as done. COMPRESS=TRUE: facts repeat long labels; measured 15 MB
     * instead of 95 MB for 1,000 reports, for the same CPU time. DB_CLOSE_ON_EXIT stays at its default (TRUE): H2
     * refuses AUTO_SERVER without it. At a SIGTERM, H2 then closes the file while a load may still be running; the
     * load is left STARTED, as after a kill, and the next run recovers and resumes it. TRACE_LEVEL_FILE=0: the
     * Batch DDL runs at every start and fails harmlessly on existing tables (Boot's initialize-schema=always); H2
     * would log each failure to xxgk.trace.db. Real errors reach our log anyway.
     */
    public static String url(Path warehouse) {
        return "jdbc:h2:file:" + warehouse.toAbsolutePath().normalize().resolve("xxgk")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=0;NON_KEYWORDS=YEAR,VALUE";
    }

    /** Whether the warehouse has a database yet (a load has run there). */
    public static boolean exists(Path warehouse) {
        return Files.isRegularFile(warehouse.resolve(FILE_NAME));
    }

    /**
     * Opens the database in this process, as its owner, and returns a connection that keeps it open (close it
     * last). Waits while another process has it open: an operator command, which ends within seconds.
     *
     * @throws IllegalStateException when the database stays in another process's hands for {@code patience}
     */
    public static Connection claim(Path warehouse, Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        String url = url(warehouse);
        while (true) {
            try {
                Connection connection = DriverManager.getConnection(url, "sa", "");
                if (servedHere(connection)) {
                    return connection;
                }
                connection.close();
            } catch (SQLException e) {
                if (e.getErrorCode() != DATABASE_ALREADY_OPEN) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the database " + warehouse.resolve(FILE_NAME) + " stayed open in "
                        + "another process for " + patience.toSeconds() + " s (an xxgk command, or an H2 console "
                        + "opened without AUTO_SERVER=TRUE); close it and run again");
            }
            sleep();
        }
    }

    /** Whether this connection's session runs in this JVM (it is not a client of another process's server). */
    private static boolean servedHere(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the warehouse database", e);
        }
    }
}

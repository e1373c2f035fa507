package io.xxgk.cli;

import io.xxgk.core.ReportIds;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A user at a terminal: a temporary inbox holding the five seed reports, a warehouse, and xxgk command lines run
 * in this JVM ({@link #xxgk}, output captured) or in a JVM of their own ({@link #start}, for loads that another
 * command stops, kills or competes with).
 */
final class CliFixture {

    static final Path SEEDS = Path.of("data/samples");
    static final Path SAMPLE_JOB = Path.of("jobs/sample.yml");

    final Path dir;
    final Path inbox;
    final Path warehouse;

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private CliFixture(Path dir) {
        this.dir = dir;
        this.inbox = dir.resolve("inbox");
        this.warehouse = dir.resolve("warehouse");
    }

    static CliFixture withSeeds(Path dir) throws IOException {
        CliFixture fixture = new CliFixture(dir);
        Files.createDirectories(fixture.inbox);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, fixture.inbox.resolve(seed.getFileName()));
            }
        }
        return fixture;
    }

    /** A job file for this inbox and warehouse, with the given extra lines (e.g. a schedule). */
    Path jobFile(String name, String... lines) throws IOException {
        StringBuilder yaml = new StringBuilder("name: " + name + "\ninbox: " + inbox + "\nwarehouse: " + warehouse
                + "\noutputs: [csv, parquet]\nthreads: 2\n");
        for (String line : lines) {
            yaml.append(line).append('\n');
        }
        return Files.writeString(dir.resolve(name + ".yml"), yaml.toString());
    }

    /** {@code xxgk ARGS} in this JVM, as a user types it; what it printed and its exit code. */
    static Result xxgk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code xxgk run jobs/sample.yml --inbox … --warehouse …} in this JVM. */
    Result run() {
        return xxgk("run", SAMPLE_JOB.toString(), "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
    }

    /** {@code xxgk COMMAND [ARGS] --warehouse …} in this JVM. */
    Result onWarehouse(String command, String... args) {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of(args));
        line.addAll(List.of("--warehouse", warehouse.toString()));
        return xxgk(line.toArray(String[]::new));
    }

    /** Runs with system properties set for the duration of the call (the Spring context reads them). */
    static Result withProperties(Map<String, String> properties, java.util.function.Supplier<Result> command) {
        Map<String, String> previous = new LinkedHashMap<>();
        properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        try {
            return command.get();
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** The run command of this fixture as arguments for {@link #start}. */
    String[] runArgs() {
        return new String[] {"run", SAMPLE_JOB.toString(), "--inbox", inbox.toString(), "--warehouse",
                warehouse.toString()};
    }

    /**
     * {@code java … io.xxgk.cli.Main ARGS} in its own JVM with the given -D properties, stdout and stderr to
     * {@code console}.
     */
    static Process start(Path console, List<String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", testClasspath()));
        properties.forEach(p -> command.add("-D" + p));
        command.add("io.xxgk.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits until {@code console} shows {@code marker} {@code times} times; fails if the process ends first. */
    static void await(Process process, Path console, String marker, int times, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            String text = read(console);
            if (text.split(Pattern.quote(marker), -1).length - 1 >= times) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the process ended before '" + marker + "' appeared:\n" + text);
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("'" + marker + "' did not appear in time:\n" + read(console));
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** sha256 of every file under csv/ and parquet/, by path relative to the warehouse. */
    Map<String, String> outputDigests() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String dir : List.of("csv", "parquet")) {
            Path root = warehouse.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    digests.put(warehouse.relativize(f).toString(), ReportIds.sha256(Files.readAllBytes(f)));
                }
            }
        }
        return digests;
    }

    /**
     * Rows of a query against the warehouse database, connecting as the commands do (AUTO_SERVER), so it works
     * while a load in another process has the database open.
     */
    List<Map<String, Object>> h2(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + warehouse.resolve("xxgk")
                + ";AUTO_SERVER=TRUE;NON_KEYWORDS=YEAR,VALUE;IFEXISTS=TRUE", "sa", "");
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}

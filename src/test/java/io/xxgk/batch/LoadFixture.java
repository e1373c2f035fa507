package io.xxgk.batch;

import io.xxgk.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A temporary inbox (the five seed reports) and warehouse, the {@code run} command as a user types it, and readers
 * for what it produced: CSV files, the H2 tables and, through DuckDB, the Parquet files.
 */
final class LoadFixture {

    static final Path SEEDS = Path.of("data/samples");
    static final Path SAMPLE_JOB = Path.of("jobs/sample.yml");

    final Path inbox;
    final Path warehouse;

    record Run(int exitCode, String out, String err) {
    }

    private LoadFixture(Path inbox, Path warehouse) {
        this.inbox = inbox;
        this.warehouse = warehouse;
    }

    /** An empty inbox and a warehouse under {@code tmp}. */
    static LoadFixture empty(Path tmp) throws IOException {
        LoadFixture fixture = new LoadFixture(tmp.resolve("inbox"), tmp.resolve("warehouse"));
        Files.createDirectories(fixture.inbox);
        return fixture;
    }

    static LoadFixture withSeeds(Path tmp) throws IOException {
        LoadFixture fixture = new LoadFixture(tmp.resolve("inbox"), tmp.resolve("warehouse"));
        Files.createDirectories(fixture.inbox);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, fixture.inbox.resolve(seed.getFileName()));
            }
        }
        return fixture;
    }

    /** {@code xxgk run jobs/sample.yml --inbox … --warehouse …} in this JVM. */
    Run run(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("run", SAMPLE_JOB.toString(), "--inbox", inbox.toString(),
                "--warehouse", warehouse.toString()));
        args.addAll(List.of(extraArgs));
        return command(args.toArray(String[]::new));
    }

    /** Any xxgk command line in this JVM, e.g. {@code restart --warehouse DIR}. */
    Run command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs with a system property set for the duration of the run (the Spring context reads it). */
    Run runWith(String property, String value, String... extraArgs) {
        String previous = System.setProperty(property, value);
        try {
            return run(extraArgs);
        } finally {
            if (previous == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, previous);
            }
        }
    }

    /** sha256 of every file under csv/ and parquet/, by path relative to the warehouse. */
    Map<String, String> outputDigests() throws IOException {
        return digests(warehouse);
    }

    static Map<String, String> digests(Path warehouse) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String dir : List.of("csv", "parquet")) {
            Path root = warehouse.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    digests.put(warehouse.relativize(f).toString(),
                            io.xxgk.core.ReportIds.sha256(Files.readAllBytes(f)));
                }
            }
        }
        return digests;
    }

    /** All records of a CSV output (header excluded), as maps by column name. */
    List<Map<String, String>> csv(String relative) throws IOException {
        return csvRecords(warehouse.resolve(relative));
    }

    static List<Map<String, String>> csvRecords(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : parser) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
        }
        return rows;
    }

    /** Rows of a query against the warehouse's H2 file (opened after the run closed it). */
    List<Map<String, Object>> h2(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + warehouse.resolve("xxgk")
                + ";NON_KEYWORDS=YEAR,VALUE;IFEXISTS=TRUE", "sa", "")) {
            return query(c, sql, args);
        }
    }

    /** Rows of a query run by DuckDB (in memory), e.g. over read_parquet('…'). */
    static List<Map<String, Object>> duckdb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            return query(c, sql);
        }
    }

    private static List<Map<String, Object>> query(Connection c, String sql, Object... args) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                                rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    String parquetGlob(String relative) {
        return warehouse.resolve(relative).toString().replace("'", "''");
    }
}

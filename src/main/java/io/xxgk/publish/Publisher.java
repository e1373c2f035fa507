package io.xxgk.publish;

import io.xxgk.jobs.OutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The publish step's writer: streams the rows of each {@link PublishTarget} from H2 once and writes them to every
 * enabled format at the same time, each format on its own thread ({@link BackgroundSink}), each file under a
 * temporary name, renamed into place when complete. Facts go to
 * Hive-style year partitions; the Parquet facts files leave the {@code year} column to the directory name (as Hive,
 * Spark, DuckDB and pyarrow expect), the CSV files keep all contract columns.
 */
public class Publisher implements ItemWriter<PublishTarget>, ItemStream {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final JdbcTemplate jdbc;
    private final WarehouseRows rows;
    private final OutputLayout layout;
    private final Set<OutputFormat> outputs;
    /** Time each format's writer worked, over the step (and its restarts): kept in the step's execution context. */
    private final Map<OutputFormat, Long> busyNanos = new EnumMap<>(OutputFormat.class);

    public Publisher(JdbcTemplate jdbc, OutputLayout layout, Set<OutputFormat> outputs) {
        this.jdbc = jdbc;
        this.rows = new WarehouseRows(jdbc);
        this.layout = layout;
        this.outputs = outputs;
    }

    @Override
    public void write(Chunk<? extends PublishTarget> chunk) throws IOException {
        for (PublishTarget target : chunk) {
            if (target instanceof PublishTarget.FactsOfYear f) {
                publish(OutputTable.FACTS, format -> layout.facts(format, f.year()), h -> rows.facts(f.year(), h));
            } else if (target instanceof PublishTarget.Reports) {
                publish(OutputTable.REPORTS, layout::reports, rows::reports);
            } else if (target instanceof PublishTarget.Findings) {
                publish(OutputTable.FINDINGS, layout::findings, rows::findings);
            } else if (target instanceof PublishTarget.Finish f) {
                finish(f);
            }
        }
    }

    @FunctionalInterface
    private interface RowSource {
        long forEach(WarehouseRows.RowHandler handler) throws IOException;
    }

    @FunctionalInterface
    private interface Location {
        Path of(OutputFormat format);
    }

    private void publish(OutputTable table, Location location, RowSource source) throws IOException {
        List<BackgroundSink> sinks = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<OutputFormat> formats = outputs.stream().sorted().toList();
        try {
            for (OutputFormat format : formats) {
                Path file = location.of(format);
                files.add(file);
                TableSink sink = switch (format) {
                    case CSV -> new CsvSink(file, table, CsvSink.Dialect.STANDARD);
                    case CSV_EXCEL -> new CsvSink(file, table, CsvSink.Dialect.SPREADSHEET_SAFE);
                    case PARQUET -> parquet(file, table);
                };
                sinks.add(new BackgroundSink(sink, "publish-" + format.label()));
            }
            long count = source.forEach(row -> {
                for (TableSink sink : sinks) {
                    sink.write(row);
                }
            });
            for (BackgroundSink sink : sinks) {
                sink.publish();
            }
            for (int i = 0; i < sinks.size(); i++) {
                busyNanos.merge(formats.get(i), sinks.get(i).busyNanos(), Long::sum);
            }
            files.forEach(file -> log.info("Published {} ({} {})", layout.describe(file), count,
                    count == 1 ? "row" : "rows"));
        } finally {
            for (TableSink sink : sinks) {
                sink.close();
            }
        }
    }

    /** The execution-context key of a format's writing time, e.g. {@code publish.parquet.nanos}. */
    public static String busyKey(OutputFormat format) {
        return "publish." + format.label() + ".nanos";
    }

    @Override
    public void open(ExecutionContext context) {
        for (OutputFormat format : outputs) {
            busyNanos.put(format, context.getLong(busyKey(format), 0L));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        busyNanos.forEach((format, nanos) -> context.putLong(busyKey(format), nanos));
    }

    /** Parquet facts files drop {@code year}, which the {@code year=YYYY} directory carries. */
    private static TableSink parquet(Path file, OutputTable table) throws IOException {
        int year = table.indexOf("year");
        if (table == OutputTable.FACTS) {
            return new ProjectingSink(new ParquetSink(file, table.without("year")), year);
        }
        return new ParquetSink(file, table);
    }

    /** A sink that leaves one column out of every row it is given. */
    private record ProjectingSink(TableSink sink, int dropped) implements TableSink {
        @Override
        public void write(Object[] row) throws IOException {
            Object[] out = new Object[row.length - 1];
            System.arraycopy(row, 0, out, 0, dropped);
            System.arraycopy(row, dropped + 1, out, dropped, row.length - dropped - 1);
            sink.write(out);
        }

        @Override
        public void publish() throws IOException {
            sink.publish();
        }

        @Override
        public void close() throws IOException {
            sink.close();
        }
    }

    private void finish(PublishTarget.Finish finish) throws IOException {
        for (OutputFormat format : outputs) {
            removeStalePartitions(layout.factsDir(format), finish.years());
            removeTemporaryFiles(layout.root(format));
        }
        jdbc.update("MERGE INTO publication (id, changed_through, outputs) KEY (id) VALUES (1, ?, ?)",
                finish.changedThrough(), PublicationPlan.outputsKey(outputs));
    }

    /** Deletes {@code year=YYYY} partitions of years without published facts (only our files, then the empty dir). */
    private void removeStalePartitions(Path factsDir, List<Integer> years) throws IOException {
        if (!Files.isDirectory(factsDir)) {
            return;
        }
        try (DirectoryStream<Path> partitions = Files.newDirectoryStream(factsDir, "year=*")) {
            for (Path partition : partitions) {
                String year = partition.getFileName().toString().substring("year=".length());
                if (years.stream().map(String::valueOf).noneMatch(year::equals)) {
                    try (Stream<Path> files = Files.list(partition)) {
                        for (Path f : files.toList()) {
                            String name = f.getFileName().toString();
                            if (name.equals("facts.csv") || name.equals("facts.parquet") || AtomicFiles.isTemporary(f)) {
                                Files.delete(f);
                            }
                        }
                    }
                    try (Stream<Path> rest = Files.list(partition)) {
                        if (rest.findAny().isEmpty()) {
                            Files.delete(partition);
                        }
                    }
                    log.info("Removed {}: no published facts for year {} any more", layout.describe(partition), year);
                }
            }
        }
    }

    private static void removeTemporaryFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(AtomicFiles::isTemporary).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}

package io.xxgk.bench;

import io.xxgk.core.model.Fact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Facts to one CSV file with commons-csv, header and column order of the output contract. */
final class CsvFactSink implements FactSink {

    private boolean closed; // the benchmark closes inside its timing, then try-with-resources again

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(Fact.COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get();

    private final CSVPrinter printer;

    CsvFactSink(Path file) throws IOException {
        printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        for (Fact f : facts) {
            printer.printRecord(f.values());
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close();
        }
    }
}

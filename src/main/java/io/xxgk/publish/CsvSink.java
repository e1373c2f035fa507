package io.xxgk.publish;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A CSV output file: UTF-8 without BOM, RFC 4180 (CRLF, minimal quoting), a header row. An absent value is an
 * empty field; decimals are printed plainly without trailing zeros ({@code 36756}, {@code 8808257.32}); times are
 * ISO-8601 UTC ({@code 2026-11-25T02:30:00Z}).
 */
final class CsvSink implements TableSink {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Path target;
    private final Path temporary;
    private final CSVPrinter printer;
    private boolean published;

    CsvSink(Path target, OutputTable table) throws IOException {
        this.target = target;
        this.temporary = AtomicFiles.temporaryFor(target);
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                StandardCharsets.UTF_8), 1 << 16), FORMAT);
        printer.printRecord(table.columnNames());
    }

    @Override
    public void write(Object[] row) throws IOException {
        for (Object value : row) {
            printer.print(text(value));
        }
        printer.println();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant t) {
            return DateTimeFormatter.ISO_INSTANT.format(t);
        }
        return value.toString();
    }

    @Override
    public void publish() throws IOException {
        printer.close(true);
        AtomicFiles.moveIntoPlace(temporary, target);
        published = true;
    }

    @Override
    public void close() throws IOException {
        if (!published) {
            printer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
